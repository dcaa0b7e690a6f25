import { NoteSchema, type Note, type NoteInput } from '../../utils/notes/schema';

/**
 * A schema-valid note for tests; only the fields a test cares about need to be given. The
 * example defaults to the headword so engine tests need not invent a line.
 */
export function testNote(fields: Partial<NoteInput> & Pick<NoteInput, 'id' | 'headword'>): Note {
  return NoteSchema.parse({
    category: 'idiom',
    reading: 'reading',
    literal: 'literal sense',
    meaning: 'real meaning',
    culture: 'cultural background',
    lost: 'what a subtitle loses',
    usage: 'who says it',
    example: { text: fields.headword, translation: 'example translation' },
    level: 'intermediate',
    sources: ['Nunchi editors: usage in dialogue'],
    ...fields,
  });
}

/** Builds `note(slug, headword, extra)` for one language's engine tests: id `<lang>.<slug>`. */
export function noteMaker(lang: 'zh' | 'ja') {
  return (
    slug: string,
    headword: string,
    extra: Pick<Partial<NoteInput>, 'forms' | 'match' | 'context' | 'category'> = {},
  ): Note => testNote({ id: `${lang}.${slug}`, headword, ...extra });
}
