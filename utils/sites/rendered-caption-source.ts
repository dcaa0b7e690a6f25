import { captionText, isDisplayed } from './caption-text';
import { queryDeep } from './deep-query';
import type { RenderedCaptions } from './descriptions';
import { NativeCaptionHider } from './native-captions';
import { RenderedCueTracker } from './rendered-cues';
import type { CueSink, CueSource } from './types';

export interface RenderedCaptionOptions {
  captions: RenderedCaptions;
  nativeCaptions: readonly string[];
  /** Media time in ms (the video's currentTime), used to order what is seen. */
  clock: () => number;
  label: string;
  /** Shown as the problem until the first caption appears. */
  hint: string;
  /** Said alongside the cues: how this source came to be used (a fallback). */
  note?: string;
  /** Where to look for the container; the document unless the player lives elsewhere. */
  root?: () => ParentNode;
  /** Shown when the site draws the captions as pictures (RenderedCaptions.images). */
  imageHint?: string;
  /**
   * A problem known elsewhere (the site's track failed, or is only pictures), said instead of
   * the hint while no line has been read; asked again every half second.
   */
  problem?: () => string | null;
}

export interface RenderedCaptionSource extends CueSource {
  /** A new video started in the same player (single-page navigation): forget the old lines. */
  reset(): void;
}

/** How often to look for the caption container, which players create late and replace. */
const FIND_INTERVAL_MS = 500;

/** Attributes players flip to show or hide caption boxes they keep (in-place update). */
const VISIBILITY_ATTRIBUTES = ['style', 'class', 'hidden'];

/**
 * Reads captions a player renders into the DOM. It watches only the caption container (found
 * by polling, because players create it lazily and swap it on navigation; it may sit behind
 * shadow roots), reads its lines in document order, and lets RenderedCueTracker turn redraws
 * into distinct cues. Text changes are observed for every site (cheap: the container is small);
 * attribute changes only where the site keeps boxes and hides them (`update: 'in-place'`).
 */
export function renderedCaptionSource(options: RenderedCaptionOptions): RenderedCaptionSource {
  const { captions } = options;
  const root = options.root ?? (() => document);
  const tracker = new RenderedCueTracker();
  const hider = new NativeCaptionHider(options.nativeCaptions);
  let sink: CueSink | null = null;
  let reported = '';
  let pictures = false;

  const describe = () => {
    if (!sink) return;
    const problem = tracker.lines
      ? ''
      : (options.problem?.() ?? (pictures ? (options.imageHint ?? options.hint) : options.hint));
    const key = `${tracker.lines}|${problem}`;
    if (key === reported) return;
    reported = key;
    sink.describe({
      label: options.label,
      langTag: null,
      lines: tracker.lines,
      sample: tracker.sample(),
      problem,
      ...(options.note ? { note: options.note } : {}),
    });
  };

  const read = (container: Element | null) => {
    const text = container ? readCaptions(container, captions) : '';
    if (container && captions.images && !text) {
      pictures = container.querySelector(captions.images) !== null;
    }
    const shown = tracker.observe(text, options.clock());
    if (shown) sink?.show(shown);
    describe();
  };

  return {
    start(target, signal) {
      sink = target;
      reported = '';
      describe();
      let container: Element | null = null;
      const observer = new MutationObserver(() => read(container));
      const find = () => {
        const found = queryDeep(root(), captions.container);
        if (found === container && (!found || found.isConnected)) {
          describe();
          return;
        }
        observer.disconnect();
        container = found;
        hider.refresh();
        if (!container) {
          read(null);
          return;
        }
        const inPlace = captions.update === 'in-place';
        observer.observe(container, {
          childList: true,
          subtree: true,
          characterData: true,
          ...(inPlace ? { attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES } : {}),
        });
        read(container);
      };
      find();
      const timer = setInterval(find, FIND_INTERVAL_MS);
      signal.addEventListener('abort', () => {
        clearInterval(timer);
        observer.disconnect();
        hider.hidden = false;
        sink = null;
      });
    },
    setNativeHidden(hidden) {
      hider.hidden = hidden;
    },
    reset() {
      tracker.reset();
      sink?.show([]);
      describe();
    },
  };
}

/** The caption text inside `container`: its displayed lines in document order, one per row. */
export function readCaptions(container: Element, captions: RenderedCaptions): string {
  const lines = captions.line ? [...container.querySelectorAll(captions.line)] : [container];
  return lines
    .filter((line) => shownWithin(line, container))
    .map((line) => lineText(line, captions.segment))
    .join('\n');
}

/** A line is shown when it and every element up to the container are displayed. */
function shownWithin(line: Element, container: Element): boolean {
  for (let el: Element | null = line; el && el !== container; el = el.parentElement) {
    if (!isDisplayed(el)) return false;
  }
  return true;
}

function lineText(line: Element, segment: string | undefined): string {
  if (!segment) return captionText(line);
  return [...line.querySelectorAll(segment)].map(captionText).join('');
}
