import type { CuePosition } from '../subtitles/cue';

export type Place = 'top' | 'bottom';

/**
 * Which of the overlay's two stacks a line goes in: the top one for signs and on-screen text
 * the source puts in the upper half, the bottom one (clear of the player's controls) for
 * everything else, so simultaneous lines at different places are shown apart.
 */
export function placeOf(position: CuePosition | undefined): Place {
  if (position?.vertical) return position.vertical;
  return position?.line !== undefined && position.line < 50 ? 'top' : 'bottom';
}

/**
 * Lines of one stack from top to bottom: by the source's line percentage where it gives one,
 * otherwise a top line first and a bottom line last; ties keep reading order.
 */
export function stackOrder<T extends { position?: CuePosition }>(cues: readonly T[]): T[] {
  const key = (c: T) => c.position?.line ?? (placeOf(c.position) === 'top' ? 0 : 100);
  return [...cues].sort((a, b) => key(a) - key(b));
}
