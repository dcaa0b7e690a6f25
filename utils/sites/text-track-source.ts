import type { Cue, CuePosition, TimedCue } from '../subtitles/cue';
import { BOLD, ITALIC, StyledText, UNDERLINE } from '../subtitles/styled-text';
import { vttCuePosition } from '../subtitles/vtt-position';
import { normalizeLang } from '../tracks/lang';
import { TrackTimeline } from './track-timeline';
import type { CueSink, CueSource, ShownCue } from './types';

/** Subtitle and caption tracks; chapters, descriptions and metadata are not dialogue. */
export function dialogueTracks(video: HTMLVideoElement): TextTrack[] {
  return [...video.textTracks].filter((t) => t.kind === 'subtitles' || t.kind === 'captions');
}

/**
 * The track to read: the one the page shows (the player's choice) when it is in a language the
 * viewer reads, else the first in the viewer's order (`preferred`: `ko`, `zh`, `ja`, best
 * first), else the one the page shows, else the first.
 */
export function pickTrack(
  tracks: readonly TextTrack[],
  preferred: readonly string[],
): TextTrack | null {
  const rank = (t: TextTrack) => preferred.indexOf(normalizeLang(t.language));
  const wanted = tracks.filter((t) => rank(t) >= 0).sort((a, b) => rank(a) - rank(b));
  return (
    wanted.find((t) => t.mode === 'showing') ??
    wanted[0] ??
    tracks.find((t) => t.mode === 'showing') ??
    tracks[0] ??
    null
  );
}

export function trackLabel(track: TextTrack): string {
  const name = track.label || track.language || 'untitled';
  return `Subtitle track “${name}”`;
}

/**
 * Reads an HTML5 TextTrack. The track is switched to `hidden`: the browser keeps loading it and
 * firing `cuechange`, but stops drawing it, so Nunchi's overlay replaces it without a second
 * copy on screen. The whole cue list is read as soon as the track has loaded, so previous and
 * next lines are known; `cuechange` then says which cues are active.
 */
export function textTrackSource(video: HTMLVideoElement, track: TextTrack): CueSource {
  const originalMode = track.mode;
  let timeline: TrackTimeline | null = null;
  let builtFrom = -1;
  let lastKeys = '';
  let sink: CueSink | null = null;

  const rebuild = () => {
    const cues = track.cues;
    if (!cues || cues.length === builtFrom) return;
    builtFrom = cues.length;
    timeline = new TrackTimeline([...cues].flatMap(toTimedCue));
    describe();
  };

  const describe = () => {
    const lines = timeline?.cues.length ?? 0;
    sink?.describe({
      label: trackLabel(track),
      langTag: track.language || null,
      lines,
      sample: timeline?.cues.slice(0, 8).map((c) => c.text) ?? [],
      problem: lines ? '' : 'The subtitle track has not loaded any lines yet.',
      ...(timeline && { track: timeline.cues }),
    });
  };

  const onCueChange = () => {
    rebuild();
    const active = [...(track.activeCues ?? [])].flatMap(toTimedCue);
    const shown = active
      .map((cue): ShownCue => {
        const index = timeline ? timeline.indexOf(cue.startMs, cue.endMs, cue.text) : -1;
        return index >= 0 && timeline
          ? timeline.shown(index)
          : { key: `a${cue.startMs}:${cue.text}`, ...cue };
      })
      .sort((a, b) => (a.startMs ?? 0) - (b.startMs ?? 0));
    const keys = shown.map((c) => c.key).join('|');
    if (keys === lastKeys) return;
    lastKeys = keys;
    sink?.show(shown);
  };

  return {
    start(target, signal) {
      sink = target;
      // A disabled track loads nothing and fires nothing; hidden keeps both without drawing.
      if (track.mode === 'disabled') track.mode = 'hidden';
      const element = [...video.querySelectorAll('track')].find((t) => t.track === track);
      const options = { signal };
      track.addEventListener('cuechange', onCueChange, options);
      element?.addEventListener('load', onCueChange, options);
      element?.addEventListener(
        'error',
        () =>
          sink?.describe({
            label: trackLabel(track),
            langTag: track.language || null,
            lines: 0,
            sample: [],
            problem: 'The page’s subtitle track failed to load.',
          }),
        options,
      );
      describe();
      onCueChange();
      signal.addEventListener('abort', () => {
        track.mode = originalMode;
        sink = null;
      });
    },
    setNativeHidden(hidden) {
      // Giving the rendering back never turns on captions the page had off: a track that was
      // not showing stays hidden (still loaded, so cues keep flowing).
      track.mode = hidden || originalMode !== 'showing' ? 'hidden' : 'showing';
    },
  };
}

