import { describe, expect, it } from 'vitest';
import { resolveOverlaps, type NoteMark } from '../../../utils/notes/annotate';
import type { Note } from '../../../utils/notes/schema';

const mark = (id: string, start: number, end: number): NoteMark => ({
  start,
  end,
  note: { id } as Note,
});
const ids = (marks: NoteMark[]) => marks.map((m) => `${m.note.id}@${m.start}-${m.end}`);

describe('resolveOverlaps', () => {
  const cases: [string, NoteMark[], string[]][] = [
    ['no marks', [], []],
    ['disjoint marks stay, in line order', [mark('b', 5, 7), mark('a', 0, 2)], ['a@0-2', 'b@5-7']],
    [
      'a nested mark gives way to the longer one',
      [mark('bok', 3, 4), mark('saehae', 0, 12)],
      ['saehae@0-12'],
    ],
    ['partial overlap keeps the longer', [mark('x', 0, 4), mark('y', 3, 9)], ['y@3-9']],
    ['equal length: the earlier start wins', [mark('y', 2, 6), mark('x', 0, 4)], ['x@0-4']],
    ['same span: the note id decides', [mark('b', 0, 3), mark('a', 0, 3)], ['a@0-3']],
    ['touching marks both stay', [mark('a', 0, 3), mark('b', 3, 6)], ['a@0-3', 'b@3-6']],
    [
      'a note is marked once per line, at its longest',
      [mark('a', 0, 2), mark('a', 5, 9)],
      ['a@5-9'],
    ],
    ['a repeated hit on the same span counts once', [mark('a', 0, 2), mark('a', 0, 2)], ['a@0-2']],
    [
      'a note blocked at its longest still shows where it is free',
      [mark('a', 0, 4), mark('b', 0, 6), mark('a', 8, 10)],
      ['b@0-6', 'a@8-10'],
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(ids(resolveOverlaps(input))).toEqual(expected);
  });
});
