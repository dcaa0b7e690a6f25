import type { LanguageEngine } from '../../utils/language/types';
import type { LineMark, NoteView, ReplyOf, RequestOf } from '../../utils/messaging/protocol';
import { createAnnotator, type Annotator } from '../../utils/notes/annotate';
import {
  LANGUAGES,
  type Category,
  type Language,
  type Note,
  type Pack,
} from '../../utils/notes/schema';
import { guessLanguage, languageOfTag } from '../../utils/overlay/language';

export interface AnnotationDeps {
  pack: (lang: Language) => Promise<Pack>;
  engine: (lang: Language) => Promise<LanguageEngine>;
}

interface Prepared {
  annotator: Annotator;
  size: number;
}

export type AnnotationService = ReturnType<typeof createAnnotationService>;

/**
 * Subtitle lines analysed in the background, so content scripts carry no engine, pack or note
 * schema (their bundle has a 200 KB budget; the engines and tables alone are several times
 * that). One annotator per language, built once from its pack; the category filter is a
 * per-request option of the same annotator, so changing categories rebuilds nothing.
 */
export function createAnnotationService(deps: AnnotationDeps) {
  const prepared = new Map<Language, Promise<Prepared>>();

  const prepare = (lang: Language): Promise<Prepared> => {
    let ready = prepared.get(lang);
    if (!ready) {
      ready = Promise.all([deps.engine(lang), deps.pack(lang)]).then(([engine, pack]) => ({
        annotator: createAnnotator(engine, pack.notes),
        size: pack.notes.length,
      }));
      // A failed load (missing pack, broken engine) is tried again on the next request.
      ready.catch(() => prepared.delete(lang));
      prepared.set(lang, ready);
    }
    return ready;
  };

  return {
    async annotate({
      lang,
      lines,
      categories,
    }: RequestOf<'lines.annotate'>): Promise<ReplyOf<'lines.annotate'>> {
      const { annotator, size } = await prepare(lang);
      const options = categories ? { categories: new Set<Category>(categories) } : {};
      const notes = new Map<string, NoteView>();
      const marks = lines.map((line) =>
        annotator.annotate(line, options).map(({ start, end, note }): LineMark => {
          if (!notes.has(note.id)) notes.set(note.id, toNoteView(note));
          return { start, end, noteId: note.id };
        }),
      );
      return { packNotes: size, marks, notes: [...notes.values()] };
    },

    async detect({
      sample,
      langTag,
      langs,
    }: RequestOf<'lines.detect'>): Promise<ReplyOf<'lines.detect'>> {
      const tagged = languageOfTag(langTag);
      if (tagged) return { lang: tagged };
      const candidates = langs ?? LANGUAGES;
      const scorers: Partial<Record<Language, (text: string) => number>> = {};
      await Promise.all(
        candidates.map(async (lang) => {
          // An engine that fails to load simply does not compete.
          const engine = await deps.engine(lang).catch(() => null);
          if (engine) scorers[lang] = (text) => engine.scriptScore(text);
        }),
      );
      return { lang: guessLanguage(sample, scorers) };
    },

    /** Headwords by note id; null for an id no shipped pack has (or whose pack failed). */
    async headwords({ ids }: RequestOf<'notes.headwords'>): Promise<ReplyOf<'notes.headwords'>> {
      const headwords = await Promise.all(
        ids.map(async (id) => {
          const lang = LANGUAGES.find((l) => id.startsWith(`${l}.`));
          const pack = lang ? await deps.pack(lang).catch(() => null) : null;
          return { id, headword: pack?.notes.find((n) => n.id === id)?.headword ?? null };
        }),
      );
      return { headwords };
    },
  };
}

/** A note as the overlay shows it: its matching rules stay here with the engine. */
function toNoteView(note: Note): NoteView {
  return {
    id: note.id,
    headword: note.headword,
    forms: note.forms,
    category: note.category,
    reading: note.reading,
    literal: note.literal,
    meaning: note.meaning,
    culture: note.culture,
    lost: note.lost,
    usage: note.usage,
    example: note.example,
    level: note.level,
    sources: note.sources,
    related: note.related,
    equivalents: note.equivalents,
    pitfall: note.pitfall,
  };
}
