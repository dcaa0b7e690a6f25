import { describe, expect, it } from 'vitest';
import { normalizeRendered, RenderedCueTracker } from '../../../utils/sites/rendered-cues';

/** Feeds (text, ms) steps and returns what each step reported: null = no change. */
function run(steps: [string, number][], tracker = new RenderedCueTracker(1000)) {
  return steps.map(([text, ms]) => {
    const shown = tracker.observe(text, ms);
    return (
      shown && shown.map((c) => ({ text: c.text, prev: c.prev, next: c.next, startMs: c.startMs }))
    );
  });
}

describe('RenderedCueTracker', () => {
  it('reports a cue once however often the player redraws it', () => {
    const tracker = new RenderedCueTracker(1000);
    const out = run(
      [
        ['안녕하세요', 0],
        ['안녕하세요', 100],
        ['안녕하세요', 200],
      ],
      tracker,
    );
    expect(out).toEqual([
      [{ text: '안녕하세요', prev: undefined, next: undefined, startMs: 0 }],
      null,
      null,
    ]);
    expect(tracker.lines).toBe(1);
  });

  it('treats a blank flicker followed by the same text as the same cue', () => {
    const tracker = new RenderedCueTracker(1000);
    const out = run(
      [
        ['첫 줄', 0],
        ['', 500],
        ['첫 줄', 600],
      ],
      tracker,
    );
    expect(out[1]).toEqual([]);
    expect(out[2]).toEqual([{ text: '첫 줄', prev: undefined, next: undefined, startMs: 0 }]);
    expect(tracker.lines).toBe(1);
  });

  it('links each line to the one before it', () => {
    const out = run([
      ['하나', 0],
      ['둘', 2000],
      ['', 3000],
      ['셋', 4000],
    ]);
    expect(out[1]?.[0]?.prev).toBe('하나');
    expect(out[3]?.[0]?.prev).toBe('둘');
  });

  it('orders by media time, so after seeking back the next line is known and nothing repeats', () => {
    const tracker = new RenderedCueTracker(1000);
    const out = run(
      [
        ['하나', 0],
        ['둘', 2000],
        ['셋', 4000],
        ['둘', 2100],
      ],
      tracker,
    );
    expect(out[3]).toEqual([{ text: '둘', prev: '하나', next: '셋', startMs: 2000 }]);
    expect(tracker.lines).toBe(3);
    expect(tracker.sample()).toEqual(['하나', '둘', '셋']);
  });

  it('counts the same words at another moment as another line', () => {
    const tracker = new RenderedCueTracker(1000);
    run(
      [
        ['네', 0],
        ['', 1000],
        ['네', 30_000],
      ],
      tracker,
    );
    expect(tracker.lines).toBe(2);
  });

  it('inserts a line seen out of order between its neighbours', () => {
    const out = run([
      ['하나', 0],
      ['셋', 4000],
      ['둘', 2000],
    ]);
    expect(out[2]).toEqual([{ text: '둘', prev: '하나', next: '셋', startMs: 2000 }]);
  });

  it('grows a cue that arrives word by word instead of keeping half-lines', () => {
    const tracker = new RenderedCueTracker(1000);
    const out = run(
      [
        ['오늘', 0],
        ['오늘 날씨가', 300],
        ['오늘 날씨가 좋네요', 600],
      ],
      tracker,
    );
    expect(out.map((o) => o?.[0]?.text)).toEqual(['오늘', '오늘 날씨가', '오늘 날씨가 좋네요']);
    expect(tracker.lines).toBe(1);
  });

  it('clears once when the captions disappear and stays quiet while they are gone', () => {
    expect(
      run([
        ['하나', 0],
        ['', 1000],
        ['', 1100],
      ]).slice(1),
    ).toEqual([[], null]);
  });

  it('forgets everything on reset (a new video)', () => {
    const tracker = new RenderedCueTracker(1000);
    run([['하나', 0]], tracker);
    tracker.reset();
    expect(tracker.lines).toBe(0);
    expect(run([['하나', 0]], tracker)[0]).toHaveLength(1);
  });
});

describe('normalizeRendered', () => {
  it.each([
    ['\u00a0안녕\u00a0 하세요\u00a0', '안녕 하세요'],
    ['첫 줄\n\n  둘째 줄  ', '첫 줄\n둘째 줄'],
    ['  \n \u00a0', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeRendered(input)).toBe(expected);
  });
});
