import { isVowel, toJamo } from './hangul';
import { Trie } from './trie';

/**
 * What may follow an ending:
 * - end: nothing (the ending closes the word)
 * - past / fut: the stem grows by 었 / 겠 and takes endings again (시 is handled by the parser:
 *   it fuses with what follows, 가셨어 = 가 + 시 + 었 + 어)
 * - noun: a nominalised form (기, ㅁ, ㄹ거) takes particles and the copula
 * - quote: a quoted form followed by 하다 with 하 dropped (어둡다더니, 있다는데, 이라잖아,
 *   돌아가라는 = …다고 하더니, …다고 하는데, …이라고 하잖아, …라고 하는)
 * - auxGo / auxJi / auxA / auxGe / auxDa: an auxiliary predicate written together (먹고싶어,
 *   먹지마, 먹어봐, 먹게돼, 모셔다드릴게요)
 */
export type Next =
  'end' | 'past' | 'fut' | 'noun' | 'quote' | 'auxGo' | 'auxJi' | 'auxA' | 'auxGe' | 'auxDa';

export interface Ending {
  form: string;
  labels: readonly string[];
  next: Next;
  /** Starts with ㄴ ㅂ ㅅ or a final ㄹ: an ㄹ-stem drops its ㄹ (사는, 삽니다, 사세요, 살). */
  dropsL: boolean;
  /** Starts with ㄴ: an ㅎ-irregular stem may drop ㅎ (그러네). */
  startsN: boolean;
  /** Only verbs take it (commands, suggestions, intentions): never the copula (떡이자 ✗). */
  verbal: boolean;
  /**
   * Which copula may take it: all of them, only the full 이 (학생이대, but 친구대 ✗ — after a
   * vowel the quotative is 래: 친구래), or none (verb/adjective endings such as 는데, 도록).
   */
  copula: 'any' | 'full' | 'none';
}

const VERBAL = new Set([
  'imperative',
  'suggestion',
  'present',
  'in order to',
  'intending to',
  'I will',
  'want to',
  'busy with',
  'as soon as',
  'was about to',
]);

/**
 * [form, labels, flags, next]. `C|V` gives different spellings after a consonant and after a
 * vowel; `(x)` also adds the form followed by x (`(요)` adds 'polite'); flag `T` lets the delimiters 요 는 도 만
 * follow (먹고요, 먹어서는, 먹지도).
 *
 * The copula takes most base endings (친구다, 친구지, 친구네, 친구잖아), so the flags say which
 * it does not: `p` (predicate only: 는, 는데, 도록, 게, 다가 …) and `f` (full 이 only: the
 * 다-quotatives 대, 다며, 다고 …, which after a vowel-final noun are said with 라 — 친구래,
 * 친구라며). Without them a vowel-final noun swallows the start of a longer word: 연세 + 대 read
 * as "they say it is 연세" in 연세대.
 */
type Row = readonly [form: string, labels: string, flags?: string, next?: Next];

