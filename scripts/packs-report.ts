/**
 * Summarises the note packs after validating them:
 *
 *   npm run --silent packs:report [-- --json]
 *
 * Prints notes per language and category, pitfall notes, cross-language links per language pair,
 * notes with context rules, and how many notes cite a dictionary or reference versus the editors.
 * `--json` prints the same as one JSON object. Exit codes: 0 ok, 1 a pack or a link is invalid,
 * 2 bad usage.
 */
import { pathToFileURL } from 'node:url';
import { PackError } from '../utils/notes/pack';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  LANGUAGES,
  type Category,
  type Language,
  type Note,
  type Pack,
} from '../utils/notes/schema';
import { readPack } from './lib/pack-assets';

const USAGE = 'Usage: npm run --silent packs:report [-- --json]';

/** Sources that rest on the editors' own knowledge rather than a reference work. */
const EDITORS = 'Nunchi editors';

interface NoteRef {
  id: string;
  headword: string;
}

interface SourceShare {
  /** Notes citing at least one dictionary or reference work. */
  dictionary: number;
  /** Notes citing only the editors. */
  editorsOnly: number;
  /** Notes citing both a reference and the editors (counted in `dictionary` too). */
  both: number;
  dictionaryShare: number;
  editorsOnlyShare: number;
  /** Notes per cited work: "CC-CEDICT", "EDICT2", "표준국어대사전 (…)", "Nunchi editors". */
  byWork: Record<string, number>;
}

export interface PacksReport {
  notes: Record<Language, number> & { total: number };
  categories: ({ category: Category; label: string; total: number } & Record<Language, number>)[];
  pitfalls: Record<Language, NoteRef[]>;
  links: {
    /** Linked note pairs per language pair, e.g. "ko-zh". */
    pairs: Record<string, number>;
    /** Notes with at least one link, per language. */
    linkedNotes: Record<Language, number>;
    total: number;
  };
  context: Record<Language, NoteRef[]>;
  sources: Record<Language, SourceShare>;
}

const byLanguage = <T>(make: (lang: Language) => T) =>
  Object.fromEntries(LANGUAGES.map((l) => [l, make(l)])) as Record<Language, T>;

const ref = (n: Note): NoteRef => ({ id: n.id, headword: n.headword });

const languageOf = (id: string) => id.slice(0, id.indexOf('.')) as Language;

/** "ko-zh" whichever side the link starts from, in the order of LANGUAGES. */
const pairKey = (a: Language, b: Language) =>
  [a, b].sort((x, y) => LANGUAGES.indexOf(x) - LANGUAGES.indexOf(y)).join('-');

/**
 * Problems with cross-language links: ids that are not notes, links within one language, and
 * links the other note does not return. The pack loader checks each language on its own; links
 * span languages, so they are checked here with every pack loaded.
 */
export function linkProblems(packs: readonly Pack[]): string[] {
  const byId = new Map(packs.flatMap((p) => p.notes.map((n) => [n.id, n] as const)));
  const problems: string[] = [];
  for (const note of byId.values()) {
    for (const id of note.related) {
      const other = byId.get(id);
      if (languageOf(id) === languageOf(note.id))
        problems.push(`${note.id}: related ${id} is in the same language`);
      else if (!other) problems.push(`${note.id}: related ${id} is not a note`);
      else if (!other.related.includes(note.id))
        problems.push(`${note.id}: related ${id} does not link back`);
    }
  }
  return problems;
}

function sourceShare(notes: readonly Note[]): SourceShare {
  const byWork: Record<string, number> = {};
  let dictionary = 0;
  let editorsOnly = 0;
  let both = 0;
  for (const note of notes) {
    const works = new Set(
      note.sources.map((s) => (s.startsWith(EDITORS) ? EDITORS : s.split(': ')[0]!)),
    );
    for (const work of works) byWork[work] = (byWork[work] ?? 0) + 1;
    const cites = [...works].some((w) => w !== EDITORS);
    if (cites) dictionary++;
    else editorsOnly++;
    if (cites && works.has(EDITORS)) both++;
  }
  const share = (n: number) => (notes.length ? Math.round((n / notes.length) * 1000) / 1000 : 0);
  return {
    dictionary,
    editorsOnly,
    both,
    dictionaryShare: share(dictionary),
    editorsOnlyShare: share(editorsOnly),
    byWork,
  };
}

