import { PackFragmentSchema, type Language, type Note, type Pack } from './schema';

export class PackError extends Error {
  override name = 'PackError';
}

/**
 * Validates fragments of one language's pack and merges them. Throws PackError with every
 * problem listed (file, note id, field) so a bad pack never half-loads.
 */
export function mergePackFragments(
  language: Language,
  fragments: readonly { name: string; data: unknown }[],
): Pack {
  const problems: string[] = [];
  const notes: Note[] = [];
  for (const { name, data } of fragments) {
    const parsed = PackFragmentSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 20)) {
        problems.push(
          `${name}: ${noteLabel(data, issue.path)}${issue.path.join('.') || '(root)'}: ${issue.message}`,
        );
      }
      continue;
    }
    if (parsed.data.language !== language) {
      problems.push(`${name}: language is "${parsed.data.language}", expected "${language}"`);
      continue;
    }
    notes.push(...parsed.data.notes);
  }
  problems.push(...duplicateProblems(notes));
  if (problems.length) throw new PackError(`Invalid ${language} pack:\n  ${problems.join('\n  ')}`);
  notes.sort((a, b) => a.id.localeCompare(b.id));
  return { language, notes };
}

/** "ko.nuni-nopda: " for a problem inside a note that has a readable id, else nothing. */
function noteLabel(data: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'notes' || typeof path[1] !== 'number') return '';
  const notes = (data as { notes?: unknown }).notes;
  const note: unknown = Array.isArray(notes) ? notes[path[1]] : undefined;
  const id = note && typeof note === 'object' ? (note as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `${id}: ` : '';
}

/** Parses an already merged pack (what the extension ships as packs/<lang>.json). */
export function parsePack(language: Language, data: unknown): Pack {
  return mergePackFragments(language, [{ name: `packs/${language}.json`, data }]);
}

/** Ids must be unique, and no two notes may claim the same headword or form. */
function duplicateProblems(notes: readonly Note[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  for (const note of notes) {
    if (ids.has(note.id)) problems.push(`duplicate note id ${note.id}`);
    ids.add(note.id);
    for (const form of new Set([note.headword, ...note.forms])) {
      const key = form.normalize('NFC').replace(/\s+/g, '');
      const owner = owners.get(key);
      if (owner && owner !== note.id)
        problems.push(`${note.id}: form "${form}" is also in ${owner}`);
      else owners.set(key, note.id);
    }
  }
  return problems;
}
