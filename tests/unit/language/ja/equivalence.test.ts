import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { japaneseEngine } from '../../../../utils/language/ja';
import { note, TEST_NOTES } from './test-notes';

/** 360 body-part idioms in the shape the pack uses: noun + particle + verb. */
const NOUNS = [...'手目口気顔腹頭胸足首耳鼻肩腕心'];
const PARTICLES = ['が', 'を', 'に'];
const VERBS = ['出す', '入る', '立つ', '付く', '掛ける', '取る', '落とす', '回る'];
const SYNTHETIC = NOUNS.flatMap((n, i) =>
  PARTICLES.flatMap((p, j) => VERBS.map((v, k) => note(`syn-${i}-${j}-${k}`, n + p + v))),
);
const NOTES = [...TEST_NOTES, ...SYNTHETIC];

const ENDINGS = [
  '',
  'た',
  'ない',
  'ました',
  'ちゃった',
  'て',
  'よ',
  'くて',
  'かった',
  'ねえ',
  'ーい',
  'ーよ',
  'ぁ',
];
const plain = readFileSync(
  path.resolve(import.meta.dirname, '../../../fixtures/plain-lines/ja.txt'),
  'utf8',
)
  .split('\n')
  .filter(Boolean);

/** Pauses a line may put inside a phrase, and marks that are not pauses. */
const MARKS = ['、', '…', '……', '！', '?', '!?', '，', '。', '「'];

/**
 * Deterministic lines: plain lines with headwords cut at their last kana and re-ended, every
 * third one with a mark put somewhere inside it.
 */
function lines(count: number): string[] {
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const out: string[] = [...plain];
  while (out.length < count) {
    const n = NOTES[next(NOTES.length)]!;
    let cut = next(3) === 0 ? n.headword : n.headword.slice(0, -1);
    if (next(3) === 0) {
      const split = next(cut.length + 1);
      cut = cut.slice(0, split) + MARKS[next(MARKS.length)] + cut.slice(split);
    }
    const base = plain[next(plain.length)]!;
    const at = next(base.length);
    out.push(base.slice(0, at) + cut + ENDINGS[next(ENDINGS.length)] + base.slice(at));
  }
  return out;
}

describe('compile and compileNaive', () => {
  const indexed = japaneseEngine.compile(NOTES);
  const naive = japaneseEngine.compileNaive(NOTES);
  const sample = lines(1500);

  it('find the same hits in 1,500 lines', () => {
    const differing = sample.filter(
      (line) => JSON.stringify(indexed.match(line)) !== JSON.stringify(naive.match(line)),
    );
    expect(differing).toEqual([]);
  });

  it('find something in most generated lines (the comparison is not vacuous)', () => {
    const withHits = sample.filter((line) => indexed.match(line).length > 0).length;
    expect(withHits).toBeGreaterThan(sample.length / 4);
  });

  it('agree on single-character fixed parts and on empty lines', () => {
    const notes = [note('me', '目', { match: ['目='] }), note('ki', '気', { match: ['気='] })];
    const a = japaneseEngine.compile(notes);
    const b = japaneseEngine.compileNaive(notes);
    for (const line of ['', '目', '気になる目つき', '目目目']) {
      expect(a.match(line)).toEqual(b.match(line));
    }
    expect(a.match('目目目')).toHaveLength(3);
  });
});
