import { describe, expect, it } from 'vitest';
import { placeOf, stackOrder } from '../../../utils/overlay/placement';
import type { CuePosition } from '../../../utils/subtitles/cue';

describe('placeOf', () => {
  it.each<[CuePosition | undefined, 'top' | 'bottom']>([
    [undefined, 'bottom'],
    [{}, 'bottom'],
    [{ align: 'start' }, 'bottom'],
    [{ vertical: 'top' }, 'top'],
    [{ vertical: 'bottom', line: 10 }, 'bottom'],
    [{ line: 10 }, 'top'],
    [{ line: 49.9 }, 'top'],
    // The middle of the picture (ASS \an5) reads with the dialogue.
    [{ line: 50 }, 'bottom'],
    [{ line: 84.67 }, 'bottom'],
  ])('%j → %s', (position, place) => {
    expect(placeOf(position)).toBe(place);
  });
});

describe('stackOrder', () => {
  it('orders by the line percentage where given, keeping reading order for the rest', () => {
    const cues = [
      { id: 'a' },
      { id: 'b', position: { line: 84.67 } },
      { id: 'c', position: { line: 79.33 } },
      { id: 'd', position: { vertical: 'top' as const } },
      { id: 'e' },
      { id: 'f', position: { line: 5 } },
    ];
    expect(stackOrder(cues).map((c) => c.id)).toEqual(['d', 'f', 'c', 'b', 'a', 'e']);
  });
});
