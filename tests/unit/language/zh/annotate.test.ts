import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../../../utils/language/registry';
import { chineseEngine } from '../../../../utils/language/zh';
import { createAnnotator } from '../../../../utils/notes/annotate';
import { note, TEST_NOTES } from './test-notes';

const NOTES = [
  ...TEST_NOTES,
  note('long', '龙', { context: { any: ['舞', '年'] }, category: 'holiday' }),
  note('chi-fan', '吃饭', { context: { none: ['吃饭了吗'] }, category: 'food' }),
];
const annotator = createAnnotator(chineseEngine, NOTES);
const naive = createAnnotator(chineseEngine, NOTES, { naive: true });

const marks = (line: string) =>
  annotator.annotate(line).map((m) => `${m.note.id.slice(3)}:${line.slice(m.start, m.end)}`);

describe('createAnnotator with the Chinese engine', () => {
  it('is the engine the registry loads for zh', async () => {
    expect(await loadEngine('zh')).toBe(chineseEngine);
  });

  it.each([
    ['你这是狗拿耗子，多管闲事！', ['gou-na-haozi:狗拿耗子，多管闲事']],
    ['你這是狗拿耗子，多管閒事！', ['gou-na-haozi:狗拿耗子，多管閒事']],
    ['上班摸魚被老闆發現了', ['mo-yu:摸魚']],
    ['老闆，上班摸魚的不是我', ['lao-ban:老闆', 'mo-yu:摸魚']],
    ['他一回家就吃醋', ['yi-jiu:一回家就', 'chi-cu:吃醋']],
    ['春节舞龙', ['long:龙']],
    ['他是一条龙', []],
    ['走，吃饭去', ['chi-fan:吃饭']],
    ['你吃饭了吗？', []],
    ['今天的会议几点开始？', []],
    ['这跟你没关系', []],
    ['他在这边很有面子，也讲关系', ['mian-zi:面子', 'guan-xi:关系']],
    ['我们一起吃瓜子吧', []],
  ])('「%s」 → %j', (line, expected) => {
    expect(marks(line)).toEqual(expected);
  });

  it('keeps the longer of two overlapping notes', () => {
    // 吃瓜群众 (a form of 吃瓜) covers 吃瓜; 群众 alone is nothing here.
    expect(marks('吃瓜群众表示看不懂')).toEqual(['chi-gua:吃瓜群众']);
  });

  it('filters by category', () => {
    const line = '上班摸鱼被老板发现了';
    const slangOnly = annotator.annotate(line, { categories: new Set(['slang'] as const) });
    expect(slangOnly.map((m) => m.note.id)).toEqual(['zh.mo-yu']);
  });

  it('gives no mark on the plain lines, indexed or naive', () => {
    const plain = readFileSync(
      path.resolve(import.meta.dirname, '../../../fixtures/plain-lines/zh.txt'),
      'utf8',
    )
      .split('\n')
      .filter(Boolean);
    expect(plain.length).toBeGreaterThanOrEqual(40);
    const noisy = plain.filter(
      (line) => annotator.annotate(line).length > 0 || naive.annotate(line).length > 0,
    );
    expect(noisy).toEqual([]);
  });
});
