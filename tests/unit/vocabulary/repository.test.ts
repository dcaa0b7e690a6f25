import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openVocabDb, type VocabDb } from '../../../utils/vocabulary/db';
import {
  listEntries,
  recordGrade,
  removeEntry,
  restoreEntry,
  saveTerm,
} from '../../../utils/vocabulary/repository';
import type { SaveRequest } from '../../../utils/messaging/protocol';
import { DAY_MS, newSchedule } from '../../../utils/vocabulary/schedule';

let db: VocabDb;
let n = 0;

beforeEach(() => {
  db = openVocabDb(`vocab-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

function request(
  overrides: Partial<SaveRequest> = {},
  line = '눈이 너무 높아서 큰일이야.',
): SaveRequest {
  return {
    lang: 'ko',
    term: '눈이 높다',
    noteId: 'ko.nun-i-nopda',
    gloss: 'to have high standards',
    context: {
      line,
      prev: '또 차였어?',
      title: 'Demo episode 1',
      site: 'demo',
      url: 'https://www.youtube.com/watch?v=abc&t=12s',
      startMs: 12000,
      endMs: 14500,
    },
    ...overrides,
  };
}

describe('saveTerm', () => {
  it('creates an entry with its first context', async () => {
    const result = await saveTerm(db, request(), 1000);
    expect(result.outcome).toBe('created');
    const entry = await db.entries.get(result.id);
    expect(entry).toMatchObject({
      lang: 'ko',
      term: '눈이 높다',
      noteId: 'ko.nun-i-nopda',
      createdAt: 1000,
      updatedAt: 1000,
    });
    expect(entry?.contexts).toEqual([{ ...request().context, savedAt: 1000 }]);
    expect(entry?.schedule).toEqual(newSchedule(1000));
  });

  it('keeps the review schedule when the term is saved again', async () => {
    const { id } = await saveTerm(db, request(), 1000);
    const graded = await recordGrade(db, id, 'good', 2000);
    expect(graded).toMatchObject({ interval: 2, due: 2000 + 2 * DAY_MS, reps: 1 });
    await saveTerm(db, request({}, 'a new line'), 3000);
    const entry = await db.entries.get(id);
    expect(entry?.contexts).toHaveLength(2);
    expect(entry?.schedule).toEqual(graded);
  });

  it('adds a new context to an existing term instead of duplicating it', async () => {
    const first = await saveTerm(db, request(), 1000);
    const second = await saveTerm(db, request({}, '걔는 눈이 정말 높으시네요.'), 2000);
    expect(second).toEqual({ id: first.id, outcome: 'context-added' });
    expect(await db.entries.count()).toBe(1);
    const entry = await db.entries.get(first.id);
    expect(entry?.contexts.map((c) => c.line)).toEqual([
      '눈이 너무 높아서 큰일이야.',
      '걔는 눈이 정말 높으시네요.',
    ]);
    expect(entry?.createdAt).toBe(1000);
    expect(entry?.updatedAt).toBe(2000);
  });

  it('reports an identical context as unchanged', async () => {
    const first = await saveTerm(db, request(), 1000);
    const again = await saveTerm(db, request(), 5000);
    expect(again).toEqual({ id: first.id, outcome: 'unchanged' });
    const entry = await db.entries.get(first.id);
    expect(entry?.contexts).toHaveLength(1);
    expect(entry?.updatedAt).toBe(1000);
  });

  it('treats composed and decomposed spellings as one term', async () => {
    await saveTerm(db, request({ term: '먹다' }), 1);
    const decomposed = '먹다'.normalize('NFD');
    const second = await saveTerm(db, request({ term: ` ${decomposed} ` }, 'other line'), 2);
    expect(second.outcome).toBe('context-added');
    expect(await db.entries.count()).toBe(1);
  });

  it('keeps the same term in different languages apart', async () => {
    await saveTerm(db, request({ term: '人' }), 1);
    await saveTerm(db, request({ term: '人', lang: 'ja' }), 2);
    expect(await db.entries.count()).toBe(2);
  });

  it('fills fields the entry lacked but keeps the ones it had', async () => {
    const first = await saveTerm(
      db,
      request({ term: '먹다', gloss: undefined, noteId: undefined }),
      1,
    );
    await saveTerm(db, request({ term: '먹다', gloss: 'to eat', reading: 'meokda' }, 'line 2'), 2);
    await saveTerm(db, request({ term: '먹다', gloss: 'something else' }, 'line 3'), 3);
    const entry = await db.entries.get(first.id);
    expect(entry?.gloss).toBe('to eat');
    expect(entry?.reading).toBe('meokda');
  });
});

describe('removeEntry / restoreEntry', () => {
  it('restores exactly the deleted entry, id included', async () => {
    const { id } = await saveTerm(db, request(), 1000);
    await saveTerm(db, request({}, 'second line'), 2000);
    const before = await db.entries.get(id);
    const removed = await removeEntry(db, id);
    expect(removed).toEqual(before);
    expect(await db.entries.count()).toBe(0);
    await restoreEntry(db, removed!);
    expect(await db.entries.get(id)).toEqual(before);
  });

  it('returns undefined for an id that is not there', async () => {
    expect(await removeEntry(db, 999)).toBeUndefined();
  });

  it('merges with a twin saved while the entry was deleted', async () => {
    const { id } = await saveTerm(db, request(), 1000);
    const removed = await removeEntry(db, id);
    await saveTerm(db, request({}, 'saved after delete'), 3000);
    await restoreEntry(db, removed!);
    const all = await db.entries.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]!.id).toBe(id);
    expect(all[0]!.contexts.map((c) => c.line)).toEqual([
      '눈이 너무 높아서 큰일이야.',
      'saved after delete',
    ]);
    expect(all[0]!.updatedAt).toBe(3000);
  });

  it('keeps the later schedule of the two when merging with a twin', async () => {
    const { id } = await saveTerm(db, request(), 1000);
    await recordGrade(db, id, 'easy', 2000);
    const removed = await removeEntry(db, id);
    await saveTerm(db, request({}, 'saved after delete'), 3000);
    await restoreEntry(db, removed!);
    const [entry] = await db.entries.toArray();
    expect(entry!.schedule).toEqual(removed!.schedule);
  });
});

describe('recordGrade', () => {
  it('stores the graded schedule and leaves the rest of the entry alone', async () => {
    const { id } = await saveTerm(db, request(), 1000);
    const before = await db.entries.get(id);
    await recordGrade(db, id, 'again', 5000);
    const after = await db.entries.get(id);
    expect(after?.schedule).toMatchObject({
      interval: 0,
      due: 5000 + 10 * 60_000,
      reviewedAt: 5000,
    });
    expect({ ...after, schedule: null }).toEqual({ ...before, schedule: null });
  });

  it('returns undefined for an entry deleted meanwhile', async () => {
    expect(await recordGrade(db, 42, 'good', 1)).toBeUndefined();
  });
});

describe('listEntries', () => {
  beforeEach(async () => {
    await saveTerm(db, request(), 1000);
    await saveTerm(
      db,
      request({ term: '먹다', gloss: 'to eat', lemma: '먹다', noteId: undefined }, '밥 먹었어?'),
      2000,
    );
    await saveTerm(
      db,
      request(
        { lang: 'zh', term: '吃醋', gloss: 'to be jealous', noteId: undefined },
        '你是不是吃醋了？',
      ),
      3000,
    );
  });

  it('lists newest first by last save', async () => {
    expect((await listEntries(db)).map((e) => e.term)).toEqual(['吃醋', '먹다', '눈이 높다']);
    await saveTerm(db, request({}, 'a newer line'), 4000);
    expect((await listEntries(db)).map((e) => e.term)).toEqual(['눈이 높다', '吃醋', '먹다']);
  });

  it.each([
    ['term', '吃醋', ['吃醋']],
    ['gloss, any case', 'EAT', ['먹다']],
    ['saved line', '밥', ['먹다']],
    ['text that several glosses share', 'to ', ['吃醋', '먹다', '눈이 높다']],
    ['nothing', 'zzz', []],
    ['blank query', '   ', ['吃醋', '먹다', '눈이 높다']],
  ])('searches by %s', async (_what, query, expected) => {
    expect((await listEntries(db, query)).map((e) => e.term)).toEqual(expected);
  });

  it('filters by language', async () => {
    expect((await listEntries(db, '', 'zh')).map((e) => e.term)).toEqual(['吃醋']);
  });
});
