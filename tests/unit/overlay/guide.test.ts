import { describe, expect, it } from 'vitest';
import type { LineMark } from '../../../utils/messaging/protocol';
import { buildGuide, clockTime } from '../../../utils/overlay/guide';
import { testNote } from '../note-fixture';

const high = testNote({ id: 'ko.nuni-nopda', headword: '눈이 높다' });
const oppa = testNote({ id: 'ko.oppa', headword: '오빠', category: 'address' });
const songpyeon = testNote({ id: 'ko.songpyeon', headword: '송편', category: 'food' });
const notes = new Map([high, oppa, songpyeon].map((n) => [n.id, n]));

const lines = [
  { text: '오빠, 인사해.', startMs: 13_000 },
  { text: '눈이 높아서 혼자야.', startMs: 19_000 },
  { text: '오빠, 초 치지 마.', startMs: 25_000 },
  { text: '송편부터 먹자.', startMs: 32_000 },
];
const MARKS: Record<string, LineMark[]> = {
  '오빠, 인사해.': [{ start: 0, end: 2, noteId: 'ko.oppa' }],
  '눈이 높아서 혼자야.': [{ start: 0, end: 6, noteId: 'ko.nuni-nopda' }],
  '오빠, 초 치지 마.': [{ start: 0, end: 2, noteId: 'ko.oppa' }],
  '송편부터 먹자.': [{ start: 0, end: 2, noteId: 'ko.songpyeon' }],
};
const marksOf = (text: string) => MARKS[text];

describe('buildGuide', () => {
  it('lists each note once at its first line, with how often it comes up', () => {
    const guide = buildGuide(lines, marksOf, notes, null);
    expect(guide.entries.map((e) => [e.noteId, e.startMs, e.count, e.surface])).toEqual([
      ['ko.oppa', 13_000, 2, '오빠'],
      ['ko.nuni-nopda', 19_000, 1, '눈이 높아서'],
      ['ko.songpyeon', 32_000, 1, '송편'],
    ]);
    expect(guide).toMatchObject({ later: 0, complete: true });
  });

  it('keeps later lines out while spoiler-safe and counts what they hold', () => {
    const guide = buildGuide(lines, marksOf, notes, 19_000);
    expect(guide.entries.map((e) => e.noteId)).toEqual(['ko.oppa', 'ko.nuni-nopda']);
    expect(guide.entries[0]!.count).toBe(1);
    // 오빠 comes again later but is already listed; only 송편 is new.
    expect(guide.later).toBe(1);
  });

  it('says when lines are still being marked, and skips notes it does not know', () => {
    const guide = buildGuide(
      [...lines, { text: '아직', startMs: 40_000 }],
      (t) => (t === '아직' ? undefined : [{ start: 0, end: 1, noteId: 'ko.unknown' }]),
      notes,
      null,
    );
    expect(guide).toEqual({ entries: [], later: 0, complete: false });
  });
});

describe('clockTime', () => {
  it.each([
    [0, '0:00'],
    [83_500, '1:23'],
    [3_723_000, '1:02:03'],
    [-5, '0:00'],
  ])('%d → %s', (ms, text) => {
    expect(clockTime(ms)).toBe(text);
  });
});
