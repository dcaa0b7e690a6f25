/**
 * Korean dictionary → public/dict/ko.jsonl.gz. Run by hand: `npx tsx scripts/build-dict-ko.ts`.
 *
 * Base: the ezcorean 6000-word list from kengdic (../shared/data/ko-ezcorean-6000.tsv), whose
 * glosses are uneven and sometimes wrong. Every row was reviewed; each change is a row of
 * scripts/data/dict-ko/corrections.tsv (word, field, old, new, reason) applied here, so the
 * review can be read and re-run. Then the project's own entries in scripts/data/dict-ko/extra.tsv
 * (word, pos, glosses, level, hanja) are added.
 *
 * `--review` prints the corrected base rows as a table instead of writing the dictionary.
 *
 * Readings come from the Korean engine's Revised Romanization (`koreanEngine.romanize`), so the
 * dictionary card and the overlay spell a word the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DictLine } from '../utils/dictionary/format/index';
import { koreanEngine } from '../utils/language/ko/index';
import { REPO, readSource, writeDict } from './build-dict-lib';

const SOURCE = 'ko-ezcorean-6000.tsv';
const DATA = path.join(REPO, 'scripts/data/dict-ko');

/** Source part-of-speech codes; 보 and 불 are Korean labels (auxiliary, contraction). */
const POS_CODES: Record<string, string> = {
  '1': 'noun',
  '2': 'verb',
  '3': 'adverb',
  '4': 'adjective',
  '5': 'dependent noun',
  '6': 'determiner',
  '7': 'proper noun',
  '8': 'pronoun',
  '9': 'numeral',
  '10': 'interjection',
  보: 'auxiliary',
  불: 'contraction',
  도: 'auxiliary',
};
const POS_LABELS = new Set([
  ...Object.values(POS_CODES),
  'conjunctive adverb',
  'auxiliary verb',
  'auxiliary adjective',
  'suffix',
  'prefix',
  'expression',
]);
const LEVELS = new Set(['A', 'B', 'C', 'D']);

interface Row {
  /** The row as the source has it; corrections name rows by these values. */
  readonly src: Readonly<{ word: string; pos: string; hanja: string; gloss: string }>;
  word: string;
  gloss: string;
  pos: string;
  level: string;
  /** Hanja spelling (leading Han characters of the hanja cell, or of the hint cell). */
  hanja: string;
  /** Final glosses once a correction has replaced them; otherwise derived from `gloss`. */
  glosses?: string[];
  dropped?: boolean;
}

function readTsv(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'));
}

const HAN = /^[\u3400-\u9fff\uf900-\ufaff]+/;

/** Half the list keeps its hanja in the hint column (`表`, `名. 한 ~`); take it from either. */
function hanjaOf(hanjaCell: string, hint: string): string {
  return HAN.exec(hanjaCell.trim())?.[0] ?? HAN.exec(hint.trim())?.[0] ?? '';
}

function readBase(): Row[] {
  return readSource(SOURCE)
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [word = '', hint = '', gloss = '', pos = '', level = '', hanjaCell = ''] =
        l.split('\t');
      const hanja = hanjaOf(hanjaCell, hint);
      const src = { word: word.trim(), pos: pos.trim(), hanja, gloss };
      return { src, word: src.word, gloss, pos: src.pos, level: level.trim(), hanja };
    });
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Splits a written gloss list on ";" outside parentheses ("(다녀왔습니다: I'm home; …)" stays whole). */
function splitGlosses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map(squash).filter(Boolean);
}

/**
 * Applies corrections.tsv. A correction names a row by its source word, part-of-speech code,
 * hanja and the field's old value, and must apply to at least one row, so a stale correction
 * fails loudly. Identical duplicate rows are corrected together and merged later.
 */
