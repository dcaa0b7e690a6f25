import type { Anchor } from '../../utils/overlay/view';

export interface Size {
  width: number;
  height: number;
}

/** Space kept between a card and the viewport's edge or its word. */
const MARGIN = 8;

/**
 * Where a card goes: above its word (subtitles sit low on the video), below it when there is no
 * room above, centred on the word and always inside the viewport.
 */
export function placeCard(
  anchor: Anchor,
  card: Size,
  viewport: Size,
): { left: number; top: number } {
  const centre = (anchor.left + anchor.right) / 2;
  const left = clamp(centre - card.width / 2, MARGIN, viewport.width - card.width - MARGIN);
  const above = anchor.top - card.height - MARGIN;
  const below = anchor.bottom + MARGIN;
  let top: number;
  if (above >= MARGIN) top = above;
  else if (below + card.height <= viewport.height - MARGIN) top = below;
  else top = MARGIN;
  return { left, top: clamp(top, MARGIN, viewport.height - card.height - MARGIN) };
}

/** Like Math.min(max(...)), but a range too small for the card pins it to the start edge. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
