import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseEngine } from '../../../../utils/language/zh';
import { note, TEST_NOTES } from './test-notes';

const plain = readFileSync(
  path.resolve(import.meta.dirname, '../../../fixtures/plain-lines/zh.txt'),
  'utf8',
)
  .split('\n')
  .filter(Boolean);

/**
 * Synthetic notes that overlap heavily: every two- and three-character stretch of the plain
 * lines' Han text, every fifth one as a frame of its first and last character.
 */
function syntheticNotes() {
  const seen = new Set<string>();
  const out = [];
  for (const line of plain) {
    const han = Array.from(line.replace(/[^\p{Script=Han}]/gu, ''));
    for (let len = 2; len <= 3; len++) {
      for (let i = 0; i + len <= han.length; i++) {
        const word = han.slice(i, i + len).join('');
        if (seen.has(word)) continue;
        seen.add(word);
        const frame = seen.size % 5 === 0 ? [`${han[i]}…${han[i + len - 1]}`] : undefined;
        out.push(note(`syn-${seen.size}`, word, frame ? { match: frame } : {}));
      }
    }
  }
  return out;
}

const NOTES = [...TEST_NOTES, ...syntheticNotes()];
const INSERTS = [...TEST_NOTES.map((n) => n.headword), '狗拿耗子多管闲事', '一看就', '越来越'];
const NOISE = ['，', ' ', '！', '😂', '𠮷', 'ＯＫ', '…', '——', '「', '」'];

/** Deterministic lines: plain lines with headwords and noise spliced in. */
function lines(count: number): string[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const out: string[] = [...plain];
  while (out.length < count) {
    const base = plain[next(plain.length)]!;
    const chars = Array.from(base);
    const at = next(chars.length);
    const insert = next(2) === 0 ? INSERTS[next(INSERTS.length)]! : '';
    const noise = NOISE[next(NOISE.length)]!;
    const noiseAt = next(chars.length + 1);
    chars.splice(at, 0, insert);
    chars.splice(noiseAt, 0, noise);
    out.push(chars.join(''));
  }
  return out;
}

describe('compile and compileNaive', () => {
  const indexed = chineseEngine.compile(NOTES);
  const naive = chineseEngine.compileNaive(NOTES);
  const sample = lines(1500);

  it('use enough notes to be a real test', () => {
    expect(NOTES.length).toBeGreaterThan(350);
  });

  it('find the same hits in 1,500 lines', () => {
    const differing = sample.filter(
      (line) => JSON.stringify(indexed.match(line)) !== JSON.stringify(naive.match(line)),
    );
    expect(differing).toEqual([]);
  });

  it('find something in nearly every line (the comparison is not vacuous)', () => {
    const hits = sample.map((line) => indexed.match(line).length);
    expect(hits.filter((n) => n > 0).length).toBeGreaterThan(sample.length * 0.9);
    expect(hits.reduce((a, b) => a + b, 0)).toBeGreaterThan(sample.length * 5);
  });

  it('agree on one-character patterns, repeats and empty lines', () => {
    const notes = [note('a', '好'), note('b', '好好'), note('c', '好…好'), note('d', '好好好')];
    const a = chineseEngine.compile(notes);
    const b = chineseEngine.compileNaive(notes);
    for (const line of [
      '',
      '好',
      '好好',
      '好好好好',
      '好，好',
      '好一二三四五六好',
      '好一二三四五六七好',
    ]) {
      expect(a.match(line)).toEqual(b.match(line));
    }
    expect(a.match('好好好')).toHaveLength(3 + 2 + 2 + 1);
  });

  it('agree when one key is a suffix of another (failure links)', () => {
    const notes = [
      note('a', '马马虎虎'),
      note('b', '虎虎'),
      note('c', '马虎'),
      note('d', '虎虎生威'),
    ];
    const a = chineseEngine.compile(notes);
    const b = chineseEngine.compileNaive(notes);
    for (const line of ['马马虎虎生威', '虎虎生威', '马马马虎虎虎', '马虎虎生']) {
      expect(a.match(line)).toEqual(b.match(line));
    }
    expect(a.match('马马虎虎生威').map((h) => h.noteId)).toEqual(['zh.a', 'zh.c', 'zh.b', 'zh.d']);
  });
});