function applyCorrections(rows: Row[]): number {
  const lines = readTsv(path.join(DATA, 'corrections.tsv'));
  lines.forEach((cols, i) => {
    const [word = '', pos = '', hanja = '', field = '', old = '', next = '', reason = ''] = cols;
    const where = `corrections.tsv data line ${i + 1} (${word})`;
    if (!word || !field || !reason) throw new Error(`${where}: incomplete`);
    const hits = rows.filter((r) => {
      if (r.src.word !== word || r.src.pos !== pos || r.src.hanja !== hanja) return false;
      switch (field) {
        case 'gloss':
        case 'drop':
          return squash(r.src.gloss) === old;
        case 'pos':
          return r.src.pos === old;
        case 'hanja':
          return r.src.hanja === old;
        case 'word':
          return r.src.word === old;
        default:
          throw new Error(`${where}: unknown field ${field}`);
      }
    });
    if (hits.length === 0) throw new Error(`${where}: no row with ${field} "${old}"`);
    for (const row of hits) {
      if (field === 'gloss') row.glosses = splitGlosses(next);
      else if (field === 'drop') row.dropped = true;
      else if (field === 'pos') row.pos = next;
      else if (field === 'hanja') row.hanja = next;
      else row.word = next;
    }
  });
  return lines.length;
}

