import type { OverlayActions } from '../../utils/overlay/controller';
import type { Segment } from '../../utils/overlay/segment';
import type { LineView, OverlayView } from '../../utils/overlay/view';
import { h } from './dom';

export interface CueLineElement {
  element: HTMLDivElement;
  line: LineView;
  /** Lights the segments under the open card's stretch. */
  setHover(hover: OverlayView['hover']): void;
}

/**
 * One cue: note marks, hoverable words and the text between them. Every piece of subtitle text
 * reaches the page as a text node, so markup in a line shows as the characters it is.
 */
export function cueLine(line: LineView, actions: OverlayActions): CueLineElement {
  const { cue, segments } = line;
  const element = h('div', { class: 'cue', 'data-testid': 'nunchi-cue', 'data-cue-key': cue.key });
  const targets: { segment: Segment; span: HTMLSpanElement }[] = [];
  for (const segment of segments) {
    if (segment.kind === 'text') {
      element.append(segment.text);
      continue;
    }
    const span =
      segment.kind === 'mark'
        ? h(
            'span',
            {
              class: 'mark',
              'data-note-id': segment.note.id,
              'data-headword': segment.note.headword,
              'data-category': segment.note.category,
            },
            segment.text,
          )
        : h('span', { class: 'word', 'data-word': segment.text }, segment.text);
    span.addEventListener('pointerenter', () =>
      actions.hoverSegment(cue.key, segment, span.getBoundingClientRect()),
    );
    span.addEventListener('pointerleave', () => actions.leaveSegment());
    element.append(span);
    targets.push({ segment, span });
  }
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
