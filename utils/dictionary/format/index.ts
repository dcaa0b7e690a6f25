import { z } from 'zod';
import { LanguageSchema } from '../../notes/schema';

/**
 * The dictionary file format Nunchi ships in `public/dict/<lang>.jsonl.gz` and imports into
 * IndexedDB: gzip'd JSON Lines, a header line then one entry per line. Line-oriented so the
 * importer can stream, validate and report progress, and so a bad line names its number.
 */
export const DictHeaderSchema = z
  .object({
    format: z.literal('nunchi-dict'),
    version: z.literal(1),
    lang: LanguageSchema,
    /** Human-readable source and version, e.g. "CC-CEDICT 2019-05-27". */
    source: z.string().min(1),
    licence: z.string().min(1),
    attribution: z.string().min(1),
    entries: z.number().int().positive(),
  })
  .strict();
export type DictHeader = z.infer<typeof DictHeaderSchema>;

export const DictLineSchema = z
  .object({
    /** Headword: dictionary form (simplified for zh, kanji spelling for ja when it has one). */
    h: z.string().min(1).max(64),
    /** Other written forms: traditional characters, kana/kanji variants. */
    v: z.array(z.string().min(1).max(64)).optional(),
    /** Reading: Revised Romanization (ko), numbered pinyin converted to marks (zh), kana (ja). */
    r: z.string().max(200),
    /** Senses: part-of-speech tags and glosses. */
    s: z
      .array(
        z
          .object({ p: z.array(z.string().max(40)), g: z.array(z.string().min(1).max(500)).min(1) })
          .strict(),
      )
      .min(1),
    /** Tags such as a difficulty level ("A".."D") or "common". */
    t: z.array(z.string().max(40)).optional(),
  })
  .strict();
export type DictLine = z.infer<typeof DictLineSchema>;

export class DictFormatError extends Error {
  override name = 'DictFormatError';
}

/** Parses the header line; throws DictFormatError with a readable reason. */
export function parseDictHeader(line: string): DictHeader {
  const result = DictHeaderSchema.safeParse(safeJson(line, 1));
  if (!result.success) throw new DictFormatError(`line 1: not a Nunchi dictionary header`);
  return result.data;
}

/** Parses one entry line; `lineNo` is 1-based and appears in the error. */
export function parseDictLine(line: string, lineNo: number): DictLine {
  const result = DictLineSchema.safeParse(safeJson(line, lineNo));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DictFormatError(
      `line ${lineNo}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    );
  }
  return result.data;
}

function safeJson(line: string, lineNo: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new DictFormatError(`line ${lineNo}: not valid JSON`);
  }
}

/** Serialises a dictionary for the converter scripts. */
export function formatDict(header: DictHeader, lines: readonly DictLine[]): string {
  return [JSON.stringify(header), ...lines.map((l) => JSON.stringify(l))].join('\n') + '\n';
}