export function buildReport(packs: readonly Pack[]): PacksReport {
  const notesOf = byLanguage((l) => packs.find((p) => p.language === l)?.notes ?? []);
  const all = LANGUAGES.flatMap((l) => notesOf[l]);

  const pairs: Record<string, number> = {};
  for (const [i, a] of LANGUAGES.entries())
    for (const b of LANGUAGES.slice(i + 1)) pairs[pairKey(a, b)] = 0;
  for (const note of all) {
    for (const id of note.related) {
      // Each pair is listed on both notes; count it once, from the note with the smaller id.
      if (note.id < id) pairs[pairKey(languageOf(note.id), languageOf(id))]! += 1;
    }
  }

  return {
    notes: { ...byLanguage((l) => notesOf[l].length), total: all.length },
    categories: CATEGORIES.map((category) => {
      const counts = byLanguage((l) => notesOf[l].filter((n) => n.category === category).length);
      const total = LANGUAGES.reduce((sum, l) => sum + counts[l], 0);
      return { category, label: CATEGORY_LABELS[category], ...counts, total };
    }),
    pitfalls: byLanguage((l) => notesOf[l].filter((n) => n.pitfall).map(ref)),
    links: {
      pairs,
      linkedNotes: byLanguage((l) => notesOf[l].filter((n) => n.related.length > 0).length),
      total: Object.values(pairs).reduce((a, b) => a + b, 0),
    },
    context: byLanguage((l) => notesOf[l].filter((n) => n.context).map(ref)),
    sources: byLanguage((l) => sourceShare(notesOf[l])),
  };
}

/** A plain-text table; columns after the first are right-aligned numbers. */
function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    line(cells[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function headwordList(lang: Language, refs: readonly NoteRef[]): string {
  const words = refs.map((r) => r.headword).join(', ');
  return `  ${lang} (${refs.length}): ${words || '-'}`;
}

export function renderReport(report: PacksReport): string {
  const { notes, categories, pitfalls, links, context, sources } = report;
  const sections = [
    'Notes per language and category',
    table(
      ['category', ...LANGUAGES, 'total'],
      [
        ...categories.map((c) => [c.label, ...LANGUAGES.map((l) => c[l]), c.total]),
        ['All notes', ...LANGUAGES.map((l) => notes[l]), notes.total],
      ],
    ),
    '',
    'Cross-language links (note pairs)',
    table(['languages', 'pairs'], [...Object.entries(links.pairs), ['total', links.total]]),
    table(
      ['language', 'linked notes', 'share'],
      LANGUAGES.map((l) => [
        l,
        links.linkedNotes[l],
        percent(notes[l] ? links.linkedNotes[l] / notes[l] : 0),
      ]),
    ),
    '',
    'Sources: notes citing a dictionary or reference vs the editors only',
    table(
      ['language', 'dictionary', 'share', 'editors only', 'share', 'both'],
      LANGUAGES.map((l) => {
        const s = sources[l];
        return [
          l,
          s.dictionary,
          percent(s.dictionaryShare),
          s.editorsOnly,
          percent(s.editorsOnlyShare),
          s.both,
        ];
      }),
    ),
    ...LANGUAGES.map(
      (l) =>
        `  ${l}: ${Object.entries(sources[l].byWork)
          .sort((a, b) => b[1] - a[1])
          .map(([work, n]) => `${work} ${n}`)
          .join(', ')}`,
    ),
    '',
    'Pitfall notes (commonly mistranslated)',
    ...LANGUAGES.map((l) => headwordList(l, pitfalls[l])),
    '',
    'Notes with context rules',
    ...LANGUAGES.map((l) => headwordList(l, context[l])),
  ];
  return `${sections.join('\n')}\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length) {
    process.stderr.write(`packs:report: unknown argument ${unknown[0]}\n${USAGE}\n`);
    return 2;
  }
  let packs: Pack[];
  try {
    packs = await Promise.all(LANGUAGES.map((l) => readPack(l)));
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    process.stderr.write(`packs:report: ${error.message}\n`);
    return 1;
  }
  const problems = linkProblems(packs);
  if (problems.length) {
    process.stderr.write(
      `packs:report: invalid cross-language links:\n  ${problems.join('\n  ')}\n`,
    );
    return 1;
  }
  const report = buildReport(packs);
  process.stdout.write(
    argv.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report),
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
