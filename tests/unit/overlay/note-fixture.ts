import { NoteSchema, type Note, type NoteInput } from '../../../utils/notes/schema';

/** A schema-valid note for tests; only the fields a test cares about need to be given. */
export function testNote(fields: Partial<NoteInput> & Pick<NoteInput, 'id' | 'headword'>): Note {
  return NoteSchema.parse({
    category: 'idiom',
    reading: 'reading',
    literal: 'literal sense',
    meaning: 'real meaning',
    culture: 'cultural background',
    lost: 'what a subtitle loses',
    usage: 'who says it',
    example: { text: 'example line', translation: 'example translation' },
    level: 'intermediate',
    sources: ['Nunchi editors: usage in dialogue'],
    ...fields,
  });
}
