import { describe, expect, it } from 'vitest';
import type { TimedCue } from '../../../utils/subtitles/cue';
import { TrackTimeline } from '../../../utils/sites/track-timeline';

const cue = (startMs: number, endMs: number, text: string): TimedCue => ({ startMs, endMs, text });

describe('TrackTimeline cleaning (mergeRepeatedCues)', () => {
  const cleanTrack = (cues: TimedCue[]) => [...new TrackTimeline(cues).cues];
  it('sorts by start, keeping file order for cues that start together', () => {
    const cleaned = cleanTrack([cue(2000, 3000, 'B'), cue(0, 1000, 'A'), cue(2000, 2500, 'C')]);
    expect(cleaned.map((c) => c.text)).toEqual(['A', 'B', 'C']);
  });

  it('drops empty, zero-length and duplicate cues', () => {
    const cleaned = cleanTrack([
      cue(0, 1000, 'A'),
      cue(0, 1000, 'A'),
      cue(1000, 1000, 'zero'),
      cue(1500, 2000, '  '),
    ]);
    expect(cleaned).toEqual([cue(0, 1000, 'A')]);
  });

  it('joins a cue repeated across a segment boundary', () => {
    expect(cleanTrack([cue(0, 1000, 'A'), cue(1000, 2500, 'A'), cue(2500, 3000, 'B')])).toEqual([
      cue(0, 2500, 'A'),
      cue(2500, 3000, 'B'),
    ]);
  });

  it('does not change the cues it was given', () => {
    const input = [cue(0, 1000, 'A'), cue(1000, 2000, 'A')];
    cleanTrack(input);
    expect(input[0]!.endMs).toBe(1000);
  });
});

describe('TrackTimeline', () => {
  const timeline = new TrackTimeline([
    cue(0, 2000, '하나'),
    cue(2000, 4000, '둘'),
    cue(3000, 9000, '긴 줄'),
    cue(4000, 5000, '셋'),
    cue(10_000, 11_000, '넷'),
  ]);

  it.each([
    [0, ['하나']],
    [1999, ['하나']],
    [2000, ['둘']],
    [3500, ['둘', '긴 줄']],
    [4000, ['긴 줄', '셋']],
    [9500, []],
    [10_500, ['넷']],
    [20_000, []],
    [-5, []],
  ])('at %i ms shows %j', (ms, texts) => {
    expect(timeline.activeAt(ms).map((i) => timeline.cues[i]!.text)).toEqual(texts);
  });

  it('gives each cue its neighbours', () => {
    expect(timeline.shown(0)).toEqual({
      key: 't0',
      text: '하나',
      startMs: 0,
      endMs: 2000,
      next: '둘',
    });
    expect(timeline.shown(4)).toMatchObject({ text: '넷', prev: '셋' });
    expect(timeline.shown(4).next).toBeUndefined();
  });

  it('skips repeats of a line when naming its neighbours', () => {
    const repeated = new TrackTimeline([
      cue(0, 1000, '네'),
      cue(5000, 6000, '네'),
      cue(7000, 8000, '아니요'),
    ]);
    expect(repeated.shown(1).prev).toBeUndefined();
    expect(repeated.shown(1).next).toBe('아니요');
  });

  it('finds a cue by its timing and text, tolerating rounding', () => {
    expect(timeline.indexOf(2000.4, 3999.6, '둘')).toBe(1);
    expect(timeline.indexOf(2000, 4000, '다른 줄')).toBe(-1);
  });
});
