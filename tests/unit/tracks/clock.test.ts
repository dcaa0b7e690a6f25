import { describe, expect, it } from 'vitest';
import type { TimedCue } from '../../../utils/subtitles/cue';
import {
  contentToPlayerTime,
  cueAt,
  cueIndexesAt,
  nextCueIndex,
  offsetCues,
  playerToContentTime,
  previousCueIndex,
  shiftCuesForAdBreaks,
  type AdBreak,
} from '../../../utils/tracks/clock';
import { mergeRepeatedCues } from '../../../utils/tracks/cue-list';

const cue = (text: string, startMs: number, endMs: number): TimedCue => ({ text, startMs, endMs });

// A long sign over two lines of dialogue, then a gap, then a line.
const TRACK: TimedCue[] = [
  cue('A', 1000, 3000),
  cue('sign', 2000, 9000),
  cue('B', 3000, 5000),
  cue('C', 10000, 12000),
];

describe('cueAt / cueIndexesAt', () => {
  it.each<[number, string[]]>([
    [0, []],
    [999, []],
    [1000, ['A']],
    [2500, ['A', 'sign']],
    // End is exclusive: A is gone when B starts.
    [3000, ['sign', 'B']],
    [6000, ['sign']],
    [9000, []],
    [9500, []],
    [11999, ['C']],
    [12000, []],
  ])('at %i ms: %j', (ms, texts) => {
    expect(cueAt(TRACK, ms).map((c) => c.text)).toEqual(texts);
  });

  it('finds a long cue that started far back (walks back by the longest cue)', () => {
    const track = [
      cue('long', 0, 100_000),
      ...Array.from({ length: 50 }, (_, i) => cue(`l${i}`, 1000 + i * 1000, 1500 + i * 1000)),
    ];
    expect(cueAt(track, 30_200).map((c) => c.text)).toEqual(['long', 'l29']);
    expect(cueIndexesAt(track, 30_700)).toEqual([0]);
  });

  it('answers [] for an empty track', () => {
    expect(cueAt([], 1000)).toEqual([]);
  });

  it('matches a linear scan on a random overlapping track', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const track = Array.from({ length: 300 }, (_, i) => {
      const start = Math.floor(random() * 600_000);
      return cue(`c${i}`, start, start + 200 + Math.floor(random() * 8000));
    }).sort((a, b) => a.startMs - b.startMs);
    for (let ms = 0; ms < 610_000; ms += 997) {
      const expected = track.filter((c) => c.startMs <= ms && ms < c.endMs);
      expect(cueAt(track, ms)).toEqual(expected);
    }
  });
});

describe('previous / next line', () => {
  it.each<[number, number, number]>([
    // [time, previous, next]
    [500, -1, 0],
    [1500, -1, 1],
    [2500, -1, 2],
    [4000, 0, 3],
    [9500, 2, 3],
    [11000, 2, -1],
    [13000, 3, -1],
  ])('at %i ms: previous %i, next %i', (ms, previous, next) => {
    expect(previousCueIndex(TRACK, ms)).toBe(previous);
    expect(nextCueIndex(TRACK, ms)).toBe(next);
  });
});

describe('offsetCues', () => {
  it('moves later and earlier, dropping what falls before zero', () => {
    expect(offsetCues(TRACK, 500).map((c) => [c.startMs, c.endMs])).toEqual([
      [1500, 3500],
      [2500, 9500],
      [3500, 5500],
      [10500, 12500],
    ]);
    expect(offsetCues(TRACK, -2500).map((c) => [c.text, c.startMs, c.endMs])).toEqual([
      ['A', 0, 500],
      ['sign', 0, 6500],
      ['B', 500, 2500],
      ['C', 7500, 9500],
    ]);
    expect(offsetCues(TRACK, -12000)).toEqual([]);
  });

  it('never modifies the input', () => {
    const copy = structuredClone(TRACK);
    offsetCues(TRACK, 1000);
    expect(offsetCues(TRACK, 0)).toEqual(copy);
    expect(offsetCues(TRACK, 0)[0]).not.toBe(TRACK[0]);
    expect(TRACK).toEqual(copy);
  });
});

