import type { VocabContext, VocabEntry } from './db';
import type { Schedule } from './schedule';

/** An entry as it travels between databases: everything but the local id. */
export type PortableEntry = Omit<VocabEntry, 'id'>;

/** The entry without its local id. */
export function portable({ id: _id, ...entry }: VocabEntry): PortableEntry {
  return entry;
}

/** Two contexts are the same save when everything but the time of saving agrees. */
export function sameContext(a: VocabContext, b: VocabContext): boolean {
  return (
    a.line === b.line &&
    a.prev === b.prev &&
    a.next === b.next &&
    a.title === b.title &&
    a.site === b.site &&
    a.url === b.url &&
    a.startMs === b.startMs &&
    a.endMs === b.endMs
  );
}

/** The contexts of both, each save once, oldest first. */
export function mergeContexts(
  ours: readonly VocabContext[],
  theirs: readonly VocabContext[],
): VocabContext[] {
  const out = [...ours];
  for (const c of theirs) if (!out.some((k) => sameContext(k, c))) out.push(c);
  return out.sort((a, b) => a.savedAt - b.savedAt);
}

/**
 * The schedule of the later review: it knows what the other one knew and more. A card never
 * reviewed counts as earliest; on a tie ours stays, so merging a file twice changes nothing.
 */
export function laterSchedule(ours: Schedule, theirs: Schedule): Schedule {
  return (theirs.reviewedAt ?? -Infinity) > (ours.reviewedAt ?? -Infinity) ? theirs : ours;
}

/**
 * One entry out of two of the same language and term: contexts of both without duplicates, the
 * later schedule, the fields ours has and the ones only theirs has, the earliest creation and the
 * latest save. `changed` says whether the result differs from ours.
 */
export function mergeEntry<T extends PortableEntry>(
  ours: T,
  theirs: PortableEntry,
): { entry: T; changed: boolean } {
  const contexts = mergeContexts(ours.contexts, theirs.contexts);
  const schedule = laterSchedule(ours.schedule, theirs.schedule);
  const fields = (['surface', 'lemma', 'reading', 'gloss', 'noteId'] as const).filter(
    (k) => ours[k] === undefined && theirs[k] !== undefined,
  );
  const entry: T = {
    ...ours,
    ...Object.fromEntries(fields.map((k) => [k, theirs[k]])),
    contexts,
    schedule,
    createdAt: Math.min(ours.createdAt, theirs.createdAt),
    updatedAt: Math.max(ours.updatedAt, theirs.updatedAt),
  };
  const changed =
    contexts.length !== ours.contexts.length ||
    schedule !== ours.schedule ||
    fields.length > 0 ||
    entry.createdAt !== ours.createdAt ||
    entry.updatedAt !== ours.updatedAt;
  return { entry, changed };
}