/** Attached to the base allomorph. */
const B_ROWS: Row[] = [
  ['고', '', '', 'auxGo'],
  ['고', 'and', 'T'],
  ['고서', 'and then', 'p'],
  ['지', 'confirming', 'T'],
  ['지', '', '', 'auxJi'],
  ['지만(요)', 'but'],
  ['죠', 'confirming,polite'],
  ['게', 'so that', 'Tp'],
  ['게', '', 'p', 'auxGe'],
  ['게끔', 'so that', 'p'],
  ['거나', 'or'],
  ['길래', 'since'],
  ['더라도', 'even if'],
  ['느라(고)', 'busy with'],
  ['기', 'nominal', '', 'noun'],
  ['네(요)', 'exclamation'],
  ['는', 'adnominal', 'p'],
  ['는데(요)', 'background', 'Tp'],
  ['는지(요)', 'whether', 'Tp'],
  ['는가(요)', 'question', 'p'],
  ['는구나', 'exclamation', 'p'],
  ['는군(요)', 'exclamation', 'p'],
  ['는걸(요)', 'exclamation', 'p'],
  ['는거', 'adnominal', 'p', 'noun'],
  ['는게', 'adnominal,subject', 'p'],
  ['는다|ㄴ다', 'present', 'p'],
  ['는다|ㄴ다', 'quotative', 'p', 'quote'],
  ['는댔|ㄴ댔', 'quotative,past', 'p', 'past'],
  ['는다고|ㄴ다고(요)', 'quotative', 'Tp'],
  ['는대|ㄴ대(요)', 'quotative', 'p'],
  // 대 = 다고 해: its 해도 and 해서 contract the same way (간대도, 먹는대서).
  ['는대도|ㄴ대도', 'quotative,even if', 'p'],
  ['는대서|ㄴ대서', 'quotative,because', 'p'],
  ['는다면|ㄴ다면', 'if', 'p'],
  ['는다니|ㄴ다니(요)', 'exclamation', 'p'],
  ['는다며|ㄴ다며(요)', 'quotative,question', 'p'],
  ['는단다|ㄴ단다', 'quotative', 'p'],
  ['는답니다|ㄴ답니다', 'quotative,formal', 'p'],
  ['는다는|ㄴ다는', 'quotative,adnominal', 'p'],
  ['는다니까|ㄴ다니까(요)', 'insisting', 'p'],
  ['다', ''],
  ['다', 'quotative', 'f', 'quote'],
  ['댔', 'quotative,past', 'f', 'past'],
  ['다고(요)', 'quotative', 'Tf'],
  ['다는', 'quotative,adnominal', 'f'],
  ['다면', 'if', 'f'],
  ['다니(요)', 'exclamation', 'f'],
  ['다며(요)', 'quotative,question', 'f'],
  ['다니까(요)', 'insisting', 'f'],
  ['대(요)', 'quotative', 'f'],
  ['대도', 'quotative,even if', 'f'],
  ['대서', 'quotative,because', 'f'],
  ['단다', 'quotative', 'f'],
  ['다가', 'and then', 'Tp'],
  ['더라', 'recollection'],
  ['더라고(요)', 'recollection'],
  ['더니', 'recollection'],
  ['던', 'recollection,adnominal'],
  ['던데(요)', 'recollection'],
  ['던가(요)', 'question'],
  ['던지', 'whether'],
  ['도록', 'so that', 'Tp'],
  ['든', 'whether'],
  ['든지', 'whether'],
  ['든가', 'whether'],
  ['잖아(요)', 'you know'],
  ['잖니', 'you know'],
  ['잖습니까', 'you know,formal'],
  ['자', 'suggestion'],
  ['자', 'suggestion,quotative', '', 'quote'],
  ['자고(요)', 'suggestion,quotative'],
  ['재(요)', 'suggestion,quotative'],
  ['자마자', 'as soon as'],
  ['자면', 'suggestion,if'],
  ['거든(요)', 'because/if'],
  ['군(요)', 'exclamation'],
  ['구나', 'exclamation'],
  ['구먼', 'exclamation'],
  ['냐', 'question'],
  ['냐', 'question,quotative', '', 'quote'],
  ['냐고(요)', 'question,quotative'],
  ['냬(요)', 'question,quotative'],
  ['니', 'question'],
  ['나(요)', 'question'],
  ['습니다|ㅂ니다', 'formal'],
  // Court speech in period dramas: humble 옵/사옵 and the old formal 나이다 (망극하옵니다,
  // 하였사옵니다, 주시옵소서, 감사하나이다).
  ['사옵니다|옵니다', 'humble,formal'],
  ['사옵니까|옵니까', 'humble,formal,question'],
  ['사옵나이다|옵나이다', 'humble,formal'],
  ['사옵소서|옵소서', 'humble,imperative'],
  ['사오니|오니', 'humble,because/so'],
  ['사오나|오나', 'humble,but'],
  ['사옵고|옵고', 'humble,and'],
  ['사오며|오며', 'humble,and/while'],
  ['나이다', 'archaic formal', 'f'],
  ['습니까|ㅂ니까', 'formal,question'],
  ['습니다만|ㅂ니다만', 'formal,but'],
  ['겠', 'future/conjecture', '', 'fut'],
];

/** Attached to the 으-form. */
const U_ROWS: Row[] = [
  ['면', 'if', 'T'],
  ['면서(요)', 'while'],
  ['며', 'and/while'],
  ['니까(요)', 'because/so', 'T'],
  ['니', 'because/so'],
  ['러', 'in order to'],
  ['려고(요)', 'intending to', 'T'],
  ['려면', 'if you want to'],
  ['려나', 'I wonder'],
  ['려다', 'was about to', 'T'],
  ['려다가', 'was about to'],
  ['ㄴ', 'adnominal'],
  ['ㄴ데(요)', 'background', 'T'],
  ['ㄴ지(요)', 'whether', 'T'],
  ['ㄴ가(요)', 'question'],
  ['ㄴ걸(요)', 'exclamation'],
  ['ㄴ거', 'adnominal', '', 'noun'],
  ['ㄴ게', 'adnominal,subject'],
  ['ㄹ', 'adnominal'],
  ['ㄹ까(요)', 'shall I/I wonder'],
  ['ㄹ게(요)', 'I will'],
  ['ㄹ께(요)', 'I will'],
  ['ㄹ래(요)', 'want to'],
  ['ㄹ지(요)', 'whether', 'T'],
  ['ㄹ수록', 'the more'],
  ['ㄹ걸(요)', 'probably'],
  ['ㄹ거', 'future', '', 'noun'],
  ['ㄹ꺼', 'future', '', 'noun'],
  ['ㄹ라', 'lest'],
  ['ㄹ라고(요)', 'intending to'],
  ['ㄹ텐데(요)', 'would'],
  ['ㄹ테니까(요)', 'since (will)'],
  ['ㅁ', 'nominal', '', 'noun'],
  ['ㅂ시다', 'suggestion,formal'],
  ['세요', 'honorific,polite'],
  ['셔요', 'honorific,polite'],
  ['십시오', 'honorific,formal,imperative'],
  ['십시요', 'honorific,formal,imperative'],
  ['므로', 'because/so'],
  ['소서', 'archaic imperative'],
  ['나', 'but'],
  ['냐', 'question'],
  ['라', 'imperative'],
  ['라', 'imperative,quotative', '', 'quote'],
  ['라고(요)', 'imperative,quotative'],
  ['래(요)', 'imperative,quotative'],
];

