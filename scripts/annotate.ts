/**
 * Annotates subtitle lines with the extension's own engine and note packs, one JSON object per
 * cue per line, so packs and parsers can be checked from a shell:
 *
 *   npm run --silent annotate -- --lang ko [--categories idiom,food] [FILE]
 *
 * FILE is a subtitle file (.srt .vtt .ass .ttml .json …) or plain text with one line per cue;
 * stdin is read when FILE is omitted or `-`. Exit codes: 0 ok, 2 bad usage or unreadable input,
 * 1 anything unexpected.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Cue } from '../utils/subtitles/cue';
import { decodeBytes } from '../utils/subtitles/decode';
import {
  SubtitleParseError,
  SUBTITLE_EXTENSIONS,
  extensionOf,
  parsePlainText,
  parseSubtitles,
} from '../utils/subtitles';
import type { NoteMark } from '../utils/notes/annotate';
import { CATEGORIES, LANGUAGES, type Category, type Language } from '../utils/notes/schema';

export const USAGE = `Usage: npm run --silent annotate -- --lang <${LANGUAGES.join('|')}> [--categories a,b] [FILE]
Prints one JSON object per cue: {"text","startMs","endMs","notes":[{"id","headword","aliases","category","start","end"}]}.
FILE may be .srt, .vtt, .ass/.ssa, .ttml/.dfxp, YouTube or Bilibili .json, or plain text (one cue per line).
Reads stdin when FILE is omitted or "-".`;

/** A problem with how the CLI was called or what it was given; exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';

  constructor(
    message: string,
    /** Whether the usage text helps (a bad option does; a missing file does not). */
    readonly showUsage = true,
  ) {
    super(message);
  }
}

export interface CliOptions {
  lang: Language;
  categories?: ReadonlySet<Category>;
  /** Path to read, or undefined for stdin. */
  file?: string;
  help: boolean;
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let lang: string | undefined;
  let categories: string | undefined;
  const files: string[] = [];
  let help = false;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name !== '--lang' && name !== '--categories') {
      throw new UsageError(`Unknown option ${arg}`);
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq === -1 && value.startsWith('--'))) {
      throw new UsageError(`${name} needs a value`);
    }
    if (name === '--lang') lang = value;
    else categories = value;
  }
  if (help) return { lang: 'ko', help, file: undefined };
  if (lang === undefined) throw new UsageError('--lang is required');
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    throw new UsageError(`Unknown language "${lang}"; use one of ${LANGUAGES.join(', ')}`);
  }
  if (files.length > 1) throw new UsageError(`Give at most one FILE (got ${files.length})`);
  const file = files[0] === '-' ? undefined : files[0];
  return {
    lang: lang as Language,
    categories: categories === undefined ? undefined : parseCategories(categories),
    file,
    help,
  };
}

function parseCategories(list: string): ReadonlySet<Category> {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError('--categories needs at least one category');
  for (const name of names) {
    if (!(CATEGORIES as readonly string[]).includes(name)) {
      throw new UsageError(`Unknown category "${name}"; use any of ${CATEGORIES.join(', ')}`);
    }
  }
  return new Set(names as Category[]);
}

/**
 * Cues from the input. Anything that looks like a subtitle file goes through parseSubtitles
 * and its errors stand: a `.vtt` with a bad signature or a file of broken timing lines must
 * fail rather than come out as "plain text" whose lines are timestamps. Plain text is the
 * fallback only for input that no parser claims and that has no subtitle extension, no arrows
 * and no binary content.
 */
export function readCues(bytes: Uint8Array, filename?: string): Cue[] {
  try {
    return parseSubtitles(bytes, { filename }).cues;
  } catch (error) {
    if (!(error instanceof SubtitleParseError) || error.kind !== 'not-subtitles') throw error;
    const { text } = decodeBytes(bytes);
    const named = filename !== undefined && SUBTITLE_EXTENSIONS.has(extensionOf(filename));
    if (named || text.includes('-->') || text.includes('\0')) throw error;
    return parsePlainText(text);
  }
}

export interface CueRecord {
  text: string;
  startMs?: number;
  endMs?: number;
  notes: {
    id: string;
    headword: string;
    aliases: string[];
    category: Category;
    start: number;
    end: number;
  }[];
}

/** The printed shape of one cue: offsets are UTF-16 indices into `text`. */
export function toRecord(cue: Cue, marks: readonly NoteMark[]): CueRecord {
  return {
    text: cue.text,
    ...(cue.startMs === undefined ? {} : { startMs: cue.startMs }),
    ...(cue.endMs === undefined ? {} : { endMs: cue.endMs }),
    notes: marks.map(({ note, start, end }) => ({
      id: note.id,
      headword: note.headword,
      aliases: note.forms,
      category: note.category,
      start,
      end,
    })),
  };
}

async function readInput(file: string | undefined): Promise<Uint8Array> {
  if (file === undefined) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    throw new UsageError(`Cannot read ${file}: ${reason}`, false);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const bytes = await readInput(options.file);
    const cues = readCues(bytes, options.file);
    if (cues.length === 0) return 0;
    // Loaded only when there is something to annotate: empty and rejected files stay fast.
    const [{ loadEngine }, { readPack }, { createAnnotator }] = await Promise.all([
      import('../utils/language/registry'),
      import('./lib/pack-assets'),
      import('../utils/notes/annotate'),
    ]);
    const [engine, pack] = await Promise.all([loadEngine(options.lang), readPack(options.lang)]);
    const annotator = createAnnotator(engine, pack.notes);
    const out = cues.map((cue) => {
      const marks = annotator.annotate(cue.text, { categories: options.categories });
      return `${JSON.stringify(toRecord(cue, marks))}\n`;
    });
    process.stdout.write(out.join(''));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof SubtitleParseError) {
      const hint = error instanceof UsageError && error.showUsage ? `\n${USAGE}` : '';
      process.stderr.write(`annotate: ${error.message}${hint}\n`);
      return 2;
    }
    process.stderr.write(`annotate: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