describe('ad breaks', () => {
  // A 30 s ad at content 5 s and a 15 s ad at content 10 s.
  const breaks: AdBreak[] = [
    { atMs: 10_000, durationMs: 15_000 },
    { atMs: 5000, durationMs: 30_000 },
    { atMs: 7000, durationMs: 0 },
    { atMs: Number.NaN, durationMs: 1000 },
  ];

  it.each<[number, number]>([
    [0, 0],
    [4999, 4999],
    [5000, 35_000],
    [9999, 39_999],
    [10_000, 55_000],
  ])('content %i ms plays at player %i ms', (content, player) => {
    expect(contentToPlayerTime(content, breaks)).toBe(player);
  });

  it.each<[number, number | null]>([
    [4999, 4999],
    [5000, null],
    [34_999, null],
    [35_000, 5000],
    [39_999, 9999],
    [40_000, null],
    [55_000, 10_000],
  ])('player %i ms is content %s', (player, content) => {
    expect(playerToContentTime(player, breaks)).toBe(content);
  });

  it('shifts cues after each break; a cue straddling a break ends when the ad starts', () => {
    expect(
      shiftCuesForAdBreaks(
        [cue('before', 1000, 2000), cue('across', 4000, 6000), cue('after', 11_000, 12_000)],
        breaks,
      ).map((c) => [c.text, c.startMs, c.endMs]),
    ).toEqual([
      ['before', 1000, 2000],
      ['across', 4000, 5000],
      ['after', 56_000, 57_000],
    ]);
  });

  it('round-trips content time outside the ads', () => {
    for (const ms of [0, 4000, 6000, 9000, 20_000]) {
      expect(playerToContentTime(contentToPlayerTime(ms, breaks), breaks)).toBe(ms);
    }
  });
});

describe('mergeRepeatedCues', () => {
  it.each<[string, TimedCue[], [string, number, number][]]>([
    ['exact duplicates', [cue('a', 0, 1000), cue('a', 0, 1000)], [['a', 0, 1000]]],
    [
      'a line cut at a segment boundary',
      [cue('a', 0, 1000), cue('a', 1000, 1800)],
      [['a', 0, 1800]],
    ],
    [
      'a boundary gap within tolerance',
      [cue('a', 0, 1000), cue('a', 1030, 1800)],
      [['a', 0, 1800]],
    ],
    [
      'the same words said again later stay two lines',
      [cue('네', 0, 1000), cue('네', 3000, 3500)],
      [
        ['네', 0, 1000],
        ['네', 3000, 3500],
      ],
    ],
    [
      'a repeat found behind an overlapping cue',
      [cue('a', 0, 2000), cue('sign', 500, 9000), cue('a', 2000, 3000)],
      [
        ['a', 0, 3000],
        ['sign', 500, 9000],
      ],
    ],
    [
      'unsorted input is sorted, ties keep their order',
      [cue('b', 2000, 3000), cue('x', 0, 500), cue('y', 0, 500)],
      [
        ['x', 0, 500],
        ['y', 0, 500],
        ['b', 2000, 3000],
      ],
    ],
    [
      'empty and zero-length cues go',
      [cue(' ', 0, 1000), cue('z', 500, 500), cue('n', 900, 800)],
      [],
    ],
  ])('%s', (_name, input, expected) => {
    expect(mergeRepeatedCues(input).map((c) => [c.text, c.startMs, c.endMs])).toEqual(expected);
  });

  it('does not modify the input', () => {
    const input = [cue('a', 0, 1000), cue('a', 1000, 2000)];
    mergeRepeatedCues(input);
    expect(input[0]!.endMs).toBe(1000);
  });
});