/** Attached to the 아/어 form. */
const A_ROWS: Row[] = [
  ['', 'casual'],
  ['', '', '', 'auxA'],
  ['요', 'polite'],
  ['서(요)', 'because/so', 'T'],
  ['도(요)', 'even if'],
  ['야', 'must/only if'],
  // -어다(가): do and carry the result elsewhere, mostly before 주다/드리다 (모셔다 드릴게요).
  ['다(가)', 'and (then, elsewhere)'],
  ['다', '', '', 'auxDa'],
  ['야지(요)', 'should'],
  ['야겠', 'must,future/conjecture', '', 'fut'],
  ['야죠', 'should,polite'],
  ['라', 'imperative'],
  ['ㅆ', 'past', '', 'past'],
];

/** Copula-only endings, attached to its base (이 or nothing after a vowel). */
const COPULA_ROWS: Row[] = [
  ['야', 'casual'],
  ['라', 'because/so'],
  ['에요', 'polite'],
  ['예요', 'polite'],
  ['라서(요)', 'because/so', 'T'],
  ['라고(요)', 'quotative', 'T'],
  ['라도', 'even if'],
  ['라면', 'if'],
  ['라니(요)', 'exclamation'],
  ['란', 'quotative,adnominal'],
  ['라는', 'quotative,adnominal'],
  ['래(요)', 'quotative'],
  ['라', 'quotative', '', 'quote'],
];

const TAILS: ReadonlyArray<readonly [string, string]> = [
  ['요', 'polite'],
  ['는', 'topic'],
  ['ㄴ', 'topic'],
  ['도', 'also'],
  ['만', 'only'],
];

function endingOf(jamo: string, labels: readonly string[], next: Next, flags: string): Ending {
  const first = jamo[0];
  return {
    form: jamo,
    labels,
    next,
    dropsL:
      first === 'ㄴ' || first === 'ㅂ' || first === 'ㅅ' || (first === 'ㄹ' && !isVowel(jamo[1])),
    startsN: first === 'ㄴ',
    verbal: labels.some((l) => VERBAL.has(l)),
    copula: flags.includes('p') ? 'none' : flags.includes('f') ? 'full' : 'any',
  };
}

/** Expands the rows into tries for stems ending in a consonant (C) and in a vowel or ㄹ (V). */
function build(rows: Row[]): { C: Trie<Ending>; V: Trie<Ending> } {
  const C = new Trie<Ending>();
  const V = new Trie<Ending>();
  for (const [written, labelText, flags = '', next = 'end'] of rows) {
    const labels = labelText ? labelText.split(',') : [];
    const optional = /^(.*)\((.+)\)$/u.exec(written);
    const bare = optional ? optional[1]! : written;
    const suffix = optional ? optional[2]! : null;
    const [c, v = c] = bare.split('|') as [string, string?];
    for (const [trie, form] of [
      [C, c],
      [V, v],
    ] as const) {
      const jamo = toJamo(form);
      const add = (j: string, l: readonly string[]) => trie.add(j, endingOf(j, l, next, flags));
      add(jamo, labels);
      if (suffix) add(jamo + toJamo(suffix), suffix === '요' ? [...labels, 'polite'] : labels);
      if (flags.includes('T')) {
        for (const [tail, label] of TAILS) {
          if (tail === 'ㄴ' && !isVowel(jamo[jamo.length - 1])) continue;
          add(jamo + toJamo(tail), [...labels, label]);
        }
      }
    }
  }
  return { C, V };
}

export const B_ENDINGS = build(B_ROWS);
export const U_ENDINGS = build(U_ROWS).V;
export const A_ENDINGS = build(A_ROWS).V;
export const COPULA_ENDINGS = build(COPULA_ROWS).V;
