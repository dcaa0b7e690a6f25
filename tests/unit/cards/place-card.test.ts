import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../components/cards/place-card';

const viewport = { width: 1000, height: 700 };
const card = { width: 400, height: 300 };

describe('placeCard', () => {
  it.each([
    [
      'above a word low on the screen, centred',
      { left: 480, right: 520, top: 600, bottom: 630 },
      { left: 300, top: 292 },
    ],
    [
      'pinned to the left edge',
      { left: 0, right: 30, top: 600, bottom: 630 },
      { left: 8, top: 292 },
    ],
    [
      'pinned to the right edge',
      { left: 960, right: 1000, top: 600, bottom: 630 },
      { left: 592, top: 292 },
    ],
    [
      'below a word near the top',
      { left: 480, right: 520, top: 40, bottom: 70 },
      { left: 300, top: 78 },
    ],
    [
      'at the top when neither fits',
      { left: 480, right: 520, top: 250, bottom: 450 },
      { left: 300, top: 8 },
    ],
  ])('%s', (_name, anchor, expected) => {
    expect(placeCard(anchor, card, viewport)).toEqual(expected);
  });

  it('keeps a card larger than the viewport at the top-left corner', () => {
    expect(
      placeCard(
        { left: 100, right: 120, top: 100, bottom: 120 },
        { width: 2000, height: 2000 },
        viewport,
      ),
    ).toEqual({ left: 8, top: 8 });
  });

  it('never leaves the viewport, wherever the word is', () => {
    for (let x = -50; x <= 1050; x += 35) {
      for (let y = -50; y <= 750; y += 35) {
        const { left, top } = placeCard(
          { left: x, right: x + 20, top: y, bottom: y + 20 },
          card,
          viewport,
        );
        expect(left).toBeGreaterThanOrEqual(8);
        expect(left + card.width).toBeLessThanOrEqual(viewport.width - 8);
        expect(top).toBeGreaterThanOrEqual(8);
        expect(top + card.height).toBeLessThanOrEqual(viewport.height - 8);
      }
    }
  });
});
