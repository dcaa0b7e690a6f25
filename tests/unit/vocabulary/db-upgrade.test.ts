import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openVocabDb } from '../../../utils/vocabulary/db';
import { newSchedule } from '../../../utils/vocabulary/schedule';

const NAME = 'vocab-upgrade-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** What a version-1 database held: entries without a schedule. */
const v1Entry = (term: string) => ({
  lang: 'ko',
  term,
  gloss: 'g',
  createdAt: 100,
  updatedAt: 200,
  contexts: [{ line: `${term}!`, title: 'T', site: 's', url: 'https://a.test/', savedAt: 100 }],
});

describe('vocabulary database, version 1 → 2', () => {
  it('gives every existing entry a schedule due at the moment of the upgrade', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores({ entries: '++id, &[lang+term], updatedAt' });
    await old.table('entries').bulkAdd([v1Entry('먹다'), v1Entry('대박')]);
    old.close();

    const db = openVocabDb(NAME, () => 5_000);
    const entries = await db.entries.orderBy('id').toArray();
    expect(entries.map((e) => [e.term, e.schedule])).toEqual([
      ['먹다', newSchedule(5_000)],
      ['대박', newSchedule(5_000)],
    ]);
    // Everything else is as it was, ids included.
    expect(entries[0]).toMatchObject({ id: 1, ...v1Entry('먹다') });
    // The new index answers.
    expect(await db.entries.where('schedule.due').belowOrEqual(5_000).count()).toBe(2);
    db.close();
  });

  it('opens a fresh database at version 2', async () => {
    const db = openVocabDb(NAME);
    await db.open();
    expect(db.verno).toBe(2);
    db.close();
  });
});
