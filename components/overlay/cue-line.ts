import type { Ruby } from '../../utils/messaging/protocol';
import type { OverlayActions } from '../../utils/overlay/controller';
import { placeOf } from '../../utils/overlay/placement';
import type { Segment } from '../../utils/overlay/segment';
import type { CueStyle } from '../../utils/subtitles/cue';
import type { LineView, OverlayView } from '../../utils/overlay/view';
import { h } from './dom';

export interface CueLineElement {
  element: HTMLDivElement;
  line: LineView;
  /** Lights the segments under the open card's stretch. */
  setHover(hover: OverlayView['hover']): void;
}

/**
 * One cue: note marks, hoverable words and the text between them, speaker labels at the start
 * of their rows, readings (pinyin, furigana) above stretches of the line, and the source's
 * italics, bold and underline on the text they cover (inside marks and words, so hovering is
 * unchanged). Where the source placed the line is in `data-place` and `data-align`. Every piece of
 * subtitle text reaches the page as a text node, so markup in a line shows as the characters it
 * is. Speaker labels and readings are drawn by CSS from data attributes, so the cue's text (and
 * what a viewer copies) is the line's words alone.
 */
export function cueLine(line: LineView, actions: OverlayActions): CueLineElement {
  const { cue, segments, text } = line;
  const classes = ['cue', text.italic && 'italic', line.readings.length > 0 && 'ruby'];
  const align = cue.position?.align;
  const element = h('div', {
    class: classes.filter(Boolean).join(' '),
    'data-testid': 'nunchi-cue',
    'data-cue-key': cue.key,
    'data-place': placeOf(cue.position),
    'data-align': align !== 'center' && align,
  });
  const targets: { segment: Segment; span: HTMLSpanElement }[] = [];
  const labels = new Map(text.rows.flatMap((r) => (r.speaker ? [[r.start, r.speaker]] : [])));
  const { inner, groups } = placeReadings(segments, line.readings);

  /** The speaker label of a row starting at `at`, once. */
  const labelAt = (at: number): HTMLElement | null => {
    const speaker = labels.get(at);
    if (speaker === undefined) return null;
    labels.delete(at);
    return h('span', {
      class: 'speaker',
      'data-testid': 'nunchi-speaker',
      'data-speaker': speaker,
    });
  };

  /** Text of `[from, to)`, the source's italic, bold and underlined stretches in styled spans. */
  const styled = (from: number, to: number): Node[] => {
    const out: Node[] = [];
    let pos = from;
    for (const style of text.styles) {
      const start = Math.max(style.start, pos);
      const end = Math.min(style.end, to);
      if (end <= start) continue;
      if (start > pos) out.push(document.createTextNode(text.text.slice(pos, start)));
      out.push(h('span', { class: styleClass(style) }, text.text.slice(start, end)));
      pos = end;
    }
    if (to > pos) out.push(document.createTextNode(text.text.slice(pos, to)));
    return out;
  };

  /** Text of `[from, to)` with the readings that lie inside it. */
  const withReadings = (from: number, to: number): Node[] => {
    const out: Node[] = [];
    let pos = from;
    for (const ruby of inner.filter((r) => r.start >= from && r.end <= to)) {
      if (ruby.start > pos) out.push(...styled(pos, ruby.start));
      out.push(h('ruby', null, ...styled(ruby.start, ruby.end), h('rt', { 'data-rt': ruby.text })));
      pos = ruby.end;
    }
    if (to > pos) out.push(...styled(pos, to));
    return out;
  };

  const render = (segment: Segment): Node[] => {
    if (segment.kind === 'text') {
      // Rows start after a line break inside plain text: their labels go there.
      const out: Node[] = [];
      let pos = segment.start;
      for (const at of [...labels.keys()].sort((a, b) => a - b)) {
        if (at < segment.start || at >= segment.end) continue;
        if (at > pos) out.push(...styled(pos, at));
        out.push(labelAt(at)!);
        pos = at;
      }
      if (segment.end > pos) out.push(...styled(pos, segment.end));
      return out;
    }
    const span =
      segment.kind === 'mark'
        ? h('span', {
            class: 'mark',
            'data-note-id': segment.note.id,
            'data-headword': segment.note.headword,
            'data-category': segment.note.category,
          })
        : h('span', { class: 'word', 'data-word': segment.text });
    span.append(...withReadings(segment.start, segment.end));
    span.addEventListener('pointerenter', () =>
      actions.hoverSegment(cue.key, segment, span.getBoundingClientRect()),
    );
    span.addEventListener('pointerleave', () => actions.leaveSegment());
    targets.push({ segment, span });
    const label = labelAt(segment.start);
    return label ? [label, span] : [span];
  };

  for (let i = 0; i < segments.length; i++) {
    const group = groups.get(i);
    if (!group) {
      element.append(...render(segments[i]!));
      continue;
    }
    // A reading over several hover targets (美味 over 美 and 味) holds them all.
    const label = labelAt(segments[i]!.start);
    if (label) element.append(label);
    const ruby = h('ruby');
    for (let j = i; j <= group.last; j++) ruby.append(...render(segments[j]!));
    ruby.append(h('rt', { 'data-rt': group.text }));
    element.append(ruby);
    i = group.last;
  }
  for (const label of [...labels.keys()].map(labelAt)) if (label) element.append(label);

  return {
    element,
    line,
    setHover(hover) {
      for (const { segment, span } of targets) {
        const active =
          hover !== null &&
          hover.cueKey === cue.key &&
          segment.start < hover.end &&
          segment.end > hover.start;
        span.classList.toggle('active', active);
      }
    },
  };
}

/** Classes of a styled stretch: `s-i`, `s-b`, `s-u` (see styles.ts). */
function styleClass(style: CueStyle): string {
  return [style.italic && 's-i', style.bold && 's-b', style.underline && 's-u']
    .filter(Boolean)
    .join(' ');
}

/**
 * Sorts readings into those drawn inside one segment and those spanning whole segments (keyed
 * by the first segment's index). A reading that cuts a segment in two has no good place and
 * is left out.
 */
function placeReadings(segments: readonly Segment[], readings: readonly Ruby[]) {
  const inner: Ruby[] = [];
  const groups = new Map<number, { last: number; text: string }>();
  let taken = -1;
  for (const ruby of [...readings].sort((a, b) => a.start - b.start)) {
    const first = segments.findIndex((s) => s.start <= ruby.start && ruby.start < s.end);
    if (first < 0) continue;
    const segment = segments[first]!;
    if (ruby.end <= segment.end) {
      inner.push(ruby);
      continue;
    }
    const last = segments.findIndex((s) => s.end === ruby.end);
    if (segment.start !== ruby.start || last < first || first <= taken) continue;
    groups.set(first, { last, text: ruby.text });
    taken = last;
  }
  return { inner, groups };
}
