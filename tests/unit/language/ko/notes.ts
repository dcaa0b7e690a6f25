import type { Note, NoteInput } from '../../../../utils/notes/schema';
import { testNote } from '../../note-fixture';

let counter = 0;

/** A schema-valid note for matcher tests; only id, headword and pattern fields vary. */
export function note(headword: string, extra: Partial<NoteInput> = {}): Note {
  counter++;
  return testNote({ id: `ko.test-${counter}`, headword, ...extra });
}
