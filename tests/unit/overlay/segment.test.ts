import { describe, expect, it } from 'vitest';
import {
  lookupText,
  segmentLine,
  type HoverUnit,
  type Segment,
  type SegmentMark,
} from '../../../utils/overlay/segment';
import { testNote } from '../note-fixture';

const high = testNote({ id: 'ko.nun-i-nopda', headword: '눈이 높다' });
const rice = testNote({ id: 'ko.bap-meogeosseoyo', headword: '밥 먹었어요?', category: 'social' });

/** Compact view: [kind, text] pairs, with the note id for marks. */
const view = (segments: Segment[]) =>
  segments.map((s) => (s.kind === 'mark' ? ['mark', s.text, s.note.id] : [s.kind, s.text]));

function mark(line: string, surface: string, note = high): SegmentMark {
  const start = line.indexOf(surface);
  return { start, end: start + surface.length, note };
}

describe('segmentLine', () => {
  it('splits a Korean line into eojeol words, trimming punctuation into plain text', () => {
    const line = '“어머, 진짜요?” 그래!';
    expect(view(segmentLine(line, [], 'word'))).toEqual([
      ['text', '“'],
      ['word', '어머'],
      ['text', ', '],
      ['word', '진짜요'],
      ['text', '?” '],
      ['word', '그래'],
      ['text', '!'],
    ]);
  });

  it('splits a Korean word at punctuation inside it, as the dictionary reads words', () => {
    expect(view(segmentLine('뭐...진짜? 6·25 때', [], 'word'))).toEqual([
      ['word', '뭐'],
      ['text', '...'],
      ['word', '진짜'],
      ['text', '? '],
      ['word', '6'],
      ['text', '·'],
      ['word', '25'],
      ['text', ' '],
      ['word', '때'],
    ]);
  });

  it('puts a mark where the annotator found it and words around it', () => {
    const line = '우리 누나는 눈이 너무 높아서 큰일이야.';
    expect(view(segmentLine(line, [mark(line, '눈이 너무 높아서')], 'word'))).toEqual([
      ['word', '우리'],
      ['text', ' '],
      ['word', '누나는'],
      ['text', ' '],
      ['mark', '눈이 너무 높아서', 'ko.nun-i-nopda'],
      ['text', ' '],
      ['word', '큰일이야'],
      ['text', '.'],
    ]);
  });

  it('handles a mark inside an eojeol: the rest of the token stays hoverable', () => {
    const line = '눈이높다니까';
    expect(view(segmentLine(line, [{ start: 0, end: 4, note: high }], 'word'))).toEqual([
      ['mark', '눈이높다', 'ko.nun-i-nopda'],
      ['word', '니까'],
    ]);
  });

  it('keeps several marks in order and skips overlapping or out-of-range ones', () => {
    const line = '밥 먹었어요? 눈이 높다';
    const marks: SegmentMark[] = [
      mark(line, '눈이 높다'),
      mark(line, '밥 먹었어요?', rice),
      { start: 1, end: 3, note: high },
      { start: 5, end: 99, note: high },
    ];
    expect(view(segmentLine(line, marks, 'word'))).toEqual([
      ['mark', '밥 먹었어요?', 'ko.bap-meogeosseoyo'],
      ['text', ' '],
      ['mark', '눈이 높다', 'ko.nun-i-nopda'],
    ]);
  });

  it('makes each Chinese or Japanese letter its own hover unit', () => {
    expect(view(segmentLine('你好，世界！', [], 'char'))).toEqual([
      ['word', '你'],
      ['word', '好'],
      ['text', '，'],
      ['word', '世'],
      ['word', '界'],
      ['text', '！'],
    ]);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(view(segmentLine('𠀋a', [], 'char'))).toEqual([
      ['word', '𠀋'],
      ['word', 'a'],
    ]);
  });

  it.each<[string, HoverUnit]>([
    ['<b>굵게</b> 말해', 'word'],
    ['첫 줄\n둘째 줄 — 끝…', 'word'],
    ['「お前はもう死んでいる」', 'char'],
    ['', 'word'],
    ['   ', 'char'],
    ['<img src=x onerror=alert(1)>', 'word'],
  ])('covers %j exactly, in order', (line, unit) => {
    const segments = segmentLine(line, [], unit);
    expect(segments.map((s) => s.text).join('')).toBe(line);
    let pos = 0;
    for (const s of segments) {
      expect(s.start).toBe(pos);
      expect(line.slice(s.start, s.end)).toBe(s.text);
      pos = s.end;
    }
    expect(pos).toBe(line.length);
  });
});

describe('lookupText', () => {
  const wordAt = (line: string, unit: HoverUnit, text: string) =>
    segmentLine(line, [], unit).find((s) => s.kind === 'word' && s.text === text)!;

  it('asks about a Korean word as it is written', () => {
    const line = '밥 먹었어요?';
    expect(lookupText(line, wordAt(line, 'word', '먹었어요'), 'word')).toBe('먹었어요');
  });

  it('sends Chinese and Japanese text from the hovered letter to the next punctuation', () => {
    const line = 'ごちそうさま！本当に美味しかったです。';
    expect(lookupText(line, wordAt(line, 'char', '美'), 'char')).toBe('美味しかったです');
    const zh = '我们一起吃饭吧，好不好';
    expect(lookupText(zh, wordAt(zh, 'char', '吃'), 'char')).toBe('吃饭吧');
  });

  it('stops after 16 letters and keeps characters outside the basic plane whole', () => {
    const line = `${'𠀋'.repeat(20)}`;
    const text = lookupText(line, segmentLine(line, [], 'char')[0]!, 'char');
    expect(Array.from(text)).toHaveLength(16);
    expect(text).toBe('𠀋'.repeat(16));
  });
});
