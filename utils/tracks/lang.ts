import { own } from './shape';

/** ISO 639-2 codes that DASH manifests and some players use, mapped to the two-letter codes. */
const THREE_LETTER: Record<string, string> = {
  kor: 'ko',
  jpn: 'ja',
  zho: 'zh',
  chi: 'zh',
  cmn: 'zh',
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  fre: 'fr',
  deu: 'de',
  ger: 'de',
  por: 'pt',
  ita: 'it',
  tha: 'th',
  vie: 'vi',
  ind: 'id',
  msa: 'ms',
  may: 'ms',
  ara: 'ar',
  rus: 'ru',
  hin: 'hi',
};

/**
 * The languages Nunchi studies: script and region do not change which engine reads the line,
 * so `zh-Hans`, `zh-TW` and `zh_CN` all become `zh`, and `ko-KR` becomes `ko`.
 */
const STUDY = new Set(['ko', 'ja', 'zh']);

/** Tags sites use for "no subtitles". */
const NO_LANGUAGE = new Set(['none', 'off', 'zxx']);

/**
 * A site's language tag as canonical BCP 47: `zh_CN` → `zh`, `kor` → `ko`, `en-us` → `en-US`,
 * `pt-br` → `pt-BR`, `sr-latn` → `sr-Latn`. `und` when the tag is missing or not a tag, `zxx`
 * when it says "no subtitles".
 */
export function normalizeLang(raw: unknown): string {
  if (typeof raw !== 'string') return 'und';
  const tag = raw.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return 'und';
  const [first = '', ...rest] = tag.split('-');
  const lower = first.toLowerCase();
  if (NO_LANGUAGE.has(lower)) return 'zxx';
  const primary = own(THREE_LETTER, lower) ?? lower;
  if (STUDY.has(primary)) return primary;
  const parts = [primary];
  for (const sub of rest) {
    if (/^[A-Za-z]{4}$/.test(sub)) parts.push(sub[0]!.toUpperCase() + sub.slice(1).toLowerCase());
    else if (/^([A-Za-z]{2}|\d{3})$/.test(sub)) parts.push(sub.toUpperCase());
    else parts.push(sub.toLowerCase());
  }
  return parts.join('-');
}

/** The language subtag alone: `en-US` → `en`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-', 1)[0]!.toLowerCase();
}
