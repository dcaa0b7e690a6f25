/**
 * Scores the note packs against the development sets in tests/fixtures/eval, the same way the
 * project's hidden set is scored, so coverage and false alarms can be measured before it is:
 *
 *   npm run --silent eval -- [--set v2] [--lang ko] [--misses]
 *
 * --set picks the development set: v1 (the default) is tests/fixtures/eval/<lang>.jsonl, a later
 * set vN is tests/fixtures/eval/vN/<lang>.jsonl (see the README beside each).
 * Prints one JSON object per language: recall of gold headwords, notes on plain lines and
 * notes on expression lines that answer no gold headword. With --misses, each miss, false note
 * and extra note follows its language's line as `miss|false|extra <TAB> lang <TAB> line <TAB> what`.
 * Exit codes: 0 ok, 2 bad usage or an unreadable set, 1 anything unexpected.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../utils/notes/schema';

export const EVAL_DIR = path.resolve(import.meta.dirname, '../tests/fixtures/eval');

export const USAGE = `Usage: npm run --silent eval -- [--set <v1|v2|...>] [--lang <${LANGUAGES.join('|')}>] [--misses]
Scores the annotator on tests/fixtures/eval/<lang>.jsonl (--set v1, the default) or on
tests/fixtures/eval/<set>/<lang>.jsonl; all languages when --lang is omitted.`;

const SET_NAME = /^v[1-9][0-9]*$/;

/**
 * The folder of a development set. The first set predates the others and sits at the top of
 * EVAL_DIR; each later one has its own folder, so sets written blind stay apart from tuned ones.
 */
export function setDir(set: string): string {
  return set === 'v1' ? EVAL_DIR : path.join(EVAL_DIR, set);
}

const GoldLineSchema = z.object({ text: z.string(), expect: z.array(z.string().min(1)) });
export type GoldLine = z.infer<typeof GoldLineSchema>;

/** What the scorer needs of a note mark: the names a gold headword may match. */
export interface ScoredNote {
  id: string;
  headword: string;
  aliases: readonly string[];
}

export interface Finding {
  kind: 'miss' | 'false' | 'extra';
  text: string;
  /** The gold headword (with its `|` alternatives) for a miss; the note otherwise. */
  gold?: string;
  note?: ScoredNote;
}

export interface Score {
  recall: number;
  hit: number;
  want: number;
  plainLines: number;
  falseNotesOnPlainLines: number;
  extraNotesOnIdiomLines: number;
  linesOut: number;
  linesIn: number;
}

/**
 * Name normalisation of the project's scorer, kept character for character: NFC, drop
 * whitespace and the listed ASCII/CJK punctuation, lower-case. Anything else (hyphens, quotes,
 * `〜`, `·`) still counts, so a headword written with it must be matched with it.
 */
export function normaliseName(name: string): string {
  return String(name)
    .normalize('NFC')
    .replace(/[\s.,!?。、，！？…~]/g, '')
    .toLowerCase();
}

/**
 * Scores notes per line against gold lines exactly as the project's scorer does, quirks
 * included: each gold headword takes the first note whose names match, even one an earlier
 * gold headword already took, and every other note on an expression line counts as extra.
 */
export function scoreLines(
  gold: readonly GoldLine[],
  notesPerLine: readonly (readonly ScoredNote[])[],
): { score: Score; findings: Finding[] } {
  let want = 0;
  let hit = 0;
  let plain = 0;
  let falseNotes = 0;
  let extra = 0;
  const findings: Finding[] = [];
  gold.forEach((g, i) => {
    const notes = notesPerLine[i] ?? [];
    const names = notes.map((n) => new Set([n.headword, ...n.aliases].map(normaliseName)));
    if (g.expect.length === 0) {
      plain++;
      falseNotes += notes.length;
      for (const note of notes) findings.push({ kind: 'false', text: g.text, note });
      return;
    }
    const used = new Set<number>();
    for (const alt of g.expect) {
      want++;
      const alts = alt.split('|').map(normaliseName);
      const j = names.findIndex((set) => alts.some((a) => set.has(a)));
      if (j >= 0) {
        hit++;
        used.add(j);
      } else {
        findings.push({ kind: 'miss', text: g.text, gold: alt });
      }
    }
    extra += notes.length - used.size;
    notes.forEach((note, j) => {
      if (!used.has(j)) findings.push({ kind: 'extra', text: g.text, note });
    });
  });
  const recall = want ? hit / want : 0;
  return {
    score: {
      recall: +recall.toFixed(3),
      hit,
      want,
      plainLines: plain,
      falseNotesOnPlainLines: falseNotes,
      extraNotesOnIdiomLines: extra,
      linesOut: notesPerLine.length,
      linesIn: gold.length,
    },
    findings,
  };
}