/** Capitalised words that stay capitalised at the start of a gloss. */
const PROPER =
  /^(I|I'm|Korea|Korean|Koreans|Seoul|Busan|Japan|Japanese|China|Chinese|English|England|America|American|Europe|European|Asia|Asian|Africa|Christmas|Christian|Catholic|Buddha|Buddhist|Buddhism|Jesus|God|Confucian|Confucianism|Chuseok|Hangul|Joseon|Goryeo|Silla|Baekje|Goguryeo|Mr|Mrs|Ms|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|TV|OK|PC|CD|DVD|UN|USA|US|UK|IMF|ID|IT|Internet|Olympics|Olympic|Earth|Mars|Venus|Jupiter|Pacific|Atlantic|Arctic|Antarctic|Russia|Russian|France|French|Germany|German|Italy|Italian|Spain|Spanish|Canada|Australia|India|Vietnam|Thailand|Mongolia|Mongolian|Taiwan|Hong)\b/;

/** Splits a source gloss into a list: on ";", on "or" with a double space, and on commas. */
function autoGlosses(row: Row): string[] {
  const text = row.gloss
    .replace(/\\'/g, "'")
    .replace(/[’‘]/g, "'")
    .replace(/\s+or {2,}/g, ';');
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ';' || ch === ',' || ch === '/') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const pos = POS_CODES[row.pos] ?? row.pos;
  return parts
    .map((p) => squash(p).replace(/\.+$/, ''))
    .filter(Boolean)
    .map((g) => {
      let out = g;
      if (pos === 'noun' || pos === 'dependent noun') out = out.replace(/^(a|an) /i, '');
      if (pos === 'adjective') out = out.replace(/^(to )?be /i, '');
      if (pos !== 'proper noun' && !PROPER.test(out)) out = out[0]!.toLowerCase() + out.slice(1);
      if (pos === 'verb' && !/^to /i.test(out)) out = `to ${out}`;
      return out;
    });
}

function finalGlosses(row: Row): string[] {
  return row.glosses ?? autoGlosses(row);
}

function posLabel(pos: string): string {
  const label = POS_CODES[pos] ?? pos;
  if (!POS_LABELS.has(label)) throw new Error(`unknown part of speech "${pos}"`);
  return label;
}

/** Revised Romanization; proper nouns are capitalised as RR writes them. */
function reading(word: string, pos: string): string {
  const r = koreanEngine.romanize(word);
  return pos === 'proper noun' ? r.charAt(0).toUpperCase() + r.slice(1) : r;
}

interface Sense {
  pos: string;
  hanja: string;
  glosses: string[];
}

interface Entry {
  word: string;
  senses: Sense[];
  levels: string[];
}

function addSense(entries: Map<string, Entry>, row: Row, glosses: string[], pos: string): void {
  const entry = entries.get(row.word) ?? { word: row.word, senses: [], levels: [] };
  // Rows are separate senses (눈 "eye" and 눈 "snow"); a row that only repeats another's
  // glosses (duplicate rows, a contraction row beside its full word) is folded into it.
  const covers = (a: string[], b: string[]) => b.every((g) => a.includes(g));
  const same = entry.senses.find(
    (s) =>
      s.pos === pos &&
      s.hanja === row.hanja &&
      (covers(s.glosses, glosses) || covers(glosses, s.glosses)),
  );
  if (same) {
    for (const g of glosses) if (!same.glosses.includes(g)) same.glosses.push(g);
  } else entry.senses.push({ pos, hanja: row.hanja, glosses: [...glosses] });
  if (row.level && !entry.levels.includes(row.level)) entry.levels.push(row.level);
  entries.set(row.word, entry);
}

/** Native endings that follow a Sino-Korean root without hanja of their own. */
const NATIVE_ENDING = /(하다|되다|시키다|스럽다|롭다|해지다|히)$/;

/**
 * The hanja tag only when it spells the whole word (or its root before a native ending):
 * the list also gives partial hanja (媤 for 시아버지, 靑 for 청바지) that would mislead as a tag.
 */
function fullHanja(word: string, hanja: string): string {
  if (!hanja) return '';
  const root = word.length > hanja.length ? word.replace(NATIVE_ENDING, '') : word;
  return [...root].length === [...hanja].length ? hanja : '';
}

function toLine(e: Entry): DictLine {
  // The easiest level wins when rows of one word disagree.
  const level = [...e.levels].sort()[0];
  const spelled = e.senses.map((s) => fullHanja(e.word, s.hanja));
  const hanja = [...new Set(spelled.filter(Boolean))];
  // Homographs (과거 科擧 / 過去, or 반하다 反 beside native 반하다) say which hanja each sense has.
  const label = hanja.length > 0 && new Set(spelled).size > 1;
  const s = e.senses.map((sense) => {
    const h = fullHanja(e.word, sense.hanja);
    const g =
      label && h ? [`[${h}] ${sense.glosses[0]}`, ...sense.glosses.slice(1)] : sense.glosses;
    return { p: [sense.pos], g };
  });
  const t = [...(level ? [level] : []), ...hanja.map((h) => `hanja:${h}`)];
  return { h: e.word, r: reading(e.word, e.senses[0]!.pos), s, ...(t.length ? { t } : {}) };
}

function build(): void {
  const rows = readBase();
  const corrections = applyCorrections(rows);
  const kept = rows.filter((r) => !r.dropped);
  if (process.argv.includes('--review')) {
    kept.forEach((r, i) =>
      console.log(
        [
          i + 1,
          r.word,
          POS_CODES[r.pos] ?? r.pos,
          finalGlosses(r).join('; '),
          r.level,
          r.hanja,
        ].join('\t'),
      ),
    );
    return;
  }
  const entries = new Map<string, Entry>();
  // Easier rows first, so the everyday homograph leads (과거 "the past" before the exam).
  const ordered = [...kept].sort((a, b) => a.level.localeCompare(b.level));
  for (const row of ordered) {
    if (!LEVELS.has(row.level)) throw new Error(`${row.word}: level "${row.level}"`);
    addSense(entries, row, finalGlosses(row), posLabel(row.pos));
  }
  const base = entries.size;
  const extra = readTsv(path.join(DATA, 'extra.tsv'));
  extra.forEach((cols, i) => {
    const [word = '', pos = '', glosses = '', level = '', hanja = ''] = cols;
    const where = `extra.tsv line ${i + 2} (${word})`;
    if (!word || !glosses || !LEVELS.has(level)) throw new Error(`${where}: incomplete`);
    const existing = entries.get(word)?.senses ?? [];
    if (existing.some((s) => s.pos === posLabel(pos) && s.hanja === hanja)) {
      throw new Error(`${where}: already in the list with that part of speech and hanja`);
    }
    const src = { word, pos, hanja, gloss: '' };
    const row: Row = { src, word, gloss: '', pos, level, hanja };
    addSense(entries, row, splitGlosses(glosses), posLabel(pos));
  });
  console.log(
    `${rows.length} source rows, ${corrections} corrections, ${rows.length - kept.length} dropped, ` +
      `${base} base entries, ${extra.length} extra rows, ${entries.size} entries`,
  );
  writeDict(
    {
      format: 'nunchi-dict',
      version: 1,
      lang: 'ko',
      source:
        'ezcorean 6000-word list (kengdic), every row reviewed and corrected, plus entries written by Nunchi',
      licence: 'MPL 2.0',
      attribution:
        'Base list: ezcorean 6000 from kengdic (Joe Speigle and contributors; MPL 2.0 or LGPL 2.0+). Corrections (scripts/data/dict-ko/corrections.tsv) and added entries (scripts/data/dict-ko/extra.tsv): Nunchi. See ko.LICENSE.md.',
    },
    [...entries.values()].map(toLine),
  );
}

build();
