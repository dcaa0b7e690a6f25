import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBackup, parseBackup, backupJson } from '../../../utils/vocabulary/backup';
import { openVocabDb, type VocabDb } from '../../../utils/vocabulary/db';
import { importEntries } from '../../../utils/vocabulary/import';
import {
  laterSchedule,
  mergeContexts,
  mergeEntry,
  portable,
} from '../../../utils/vocabulary/merge';
import { recordGrade, saveTerm } from '../../../utils/vocabulary/repository';
import { grade, newSchedule } from '../../../utils/vocabulary/schedule';
import { context, entry } from './fixtures';

const incoming = portable(entry());

describe('mergeContexts', () => {
  it('keeps each save once, oldest first', () => {
    const a = context('a', 1);
    const b = context('b', 2);
    const c = context('c', 3);
    // The same save at another time is the same save.
    expect(mergeContexts([c, a], [{ ...a, savedAt: 9 }, b])).toEqual([a, b, c]);
  });
});

describe('laterSchedule', () => {
  const fresh = newSchedule(1);
  const early = grade(fresh, 'good', 100);
  const late = grade(fresh, 'again', 200);
  it.each([
    ['theirs reviewed later', early, late, late],
    ['ours reviewed later', late, early, late],
    ['only theirs reviewed', fresh, early, early],
    ['only ours reviewed', early, fresh, early],
    ['neither reviewed: ours', fresh, newSchedule(5), fresh],
    ['a tie: ours', early, { ...early, interval: 99 }, early],
  ])('%s', (_what, ours, theirs, kept) => {
    expect(laterSchedule(ours, theirs)).toBe(kept);
  });
});

describe('mergeEntry', () => {
  it('fills the fields ours lacks and keeps the ones it has', () => {
    const ours = entry({ gloss: 'ours', reading: undefined });
    const { entry: merged, changed } = mergeEntry(ours, {
      ...incoming,
      gloss: 'theirs',
      reading: 'nuni nopda',
      createdAt: 500,
      updatedAt: 5000,
    });
    expect(changed).toBe(true);
    expect(merged).toMatchObject({ id: 1, gloss: 'ours', reading: 'nuni nopda' });
    expect([merged.createdAt, merged.updatedAt]).toEqual([500, 5000]);
  });

  it('reports no change when theirs brings nothing new', () => {
    const ours = entry();
    expect(mergeEntry(ours, incoming)).toEqual({ entry: ours, changed: false });
  });
});

describe('importEntries', () => {
  let db: VocabDb;
  let n = 0;
  beforeEach(() => {
    db = openVocabDb(`import-test-${++n}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const save = (term: string, line: string, now: number) =>
    saveTerm(
      db,
      { lang: 'ko', term, context: { line, title: 'T', site: 's', url: 'https://a.test/' } },
      now,
    );

  it('adds new terms, merges known ones, and says how many of each', async () => {
    const kept = await save('먹다', '밥 먹었어?', 1000);
    await save('대박', '대박!', 1000);
    const backup = makeBackup(await db.entries.toArray(), 2000);
    // Since the backup: 먹다 was reviewed and seen again, 대박 deleted.
    const graded = await recordGrade(db, kept.id, 'easy', 3000);
    await save('먹다', '또 먹어?', 4000);
    await db.entries.where({ lang: 'ko', term: '대박' }).delete();
    // The other device: a new word, and a context of 먹다 this one lacks.
    const other = makeBackup(
      [
        entry({ term: '눈치', contexts: [context('눈치가 없네', 10)] }),
        {
          ...backup.entries[0]!,
          id: 0,
          contexts: [...backup.entries[0]!.contexts, context('먹고 싶다', 5)],
        },
      ],
      2000,
    );

    const parsed = parseBackup(
      backupJson({ ...backup, entries: [...backup.entries, ...other.entries] }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importEntries(db, parsed.entries)).toEqual({ added: 2, merged: 1, unchanged: 0 });

    const all = new Map((await db.entries.toArray()).map((e) => [e.term, e]));
    expect([...all.keys()].sort()).toEqual(['눈치', '대박', '먹다']);
    const meokda = all.get('먹다')!;
    expect(meokda.id).toBe(kept.id);
    expect(meokda.contexts.map((c) => c.line)).toEqual(['먹고 싶다', '밥 먹었어?', '또 먹어?']);
    // The review made after the backup wins over the backup's older schedule.
    expect(meokda.schedule).toEqual(graded);
    expect(all.get('대박')!.schedule).toEqual(newSchedule(1000));
  });

  it('changes nothing when the same backup is imported twice', async () => {
    await save('먹다', '밥 먹었어?', 1000);
    const parsed = parseBackup(backupJson(makeBackup(await db.entries.toArray(), 2000)));
    if (!parsed.ok) throw new Error(parsed.error);
    const before = await db.entries.toArray();
    expect(await importEntries(db, parsed.entries)).toEqual({ added: 0, merged: 0, unchanged: 1 });
    expect(await importEntries(db, parsed.entries)).toEqual({ added: 0, merged: 0, unchanged: 1 });
    expect(await db.entries.toArray()).toEqual(before);
  });

  it('takes a later schedule from the file', async () => {
    const { id } = await save('먹다', '밥 먹었어?', 1000);
    const [local] = await db.entries.toArray();
    const reviewed = grade(local!.schedule, 'good', 5000);
    expect(await importEntries(db, [portable({ ...local!, schedule: reviewed })])).toEqual({
      added: 0,
      merged: 1,
      unchanged: 0,
    });
    expect((await db.entries.get(id))!.schedule).toEqual(reviewed);
  });

  it('counts a term twice in one file once', async () => {
    const twice = [
      { ...incoming, contexts: [context('a', 1)] },
      { ...incoming, contexts: [context('b', 2)] },
    ];
    expect(await importEntries(db, twice)).toEqual({ added: 1, merged: 0, unchanged: 0 });
    const [only] = await db.entries.toArray();
    expect(only!.contexts.map((c) => c.line)).toEqual(['a', 'b']);
  });

  it('writes nothing when the import fails part way', async () => {
    await save('먹다', '밥 먹었어?', 1000);
    const before = await db.entries.toArray();
    // A second entry the database refuses (a key Dexie cannot index) aborts the transaction.
    const bad = { ...incoming, term: '눈치', lang: null as never };
    await expect(importEntries(db, [incoming, bad])).rejects.toThrow();
    expect(await db.entries.toArray()).toEqual(before);
  });
});
