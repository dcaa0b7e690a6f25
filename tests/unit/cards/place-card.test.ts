import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../components/cards/place-card';

const viewport = { width: 1000, height: 700 };
const card = { width: 400, height: 300 };

describe('placeCard', () => {
  it.each([
    [
      'above a word low on the screen, centred',
      { left: 480, right: 520, top: 600, bottom: 630 },
      { left: 300, top: 292, maxHeight: 584 },
    ],
    [
      'pinned to the left edge',
      { left: 0, right: 30, top: 600, bottom: 630 },
      { left: 8, top: 292, maxHeight: 584 },
    ],
    [
      'pinned to the right edge',
      { left: 960, right: 1000, top: 600, bottom: 630 },
      { left: 592, top: 292, maxHeight: 584 },
    ],
    [
      'below a word near the top',
      { left: 480, right: 520, top: 40, bottom: 70 },
      { left: 300, top: 78, maxHeight: 614 },
    ],
  ])('%s', (_name, anchor, expected) => {
    expect(placeCard(anchor, card, viewport)).toEqual(expected);
  });

  it('shortens a card that fits on neither side, on the roomier side, without covering the word', () => {
    const tall = { width: 400, height: 650 };
    expect(placeCard({ left: 480, right: 520, top: 400, bottom: 430 }, tall, viewport)).toEqual({
      left: 300,
      top: 8,
      maxHeight: 384,
    });
    expect(placeCard({ left: 480, right: 520, top: 200, bottom: 230 }, tall, viewport)).toEqual({
      left: 300,
      top: 238,
      maxHeight: 454,
    });
  });

  it('keeps a card wider than the viewport at the left edge', () => {
    expect(
      placeCard(
        { left: 100, right: 120, top: 600, bottom: 620 },
        { width: 2000, height: 100 },
        viewport,
      ).left,
    ).toBe(8);
  });

  it('never leaves the viewport and never covers its word, wherever the word is', () => {
    for (const size of [card, { width: 400, height: 900 }]) {
      for (let x = 0; x <= 980; x += 35) {
        for (let y = 0; y <= 680; y += 35) {
          const anchor = { left: x, right: x + 20, top: y, bottom: y + 20 };
          const { left, top, maxHeight } = placeCard(anchor, size, viewport);
          const height = Math.min(size.height, maxHeight);
          expect(left).toBeGreaterThanOrEqual(8);
          expect(left + size.width).toBeLessThanOrEqual(viewport.width - 8);
          expect(top).toBeGreaterThanOrEqual(8);
          expect(top + height).toBeLessThanOrEqual(viewport.height - 8);
          expect(top + height <= anchor.top || top >= anchor.bottom).toBe(true);
        }
      }
    }
  });
});
