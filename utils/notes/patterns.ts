import type { Note } from './schema';

/** What a note is matched by: its `match` patterns when given, else its headword and forms. */
export function notePatterns(note: Pick<Note, 'headword' | 'forms' | 'match'>): readonly string[] {
  return note.match ?? [note.headword, ...note.forms];
}