/** Parses a jsonl gold set; a broken line is an error naming its line number. */
export function parseGold(jsonl: string, name: string): GoldLine[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, number }) => {
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch {
        throw new Error(`${name}:${number}: not JSON`);
      }
      const parsed = GoldLineSchema.safeParse(data);
      if (!parsed.success) throw new Error(`${name}:${number}: needs {"text", "expect": [...]}`);
      return parsed.data;
    });
}

export function formatFinding(lang: Language, f: Finding): string {
  const what = f.note ? `${f.note.headword} (${f.note.id})` : f.gold!;
  return `${f.kind}\t${lang}\t${f.text}\t${what}`;
}

export interface EvalOptions {
  languages: readonly Language[];
  misses: boolean;
  set: string;
}

export function parseEvalArgs(argv: readonly string[]): EvalOptions | 'help' {
  const languages: Language[] = [];
  let misses = false;
  let set = 'v1';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--misses') {
      misses = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name !== '--lang' && name !== '--set') throw new Error(`Unknown argument ${arg}`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (name === '--set') {
      if (value === undefined || !SET_NAME.test(value)) throw new Error('--set needs v1, v2, ...');
      set = value;
      continue;
    }
    if (value === undefined || !(LANGUAGES as readonly string[]).includes(value)) {
      throw new Error(`--lang needs one of ${LANGUAGES.join(', ')}`);
    }
    languages.push(value as Language);
  }
  return { languages: languages.length ? languages : LANGUAGES, misses, set };
}

async function evalLanguage(lang: Language, set: string, misses: boolean): Promise<string[]> {
  const file = path.join(setDir(set), `${lang}.jsonl`);
  const gold = parseGold(await readFile(file, 'utf8'), path.relative(process.cwd(), file));
  // Same wiring as scripts/annotate.ts, so the figures are what the CLI and the extension show.
  const [{ loadEngine }, { readPack }, { createAnnotator }] = await Promise.all([
    import('../utils/language/registry'),
    import('./lib/pack-assets'),
    import('../utils/notes/annotate'),
  ]);
  const [engine, pack] = await Promise.all([loadEngine(lang), readPack(lang)]);
  const annotator = createAnnotator(engine, pack.notes);
  const notesPerLine = gold.map((g) =>
    annotator
      .annotate(g.text)
      .map(({ note }) => ({ id: note.id, headword: note.headword, aliases: note.forms })),
  );
  const { score, findings } = scoreLines(gold, notesPerLine);
  const out = [JSON.stringify({ lang, ...score })];
  if (misses) out.push(...findings.map((f) => formatFinding(lang, f)));
  return out;
}

export async function main(argv: readonly string[]): Promise<number> {
  let options: EvalOptions | 'help';
  try {
    options = parseEvalArgs(argv);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  for (const lang of options.languages) {
    let lines: string[];
    try {
      lines = await evalLanguage(lang, options.set, options.misses);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message = (error as Error).message;
      if (code === 'ENOENT' || /^\S+:\d+: /.test(message)) {
        process.stderr.write(
          `eval: ${code === 'ENOENT' ? `no ${options.set} set for ${lang}` : message}\n`,
        );
        return 2;
      }
      throw error;
    }
    process.stdout.write(lines.map((l) => `${l}\n`).join(''));
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`eval: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  }
}
