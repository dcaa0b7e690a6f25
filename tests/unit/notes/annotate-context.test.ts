import { describe, expect, it } from 'vitest';
import { chineseEngine } from '../../../utils/language/zh';
import { japaneseEngine } from '../../../utils/language/ja';
import { koreanEngine } from '../../../utils/language/ko';
import type { LanguageEngine } from '../../../utils/language/types';
import { createAnnotator } from '../../../utils/notes/annotate';
import type { NoteInput } from '../../../utils/notes/schema';
import { testNote } from '../note-fixture';

const note = (input: Pick<NoteInput, 'id' | 'headword' | 'context'>) =>
  testNote({ category: 'slang', ...input });

// Context strings are written in one spelling; lines arrive in any spelling of the language.
const cases: [string, LanguageEngine, NoteInput['context'], string, boolean][] = [
  [
    'zh: simplified context, traditional line',
    chineseEngine,
    { any: ['宿主'] },
    '叮！宿主，系統已綁定。',
    true,
  ],
  [
    'zh: simplified none-rule, traditional line',
    chineseEngine,
    { none: ['操作'] },
    '系統操作失敗。',
    false,
  ],
  ['zh: full-width letters fold', chineseEngine, { any: ['abc'] }, 'ＡＢＣ系统', true],
  [
    'ja: full-width context, half-width line',
    japaneseEngine,
    { any: ['マジ'] },
    'ﾏｼﾞでやばい',
    true,
  ],
  [
    'ja: the kana script stays meaningful',
    japaneseEngine,
    { any: ['マジ'] },
    'まじでやばい',
    false,
  ],
  [
    'ko: NFC context, NFD line',
    koreanEngine,
    { any: ['오늘'] },
    '오늘 대박'.normalize('NFD'),
    true,
  ],
  ['ko: context absent from line', koreanEngine, { any: ['어제'] }, '오늘 대박', false],
];

const headwords: Record<string, string> = { zh: '系统', ja: 'やばい', ko: '대박' };

describe('context rules see every spelling of a line', () => {
  it.each(cases)('%s', (_name, engine, context, line, expected) => {
    const n = note({ id: `${engine.code}.test-note`, headword: headwords[engine.code]!, context });
    const marks = createAnnotator(engine, [n]).annotate(line);
    expect(marks.some((m) => m.note.id === n.id)).toBe(expected);
  });
});
