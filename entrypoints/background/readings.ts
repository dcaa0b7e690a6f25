import type { LanguageEngine } from '../../utils/language/types';
import { toHiragana } from '../../utils/language/ja/kana';
import type { ReplyOf, RequestOf, Ruby } from '../../utils/messaging/protocol';
import type { Language } from '../../utils/notes/schema';

type LookupReply = ReplyOf<'dict.lookup'>;

export interface ReadingDeps {
  engine: (lang: Language) => Promise<LanguageEngine>;
  lookup: (lang: Language, text: string) => Promise<LookupReply>;
}

const HAN_RUN = /\p{Script=Han}+/gu;
/** Kanji, with the iteration and abbreviation marks and the small ke that sit among them. */
const KANJI = /[\p{Script=Han}々〆ヶ]/u;
const KANJI_RUN = /[\p{Script=Han}々〆ヶ]+/gu;
/** Characters sent per Japanese lookup: longer than any dictionary word. */
const LOOKUP_CHARS = 16;
const JAPANESE_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ヶー]/u;

/**
 * Pinyin above each Chinese character. Each run of characters is romanized as a whole, so
 * words read as words (觉得 jué de, 银行 yín háng); a character with no reading gets none.
 */
export function pinyinRubies(line: string, romanize: (text: string) => string): Ruby[] {
  const out: Ruby[] = [];
  for (const match of line.matchAll(HAN_RUN)) {
    const chars = Array.from(match[0]);
    const syllables = romanize(match[0]).split(' ').filter(Boolean);
    if (syllables.length !== chars.length) continue;
    let pos = match.index;
    chars.forEach((char, i) => {
      const syllable = syllables[i]!;
      if (syllable !== char) out.push({ start: pos, end: pos + char.length, text: syllable });
      pos += char.length;
    });
  }
  return out;
}

/**
 * Furigana for one dictionary word: the reading of each kanji run of `form` (a dictionary
 * spelling) found by lining the form's kana up with the reading's (食べる/たべる: 食 = た),
 * placed over the same kanji in `surface`, the form as said (食べました). Offsets are into
 * `surface`; a run the surface does not share (another spelling) gets none.
 */
export function furigana(surface: string, form: string, reading: string): Ruby[] {
  const runs = [...form.matchAll(KANJI_RUN)];
  if (!runs.length || !reading) return [];
  let pattern = '^';
  let last = 0;
  for (const run of runs) {
    pattern += escape(toHiragana(form.slice(last, run.index))) + '(.+?)';
    last = run.index + run[0].length;
  }
  pattern += `${escape(toHiragana(form.slice(last)))}$`;
  const match = new RegExp(pattern, 'u').exec(toHiragana(reading));
  if (!match) return [];
  const out: Ruby[] = [];
  let cursor = 0;
  runs.forEach((run, i) => {
    const at = surface.indexOf(run[0], cursor);
    if (at < 0) return;
    out.push({ start: at, end: at + run[0].length, text: match[i + 1]! });
    cursor = at + run[0].length;
  });
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type ReadingService = ReturnType<typeof createReadingService>;

/**
 * Readings above the overlay's lines: pinyin for Chinese (the engine's romanizer), furigana
 * for Japanese (words found in the installed dictionary, read with their dictionary reading).
 * `complete` is false when the Japanese dictionary is not ready yet, so the page asks again.
 */
export function createReadingService(deps: ReadingDeps) {
  async function japanese(line: string): Promise<Ruby[] | null> {
    const out: Ruby[] = [];
    let pos = 0;
    while (pos < line.length) {
      const char = String.fromCodePoint(line.codePointAt(pos)!);
      if (!KANJI.test(char)) {
        pos += char.length;
        continue;
      }
      let end = pos;
      for (let n = 0; n < LOOKUP_CHARS && end < line.length; n++) {
        const next = String.fromCodePoint(line.codePointAt(end)!);
        if (!JAPANESE_LETTER.test(next)) break;
        end += next.length;
      }
      const reply = await deps.lookup('ja', line.slice(pos, end));
      if (reply.state !== 'ok') return null;
      const result = reply.results[0];
      if (!result?.surface) {
        pos += char.length;
        continue;
      }
      for (const entry of result.entries) {
        const forms = [entry.headword, ...entry.variants];
        const form = forms.find((f) =>
          f.match(KANJI_RUN)?.every((run) => result.surface.includes(run)),
        );
        if (!form || !entry.reading) continue;
        for (const ruby of furigana(result.surface, form, entry.reading)) {
          out.push({ start: pos + ruby.start, end: pos + ruby.end, text: ruby.text });
        }
        break;
      }
      pos += result.surface.length;
    }
    return out;
  }

  return {
    async readings({
      lang,
      lines,
    }: RequestOf<'lines.readings'>): Promise<ReplyOf<'lines.readings'>> {
      if (lang === 'zh') {
        const engine = await deps.engine('zh');
        return {
          readings: lines.map((l) => pinyinRubies(l, (t) => engine.romanize(t))),
          complete: true,
        };
      }
      if (lang === 'ja') {
        const readings: Ruby[][] = [];
        for (const line of lines) {
          const rubies = await japanese(line);
          if (!rubies) return { readings: lines.map(() => []), complete: false };
          readings.push(rubies);
        }
        return { readings, complete: true };
      }
      return { readings: lines.map(() => []), complete: true };
    },
  };
}
