import { describe, expect, it } from 'vitest';
import { japaneseEngine } from '../../../../utils/language/ja';
import { note } from './test-notes';

const SUFFIXES = ['さん', 'くん', 'ちゃん', '様', 'さま'];
const notes = SUFFIXES.map((s) => note(`suffix-${SUFFIXES.indexOf(s)}`, `～${s}`));
const indexed = japaneseEngine.compile(notes);
const naive = japaneseEngine.compileNaive(notes);

/** The text of every suffix hit in the line (both matchers must agree). */
function hits(line: string): string[] {
  const a = indexed.match(line).map((h) => line.slice(h.start, h.end));
  expect(naive.match(line).map((h) => line.slice(h.start, h.end))).toEqual(a);
  return a;
}

/** [line, the suffix hits expected in it] */
const ROWS: [string, string[]][] = [
  ['田中さん、こっち', ['さん']],
  ['ユイちゃんと遊ぶ', ['ちゃん']],
  ['ゆいちゃんと遊ぶ', ['ちゃん']],
  ['ﾕｲちゃん', ['ちゃん']],
  ['Tomさん', ['さん']],
  ['健くんの番だよ', ['くん']],
  ['ひろしくん！', ['くん']],
  ['お客様、こちらへ', ['様']],
  ['神様お願い', ['様']],
  ['お母さん', ['さん']],
  ['みなさん、おはよう', ['さん']],
  ['ねえ、ゆいちゃん', ['ちゃん']],
  ['たくさんある', []],
  ['こんなにたくさん', []],
  ['行くんだ', []],
  ['書くんですか', []],
  ['泣くんじゃない', []],
  ['ちゃんとして', []],
  ['、ちゃんと', []],
  ['さんざん待った', []],
  ['おさんぽ', []],
  ['その様子', []],
  ['様々な人', []],
  ['その様な話', []],
  ['同様に', []],
  ['ご馳走様でした', []],
  ['ごちそうさま', []],
  ['お疲れさん', []],
  ['田中 さん', []],
  ['てめえ、何様のつもりだ', []],
  ['貴様だけは許さん！', []],
  ['絶対に逃さんぞ', []],
  ['この手は離さん', []],
  ['生きては帰さん', []],
  ['渡さん、こっちです', ['さん']],
];

describe('～ suffix patterns follow a name', () => {
  it.each(ROWS)('%s → %j', (line, expected) => {
    expect(hits(line)).toEqual(expected);
  });
});
