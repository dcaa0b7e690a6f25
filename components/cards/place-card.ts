import type { Anchor } from '../../utils/overlay/view';

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Height the card may take; it scrolls inside when its content is taller. */
  maxHeight: number;
}

/** Space kept between a card and the viewport's edge or its word. */
const MARGIN = 8;

/**
 * Where a card goes: above its word (subtitles sit low on the video), below it when it only fits
 * there, and otherwise on the roomier side, shortened to fit. It never covers its own word (the
 * pointer must be able to stay on it) and never leaves the viewport. Horizontally it is centred
 * on the word and pushed back inside the edges.
 */
export function placeCard(anchor: Anchor, card: Size, viewport: Size): Placement {
  const centre = (anchor.left + anchor.right) / 2;
  const left = clamp(centre - card.width / 2, MARGIN, viewport.width - card.width - MARGIN);
  const above = Math.max(0, anchor.top - 2 * MARGIN);
  const below = Math.max(0, viewport.height - anchor.bottom - 2 * MARGIN);
  if (card.height <= above) {
    return { left, top: anchor.top - MARGIN - card.height, maxHeight: above };
  }
  if (card.height <= below) {
    return { left, top: anchor.bottom + MARGIN, maxHeight: below };
  }
  return above >= below
    ? { left, top: MARGIN, maxHeight: above }
    : { left, top: anchor.bottom + MARGIN, maxHeight: below };
}

/** Like Math.min(max(...)), but a range too small for the card pins it to the start edge. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
