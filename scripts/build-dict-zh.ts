/**
 * CC-CEDICT → public/dict/zh.jsonl.gz. Run by hand: `npx tsx scripts/build-dict-zh.ts`.
 *
 * Source lines are `Traditional Simplified [pin1 yin1] /gloss/gloss/`. Entries sharing a
 * simplified headword become one line: one sense per source entry (CC-CEDICT has no parts of
 * speech, so p is empty), `r` lists the distinct readings, and when the merged entries differ
 * in reading or traditional form each sense's first gloss starts with `[trad reading]` so the
 * card still says which reading a meaning belongs to (干: `[乾 gān] dry`, `[幹 gàn] to do`).
 */
import type { DictLine } from '../utils/dictionary/format/index';
import { numberedToMarked } from '../utils/language/zh/pinyin';
import { readSource, writeDict } from './build-dict-lib';

const SOURCE = 'zh-cc-cedict-2019.u8.gz';
const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;
/** Pinyin inside glosses, as in `CL:個|个[ge4]` or `see 拜拜[bai2 bai2]`. */
const GLOSS_PINYIN = /\[([A-Za-z:·, ]*[1-5][A-Za-z0-9:·, ]*)\]/g;
const MAX_READINGS_CHARS = 200;

interface Source {
  trad: string;
  reading: string;
  glosses: string[];
}

function parse(text: string): Map<string, Source[]> {
  const bySimplified = new Map<string, Source[]>();
  let skipped = 0;
  for (const raw of text.split('\n')) {
    if (raw.startsWith('#') || raw.trim() === '') continue;
    const m = LINE.exec(raw);
    if (!m) {
      skipped++;
      continue;
    }
    const [, trad, simp, pinyin, body] = m as unknown as [string, string, string, string, string];
    const glosses = body
      .split('/')
      .map((g) => g.trim().replace(GLOSS_PINYIN, (_, p: string) => `[${numberedToMarked(p)}]`))
      .filter((g) => g !== '');
    if (glosses.length === 0) {
      skipped++;
      continue;
    }
    const list = bySimplified.get(simp) ?? [];
    list.push({ trad, reading: numberedToMarked(pinyin), glosses });
    bySimplified.set(simp, list);
  }
  if (skipped > 0) console.log(`skipped ${skipped} malformed lines`);
  return bySimplified;
}

/** Sense order: common words, then entries that only point to a variant, then proper names. */
function rank(s: Source): number {
  // CC-CEDICT capitalises the pinyin of names.
  if (/^[A-Z]/.test(s.reading.normalize('NFD'))) return 2;
  return s.glosses.every((g) => /\bvariant of\b/.test(g)) ? 1 : 0;
}

function toLine(simp: string, sources: Source[]): DictLine {
  // Array.prototype.sort is stable, so source order holds within a rank.
  const ordered = [...sources].sort((a, b) => rank(a) - rank(b));
  const readings = [...new Set(ordered.map((s) => s.reading))];
  const trads = [...new Set(ordered.map((s) => s.trad))];
  const showReading = readings.length > 1;
  const showTrad = trads.length > 1;
  const s = ordered.map(({ trad, reading, glosses }) => {
    const label = [showTrad ? trad : '', showReading ? reading : ''].filter(Boolean).join(' ');
    const g = label ? [`[${label}] ${glosses[0]}`, ...glosses.slice(1)] : glosses;
    return { p: [], g };
  });
  let r = '';
  for (const reading of readings) {
    const next = r ? `${r} / ${reading}` : reading;
    if (next.length > MAX_READINGS_CHARS) break;
    r = next;
  }
  const v = trads.filter((t) => t !== simp);
  return { h: simp, ...(v.length > 0 ? { v } : {}), r, s };
}

const lines = [...parse(readSource(SOURCE))].map(([simp, sources]) => toLine(simp, sources));
writeDict(
  {
    format: 'nunchi-dict',
    version: 1,
    lang: 'zh',
    source: 'CC-CEDICT 2019-05-27',
    licence: 'CC BY-SA 4.0',
    attribution:
      'CC-CEDICT, published by MDBG, community maintained; based on CEDICT by Paul Andrew Denisowski. Converted by Nunchi: entries merged per simplified headword, pinyin converted to tone marks.',
  },
  lines,
);
