import { describe, expect, it } from 'vitest';
import { lineText } from '../../../utils/overlay/line-text';

describe('lineText', () => {
  it.each<[string, string, { text: string; speakers: (string | undefined)[] }]>([
    ['a plain line', '밥 먹었어?', { text: '밥 먹었어?', speakers: [undefined] }],
    ['a label', '민수: 밥 먹었어?', { text: '밥 먹었어?', speakers: ['민수'] }],
    ['a full-width colon', '太郎：いただきます', { text: 'いただきます', speakers: ['太郎'] }],
    [
      'a label per row',
      '지은: 오빠!\n민수: 왜?',
      { text: '오빠!\n왜?', speakers: ['지은', '민수'] },
    ],
    ['a dialogue dash stays', '- 민수: 왜?', { text: '- 왜?', speakers: ['민수'] }],
    ['a time is not a speaker', '10:30에 만나', { text: '10:30에 만나', speakers: [undefined] }],
    ['nor a link', 'http://x.test 봐', { text: 'http://x.test 봐', speakers: [undefined] }],
    [
      'nor a sentence',
      '그래서 말인데: 가자',
      { text: '그래서 말인데: 가자', speakers: [undefined] },
    ],
    ['nor a colon with nothing after', '민수:', { text: '민수:', speakers: [undefined] }],
  ])('%s', (_, text, expected) => {
    const line = lineText({ text });
    expect(line.text).toBe(expected.text);
    expect(line.rows.map((r) => r.speaker)).toEqual(expected.speakers);
  });

  it('gives the source’s speaker to the first row and keeps row offsets into the words', () => {
    const line = lineText({ text: '뭐 해?\n지은: 아무것도.', speaker: '민수', italic: true });
    expect(line).toEqual({
      text: '뭐 해?\n아무것도.',
      rows: [
        { start: 0, speaker: '민수' },
        { start: 5, speaker: '지은' },
      ],
      italic: true,
      styles: [],
      ruby: [],
    });
  });
});

describe('lineText: the source’s styles and readings follow the words', () => {
  it.each<
    [string, Parameters<typeof lineText>[0], { text: string; styles: object[]; ruby: object[] }]
  >([
    [
      'no label: offsets unchanged',
      {
        text: '今日は',
        styles: [{ start: 0, end: 2, italic: true }],
        ruby: [{ start: 0, end: 2, reading: 'きょう' }],
      },
      {
        text: '今日は',
        styles: [{ start: 0, end: 2, italic: true }],
        ruby: [{ start: 0, end: 2, text: 'きょう' }],
      },
    ],
    [
      'a label taken out of the second row moves what follows it',
      {
        text: '뭐?\n지은: 아무것도.',
        styles: [{ start: 7, end: 11, italic: true }],
        ruby: [{ start: 7, end: 9, reading: 'x' }],
      },
      {
        text: '뭐?\n아무것도.',
        styles: [{ start: 3, end: 7, italic: true }],
        ruby: [{ start: 3, end: 5, text: 'x' }],
      },
    ],
    [
      'a style over the label is cut to the words; a reading over it is dropped',
      {
        text: '太郎：行くぞ',
        styles: [{ start: 0, end: 6, bold: true }],
        ruby: [
          { start: 0, end: 2, reading: 'たろう' },
          { start: 3, end: 4, reading: 'い' },
        ],
      },
      {
        text: '行くぞ',
        styles: [{ start: 0, end: 3, bold: true }],
        ruby: [{ start: 0, end: 1, text: 'い' }],
      },
    ],
    [
      'a style only over the label disappears; a dialogue dash stays',
      { text: '- 민수: 왜?', styles: [{ start: 2, end: 4, italic: true }] },
      { text: '- 왜?', styles: [], ruby: [] },
    ],
  ])('%s', (_, cue, expected) => {
    const line = lineText(cue);
    expect({ text: line.text, styles: line.styles, ruby: line.ruby }).toEqual(expected);
  });
});
