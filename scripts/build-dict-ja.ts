/**
 * EDICT → public/dict/ja.jsonl.gz. Run by hand: `npx tsx scripts/build-dict-ja.ts`.
 *
 * Reads both EDICT2 lines (`漢字1;漢字2 [かな1;かな2] /(pos) (1) gloss/(2) gloss/EntLnnnnX/`) and
 * the one-spelling-per-line EDICT layout the shipped 2021-02-03 file actually uses
 * (`行く [いく] /…/` and `行く [ゆく] /…/` on separate lines). Lines whose sense text is
 * identical and that share a spelling or a reading are one JMdict entry and become one line:
 * h = preferred kanji spelling (kana when none), r = preferred reading, v = the other
 * spellings and readings.
 *
 * Each numbered sense keeps its part-of-speech codes (`v1`, `v5r`, `adj-i`, `exp`, …) in `p`,
 * followed by the sense's other JMdict labels (`uk`, `sl`, `col`, `proverb`, field names such
 * as `comp`), so glosses stay plain text. `(P)` becomes the tag `common`; spelling notes such as
 * `ateji` or `iK` on the chosen headword become tags; EntL ids are dropped.
 */
import type { DictLine } from '../utils/dictionary/format/index';
import { readSource, writeDict } from './build-dict-lib';

const SOURCE = 'ja-edict2-2021.utf8.gz';
const LINE = /^(\S+)(?: \[([^\]]+)\])? \/(.*)\/\s*$/;

/** JMdict part-of-speech codes as they appear in EDICT. */
const POS =
  /^(?:adj-(?:f|i|ix|kari|ku|na|nari|no|pn|shiku|t)|adv|adv-to|aux|aux-adj|aux-v|conj|cop|cop-da|ctr|exp|int|n|n-adv|n-pr|n-pref|n-suf|n-t|num|pn|pref|prt|suf|unc|v-unspec|v1|v1-s|v2[a-z]-[ks]|v4[a-z]|v5(?:aru|b|g|k|k-s|m|n|r|r-i|s|t|u|u-s|uru)|vi|vk|vn|vr|vs|vs-c|vs-i|vs-s|vt|vz)$/;
/** Notes on a spelling or reading (irregular kanji, ateji, old kana…), not on a sense. */
const FORM_INFO = new Set(['ateji', 'iK', 'ik', 'io', 'oK', 'ok', 'gikun', 'rK', 'sK', 'sk']);
/** JMdict misc and field labels that EDICT writes in parentheses before a gloss. */
const SENSE_LABELS = new Set(
  (
    'abbr arch char chn col company creat dated derog doc eK ev fam fem fict form given group ' +
    'hist hon hum id joc leg m-sl male myth net-sl obj obs obsc on-mim organization oth person ' +
    'place poet pol product proverb quote rare relig sens serv ship sl station surname uk unclass ' +
    'vulg work X yoji agric anat archeol archit art astron audvid aviat baseb biochem biol bot ' +
    'Buddh bus cards chem Christn cloth comp cryst dent ecol econ elec electr embryo engr ent ' +
    'film finc fish food gardn genet geogr geol geom go golf gramm grmyth hanaf horse kabuki law ' +
    'ling logic MA mahj manga math mech med met mil mining music noh pharm phil photo physics ' +
    'physiol politics print psy psyanal psych rail Shinto shogi ski sports stat stockm sumo ' +
    'telec tradem tv vidg zool'
  ).split(' '),
);
const DIALECT = /^[a-z]{2,5}:$/;

interface Sense {
  p: string[];
  g: string[];
}

interface SourceLine {
  order: number;
  kanji: string[];
  kana: string[];
  common: boolean;
  formInfo: string[];
  /** The sense text, used to recognise lines that belong to one JMdict entry. */
  key: string;
  senses: Sense[];
}

/** Takes leading `(label)` groups off a gloss; returns them and the rest. */
function leadingLabels(item: string): { labels: string[]; rest: string } {
  const labels: string[] = [];
  let rest = item;
  for (;;) {
    const m = /^\(([^()]+)\)\s*/.exec(rest);
    if (!m) break;
    const label = m[1]!;
    const known =
      /^\d+$/.test(label) ||
      label.split(',').every((p) => POS.test(p)) ||
      FORM_INFO.has(label) ||
      SENSE_LABELS.has(label) ||
      DIALECT.test(label);
    if (!known) break;
    labels.push(label);
    rest = rest.slice(m[0].length);
  }
  return { labels, rest: rest.trim() };
}

function parseBody(body: string): Pick<SourceLine, 'common' | 'formInfo' | 'senses' | 'key'> {
  const items = body.split('/').filter((i) => i !== '' && !/^EntL\d+X?$/.test(i));
  const common = items.includes('(P)');
  const formInfo: string[] = [];
  const senses: Sense[] = [];
  let current: Sense | null = null;
  let pos: string[] = [];
  for (const item of items) {
    if (item === '(P)') continue;
    const { labels, rest } = leadingLabels(item);
    let itemPos: string[] | null = null;
    let numbered = false;
    const senseLabels: string[] = [];
    for (const label of labels) {
      if (/^\d+$/.test(label)) numbered = true;
      else if (label.split(',').every((p) => POS.test(p))) itemPos = label.split(',');
      else if (FORM_INFO.has(label) && senses.length === 0 && current === null) {
        formInfo.push(label);
      } else senseLabels.push(label.replace(/:$/, ''));
    }
    if (itemPos) pos = itemPos;
    if (current === null || numbered || itemPos) {
      // A sense without its own part of speech continues the previous one's, as in JMdict.
      current = { p: [...pos, ...senseLabels], g: [] };
      senses.push(current);
    } else {
      current.p.push(...senseLabels.filter((l) => !current!.p.includes(l)));
    }
    if (rest !== '') current.g.push(rest);
  }
  const kept = senses.filter((s) => s.g.length > 0);
  const key = items.filter((i) => i !== '(P)').join('/');
  return { common, formInfo, senses: kept, key: key.replace(/^(?:\((?:[^()]+)\)\s*)*/, '') };
}

