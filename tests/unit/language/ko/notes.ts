import { NoteSchema, type Note, type NoteInput } from '../../../../utils/notes/schema';

let counter = 0;

/** A schema-valid note for matcher tests; only id, headword and pattern fields vary. */
export function note(headword: string, extra: Partial<NoteInput> = {}): Note {
  counter++;
  return NoteSchema.parse({
    id: `ko.test-${counter}`,
    headword,
    category: 'idiom',
    reading: 'test',
    literal: 'test',
    meaning: 'test',
    culture: 'test',
    lost: 'test',
    usage: 'test',
    example: { text: headword, translation: 'test' },
    level: 'beginner',
    sources: ['Nunchi editors: usage in dialogue'],
    ...extra,
  });
}
