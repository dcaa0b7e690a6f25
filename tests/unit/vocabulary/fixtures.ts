import type { VocabContext, VocabEntry } from '../../../utils/vocabulary/db';
import { newSchedule } from '../../../utils/vocabulary/schedule';

/** A context as a save stores it. */
export function context(line: string, savedAt: number, over: Partial<VocabContext> = {}) {
  return {
    line,
    title: 'Demo episode 1',
    site: 'demo',
    url: 'https://www.youtube.com/watch?v=abc&t=12s',
    startMs: 12_000,
    savedAt,
    ...over,
  } satisfies VocabContext;
}

/** A whole entry, as the database holds it. */
export function entry(over: Partial<VocabEntry> = {}): VocabEntry {
  return {
    id: 1,
    lang: 'ko',
    term: '눈이 높다',
    gloss: 'to have high standards',
    createdAt: 1000,
    updatedAt: 1000,
    contexts: [context('눈이 너무 높아서 큰일이야.', 1000)],
    schedule: newSchedule(1000),
    ...over,
  };
}