function parse(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let skipped = 0;
  text.split('\n').forEach((raw, index) => {
    if (index === 0 || raw.trim() === '') return; // line 1 is the file's own header
    const m = LINE.exec(raw);
    if (!m) {
      skipped++;
      return;
    }
    const [, head, reading, body] = m as unknown as [string, string, string | undefined, string];
    const parsed = parseBody(body);
    if (parsed.senses.length === 0) {
      skipped++;
      return;
    }
    const clean = (s: string) => s.replace(/\([^)]*\)/g, '');
    const spellings = head.split(';').map(clean);
    out.push({
      order: index,
      kanji: reading === undefined ? [] : spellings,
      kana: reading === undefined ? spellings : reading.split(';').map(clean),
      ...parsed,
    });
  });
  if (skipped > 0) console.log(`skipped ${skipped} lines without glosses or unreadable`);
  return out;
}

const toHiragana = (s: string) =>
  s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** Groups lines with identical sense text that share a spelling or a (kana-folded) reading. */
function group(lines: SourceLine[]): SourceLine[][] {
  const byKey = new Map<string, SourceLine[]>();
  for (const line of lines) {
    const list = byKey.get(line.key) ?? [];
    list.push(line);
    byKey.set(line.key, list);
  }
  const groups: SourceLine[][] = [];
  for (const list of byKey.values()) {
    const parent = list.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const owner = new Map<string, number>();
    list.forEach((line, i) => {
      const forms = [
        ...line.kanji.map((k) => `k:${k}`),
        ...line.kana.map((k) => `r:${toHiragana(k)}`),
      ];
      for (const form of forms) {
        const j = owner.get(form);
        if (j === undefined) owner.set(form, i);
        else parent[find(i)] = find(j);
      }
    });
    const parts = new Map<number, SourceLine[]>();
    list.forEach((line, i) => {
      const root = find(i);
      parts.set(root, [...(parts.get(root) ?? []), line]);
    });
    groups.push(...parts.values());
  }
  return groups.sort((a, b) => a[0]!.order - b[0]!.order);
}

/**
 * Best line first: common, without spelling notes, carrying a kanji spelling (so a reading
 * comes from 嘘 [うそ] rather than the katakana-only line ウソ), then file order. EDICT files
 * are sorted by character code, so file order says nothing about JMdict's own preference.
 */
function rankLines(lines: SourceLine[]): SourceLine[] {
  return [...lines].sort(
    (a, b) =>
      Number(b.common) - Number(a.common) ||
      a.formInfo.length - b.formInfo.length ||
      Number(b.kanji.length > 0) - Number(a.kanji.length > 0) ||
      a.order - b.order,
  );
}

function toLine(lines: SourceLine[]): DictLine {
  const ranked = rankLines(lines);
  const best = ranked[0]!;
  const kanji = [...new Set(ranked.flatMap((l) => l.kanji))];
  const kana = [...new Set(ranked.flatMap((l) => l.kana))];
  const h = best.kanji[0] ?? best.kana[0]!;
  const r = best.kana[0]!;
  const v = [...kanji, ...kana].filter((f) => f !== h && f !== r);
  const t = [
    ...(lines.some((l) => l.common) ? ['common'] : []),
    ...best.formInfo.filter((f, i, all) => all.indexOf(f) === i),
  ];
  return {
    h,
    ...(v.length > 0 ? { v } : {}),
    r,
    s: best.senses,
    ...(t.length > 0 ? { t } : {}),
  };
}

const TOO_LONG = 64;
const all = group(parse(readSource(SOURCE))).map(toLine);
// The shipped format caps written forms at 64 characters; a handful of EDICT "expressions"
// are whole sentences longer than that.
const lines = all
  .filter((l) => l.h.length <= TOO_LONG)
  .map((l) => (l.v ? { ...l, v: l.v.filter((f) => f.length <= TOO_LONG) } : l))
  .map((l) => (l.v?.length === 0 ? (({ v: _v, ...rest }) => rest)(l) : l));
if (all.length !== lines.length)
  console.log(`dropped ${all.length - lines.length} over-long headwords`);
writeDict(
  {
    format: 'nunchi-dict',
    version: 1,
    lang: 'ja',
    source: 'JMdict/EDICT (EDICT2 file) 2021-02-03',
    licence: 'CC BY-SA 4.0 (EDRDG licence)',
    attribution:
      'JMdict/EDICT, Electronic Dictionary Research and Development Group (EDRDG), used under the EDRDG licence. Converted by Nunchi: spellings of one entry merged, sense labels moved to tags.',
  },
  lines,
);
