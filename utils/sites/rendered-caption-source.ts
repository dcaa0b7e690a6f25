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
  /** Where to look for the container; the document unless the player lives in a shadow root. */
  root?: () => ParentNode;
}

export interface RenderedCaptionSource extends CueSource {
  /** A new video started in the same player (single-page navigation): forget the old lines. */
  reset(): void;
}

/** How often to look for the caption container, which players create late and replace. */
const FIND_INTERVAL_MS = 500;

/**
 * Reads captions a player renders into the DOM. It watches only the caption container (found
 * by polling, because players create it lazily and swap it on navigation), reads its lines in
 * document order, and lets RenderedCueTracker turn redraws into distinct cues.
 */
export function renderedCaptionSource(options: RenderedCaptionOptions): RenderedCaptionSource {
  const { captions } = options;
  const root = options.root ?? (() => document);
  const tracker = new RenderedCueTracker();
  const hider = new NativeCaptionHider(options.nativeCaptions);
  let sink: CueSink | null = null;
  let reported = -1;

  const describe = () => {
    if (!sink) return;
    reported = tracker.lines;
    sink.describe({
      label: options.label,
      langTag: null,
      lines: tracker.lines,
      sample: tracker.sample(),
      problem: tracker.lines ? '' : options.hint,
    });
  };

  const read = (container: Element | null) => {
    const lines = container ? [...container.querySelectorAll(captions.line)] : [];
    const text = lines.map((line) => lineText(line, captions.segment)).join('\n');
    const shown = tracker.observe(text, options.clock());
    if (shown) sink?.show(shown);
    if (tracker.lines !== reported) describe();
  };

  return {
    start(target, signal) {
      sink = target;
      describe();
      let container: Element | null = null;
      const observer = new MutationObserver(() => read(container));
      const find = () => {
        const found = root().querySelector(captions.container);
        if (found === container) return;
        observer.disconnect();
        container = found;
        if (!container) {
          read(null);
          return;
        }
        observer.observe(container, {
          childList: true,
          subtree: true,
          characterData: captions.update === 'in-place',
          attributes: captions.update === 'in-place',
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

function lineText(line: Element, segment: string | undefined): string {
  if (!segment) return line.textContent ?? '';
  return [...line.querySelectorAll(segment)].map((s) => s.textContent ?? '').join('');
}
