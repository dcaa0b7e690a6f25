import { describe, expect, it } from 'vitest';
import {
  backupJson,
  BACKUP_FORMAT,
  makeBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
} from '../../../utils/vocabulary/backup';
import { portable } from '../../../utils/vocabulary/merge';
import { grade } from '../../../utils/vocabulary/schedule';
import { context, entry } from './fixtures';

const full = entry({
  id: 7,
  term: '먹다',
  surface: '먹었어',
  lemma: '먹다',
  reading: 'meokda',
  gloss: 'to eat',
  noteId: 'ko.x',
  contexts: [
    context('밥 먹었어?', 1000, { prev: '배고파.', next: '응.', endMs: 14_000 }),
    context('또 먹어?', 2000),
  ],
  schedule: grade(entry().schedule, 'good', 3000),
});

/** A good backup's JSON, with `edit` applied to its parsed object. */
function file(
  edit: (json: Record<string, unknown> & { entries: Record<string, unknown>[] }) => void,
) {
  const json = JSON.parse(backupJson(makeBackup([full], 9000))) as Parameters<typeof edit>[0];
  edit(json);
  return JSON.stringify(json);
}

describe('makeBackup / parseBackup', () => {
  it('round-trips every field, context and the schedule, without the local id', () => {
    const backup = makeBackup([full], 9000);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: 9000 });
    expect(parseBackup(backupJson(backup))).toEqual({ ok: true, entries: [portable(full)] });
  });

  it('reads an empty vocabulary', () => {
    expect(parseBackup(backupJson(makeBackup([], 1)))).toEqual({ ok: true, entries: [] });
  });

  it('stores the term in NFC, as a save does', () => {
    const parsed = parseBackup(file((j) => (j.entries[0]!.term = '먹다'.normalize('NFD'))));
    expect(parsed.ok && parsed.entries[0]!.term).toBe('먹다');
  });
});

describe('parseBackup refuses', () => {
  it.each<[string, string, RegExp]>([
    ['text that is not JSON', 'term\tmeaning\n먹다\tto eat', /not JSON/],
    ['an empty file', '', /not JSON/],
    ['JSON of something else', '{"name":"package"}', /not a Nunchi vocabulary backup/],
    ['a bare array', '[]', /not a Nunchi vocabulary backup/],
    ['null', 'null', /not a Nunchi vocabulary backup/],
    [
      'a newer format',
      file((j) => (j.version = 2)),
      /format 2; this version of Nunchi reads format 1/,
    ],
    ['a missing term', file((j) => delete j.entries[0]!.term), /damaged at entries\[0\]\.term/],
    ['a blank term', file((j) => (j.entries[0]!.term = '   ')), /entries\[0\]\.term/],
    [
      'an unknown language',
      file((j) => (j.entries[0]!.lang = 'xx')),
      /entries\[0\]\.lang: not one of "ko", "zh", "ja"\./,
    ],
    [
      'a term longer than a save allows',
      file((j) => (j.entries[0]!.term = '가'.repeat(201))),
      /entries\[0\]\.term: longer than 200/,
    ],
    [
      'a URL that is not one',
      file((j) => ((j.entries[0]!.contexts as { url: string }[])[1]!.url = 'not a url')),
      /entries\[0\]\.contexts\[1\]\.url: not a valid url/,
    ],
    ['an entry without contexts', file((j) => (j.entries[0]!.contexts = [])), /contexts/],
    ['a missing schedule', file((j) => delete j.entries[0]!.schedule), /entries\[0\]\.schedule/],
    [
      'a negative interval',
      file((j) => ((j.entries[0]!.schedule as { interval: number }).interval = -1)),
      /schedule\.interval/,
    ],
    [
      'an ease below the floor',
      file((j) => ((j.entries[0]!.schedule as { ease: number }).ease = 0)),
      /schedule\.ease/,
    ],
    [
      'a fractional repetition count',
      file((j) => ((j.entries[0]!.schedule as { reps: number }).reps = 1.5)),
      /schedule\.reps/,
    ],
    ['a string where a time goes', file((j) => (j.entries[0]!.createdAt = '1000')), /createdAt/],
    [
      'an unknown key',
      file((j) => (j.entries[0]!.html = '<script>')),
      /entries\[0\]: unknown field "html"/,
    ],
    [
      'a prototype key',
      file((j) => (j.entries[0]!.x = 1)).replace('"x":1', '"__proto__":{"polluted":true}'),
      /entries\[0\]/,
    ],
    ['entries that are not a list', file((j) => (j.entries = {} as never)), /entries/],
  ])('%s', (_what, source, error) => {
    const parsed = parseBackup(source);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names a hostile key only briefly', () => {
    const parsed = parseBackup(file((j) => (j.entries[0]![`k${'x'.repeat(10_000)}`] = 1)));
    expect(!parsed.ok && parsed.error.length).toBeLessThan(120);
  });

  it('a file over the size bound, before parsing it', () => {
    const parsed = parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1));
    expect(parsed).toEqual({ ok: false, error: 'The file is larger than 20 MB.' });
  });
});