/** A browser cue as a Nunchi cue. */
function toTimedCue(cue: TextTrackCue): TimedCue[] {
  const { text, ...rest } = cueText(cue);
  if (!text.trim()) return [];
  const timed: TimedCue = {
    text,
    startMs: Math.round(cue.startTime * 1000),
    endMs: Math.round(cue.endTime * 1000),
  };
  if (cue.id) timed.id = cue.id;
  return [Object.assign(timed, rest)];
}

const STYLE_FLAGS: Record<string, number> = { i: ITALIC, b: BOLD, u: UNDERLINE };

/**
 * What a viewer reads from a browser cue. The browser's own WebVTT parser has already built the
 * cue's tree (`getCueAsHTML`: tags, character references, ruby, voices), so the page side needs
 * no parser or entity table of its own. Only element names and text are read: text nodes in
 * order, `<i>`/`<b>`/`<u>` as styles over their text, an `<rt>` as the reading of the base
 * text before it in its `<ruby>` (never as text), the first voice (`<v Name>`, a span with a
 * title) as the speaker, and Netflix's inline `漢字(かんじ)` readings as ruby; the cue's
 * settings (`line`, `position`, `align`) give its place. The fragment is never put into the
 * document. Cues of other kinds have no text.
 */
export function cueText(cue: TextTrackCue): Omit<Cue, 'startMs' | 'endMs' | 'id'> {
  const vtt = cue as Partial<VTTCue>;
  if (typeof vtt.getCueAsHTML !== 'function') return { text: '' };
  const out = new StyledText();
  let speaker: string | undefined;
  const walk = (node: Node, flags: number) => {
    // Where the base of the next <rt> starts: the ruby's start, then just after each <rt>.
    let base = out.length;
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.append(child.nodeValue ?? '', flags);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        const name = element.localName;
        if (name === 'rt') {
          if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'ruby') {
            out.addRuby(base, out.length, element.textContent ?? '');
          }
          base = out.length;
          continue;
        }
        const voice = name === 'span' ? element.getAttribute('title') : null;
        if (speaker === undefined && voice?.trim()) speaker = voice.replace(/\s+/g, ' ').trim();
        walk(element, flags | (STYLE_FLAGS[name] ?? 0));
      }
    }
  };
  walk(vtt.getCueAsHTML.call(cue), 0);
  out.takeInlineReadings();
  const read: Omit<Cue, 'startMs' | 'endMs' | 'id'> = out.fields();
  if (speaker !== undefined) read.speaker = speaker;
  const position = vttPositionOf(vtt);
  if (position) read.position = position;
  return read;
}

/** The cue's settings as the browser parsed them; absent on cues that are not VTTCues. */
function vttPositionOf(cue: Partial<VTTCue>): CuePosition | undefined {
  if (cue.line === undefined || cue.snapToLines === undefined) return undefined;
  return vttCuePosition({
    line: cue.line,
    snapToLines: cue.snapToLines,
    position: typeof cue.position === 'number' ? cue.position : 'auto',
    align: cue.align ?? 'center',
  });
}
