import type { PointerEvent } from 'react';
import type { OverlayActions } from '../../utils/overlay/controller';
import type { Segment } from '../../utils/overlay/segment';
import type { LineView, OverlayView } from '../../utils/overlay/view';

interface Props {
  line: LineView;
  hover: OverlayView['hover'];
  actions: OverlayActions;
}

/**
 * One cue: note marks, hoverable words and the text between them. Every piece of subtitle text
 * reaches the page as a React text child, so markup in a line shows as the characters it is.
 */
export function CueLine({ line, hover, actions }: Props) {
  const { cue, segments } = line;
  const isActive = (s: Segment) =>
    hover !== null && hover.cueKey === cue.key && s.start < hover.end && s.end > hover.start;
  return (
    <div className="cue" data-testid="nunchi-cue" data-cue-key={cue.key}>
      {segments.map((segment) => {
        if (segment.kind === 'text') return segment.text;
        const events = {
          onPointerEnter: (event: PointerEvent<HTMLSpanElement>) =>
            actions.hoverSegment(cue.key, segment, event.currentTarget.getBoundingClientRect()),
          onPointerLeave: actions.leaveSegment,
        };
        const active = isActive(segment) ? ' active' : '';
        if (segment.kind === 'mark') {
          return (
            <span
              key={segment.start}
              className={`mark${active}`}
              data-note-id={segment.note.id}
              data-headword={segment.note.headword}
              data-category={segment.note.category}
              {...events}
            >
              {segment.text}
            </span>
          );
        }
        return (
          <span
            key={segment.start}
            className={`word${active}`}
            data-word={segment.text}
            {...events}
          >
            {segment.text}
          </span>
        );
      })}
    </div>
  );
}
