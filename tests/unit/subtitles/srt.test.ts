import { describe, expect, it } from 'vitest';
import { SubtitleParseError } from '../../../utils/subtitles/errors';
import { readLooseMarkup } from '../../../utils/subtitles/markup';
import { parseSrt, parseSrtTimestamp } from '../../../utils/subtitles/srt';

describe('parseSrtTimestamp', () => {
  it.each<[string, number | null]>([
    ['00:00:01,000', 1000],
    ['00:00:01.000', 1000],
    ['00:00:01:500', 1500],
    ['01:02:03,456', 3723456],
    ['1:02:03,4', 3723400],
    ['00:00:01,04', 1040], // two digits are hundredths: 40 ms
    ['00:00:01,5', 1500],
    ['00:00:01,12345', 1123],
    ['00:00:013,567', 13567],
    ['00:0:03.390', 3390],
    ['00:01:39', 99000],
    ['02:03,456', 123456],
    ['123:00:00,000', 442800000],
    ['00:60:00,000', null],
    ['00:00:60,000', null],
    ['00:00', null],
    ['02.345', null],
    ['-0:00:01,000', null],
    ['00:00:01,', null],
    ['', null],
  ])('%j → %s', (input, ms) => {
    expect(parseSrtTimestamp(input)).toBe(ms);
  });
});

describe('parseSrt', () => {
  const cue = (startMs: number, endMs: number, text: string, id?: string) =>
    id === undefined ? { startMs, endMs, text } : { startMs, endMs, text, id };

  it.each<[string, string, object[]]>([
    [
      'typical file',
      '1\n00:00:01,000 --> 00:00:02,000\n안녕하세요\n\n2\n00:00:03,000 --> 00:00:04,500\n둘째 줄\n셋째 줄\n',
      [cue(1000, 2000, '안녕하세요', '1'), cue(3000, 4500, '둘째 줄\n셋째 줄', '2')],
    ],
    [
      'CRLF, BOM and no index lines',
      '\uFEFF00:00:01,000 --> 00:00:02,000\r\n你好\r\n\r\n00:00:03,000 --> 00:00:04,000\r\n再见\r\n',
      [cue(1000, 2000, '你好'), cue(3000, 4000, '再见')],
    ],
    [
      'lone CR line breaks',
      '1\r00:00:01,000 --> 00:00:02,000\rこんにちは\r',
      [cue(1000, 2000, 'こんにちは', '1')],
    ],
    [
      'missing blank line: the next index is not text',
      '1\n00:00:01,000 --> 00:00:02,000\nfirst\n2\n00:00:03,000 --> 00:00:04,000\nsecond',
      [cue(1000, 2000, 'first', '1'), cue(3000, 4000, 'second', '2')],
    ],
    [
      'text that is a number stays when a blank line follows',
      '1\n00:00:01,000 --> 00:00:02,000\n42\n\n2\n00:00:03,000 --> 00:00:04,000\nx',
      [cue(1000, 2000, '42', '1'), cue(3000, 4000, 'x', '2')],
    ],
    [
      'a block without timing is skipped, not glued to the previous cue',
      '1\n00:00:01,000 --> 00:00:02,000\nfirst\n\n2\nno timing here\n\n3\n00:00:05,000 --> 00:00:06,000\nthird',
      [cue(1000, 2000, 'first', '1'), cue(5000, 6000, 'third', '3')],
    ],
    [
      'short arrow, positioning after the end time, leading spaces',
      '  00:00:01,000 -> 00:00:02,000  X1:40 X2:600\n  indented\n',
      [cue(1000, 2000, 'indented')],
    ],
    [
      'empty cue text is kept',
      '1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\nx',
      [cue(1000, 2000, '', '1'), cue(3000, 4000, 'x', '2')],
    ],
    [
      'negative timestamps are not timing lines',
      '1\n-00:00:01,000 --> 00:00:02,000\nlost\n\n2\n00:00:03,000 --> 00:00:04,000\nkept',
      [cue(3000, 4000, 'kept', '2')],
    ],
    ['empty file', '', []],
    ['blank file', '\n \n\t\n', []],
  ])('%s', (_name, input, expected) => {
    expect(parseSrt(input)).toEqual(expected);
  });

  it('names the line of a bad timestamp when nothing could be read', () => {
    const run = () => parseSrt('1\n00:00:01,000 --> 00:00:0x,000\ntext\n');
    expect(run).toThrow(SubtitleParseError);
    expect(run).toThrow(/^Line 2: bad timestamp/);
  });

  it('says a file without timing lines is not subtitles', () => {
    expect(() => parseSrt('just some words\nand more')).toThrow(
      /does not look like a subtitle file/,
    );
  });
});

describe('readLooseMarkup (SRT text)', () => {
  it.each<[string, string]>([
    ['<i>기울임</i>', '기울임'],
    ['<b>粗</b><u>下划线</u><s>取消</s>', '粗下划线取消'],
    ['<font color="#ff0000">赤</font>', '赤'],
    ['< u><i><font color="red" >A < s>B< /  i > C</s></xyz>', 'A B C'],
    ['<sub>unknown</sub> tags', 'unknown tags'],
    ['{\\an8}위에', '위에'],
    ['{\\i1}a{\\i0} {\\ an 2}b', 'a b'],
    ['{ \\an2} is text', '{ \\an2} is text'],
    ['I <3 you, a < b', 'I <3 you, a < b'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['<script>alert(1)</script>', 'alert(1)'],
    ['&nbsp;&amp;&lt;&gt;&quot;', '\u00a0&<>"'],
    ['AT&T, Q&A, &amp', 'AT&T, Q&A, &amp'],
  ])('%j → %j', (input, text) => {
    expect(readLooseMarkup(input).text).toBe(text);
  });
});

describe('readLooseMarkup: styles and position', () => {
  const I = (start: number, end: number) => ({ start, end, italic: true as const });
  it.each<[string, ReturnType<typeof readLooseMarkup>]>([
    ['plain', { text: 'plain' }],
    ['<i>기울임</i>', { text: '기울임', styles: [I(0, 3)] }],
    ['<I>upper</I>', { text: 'upper', styles: [I(0, 5)] }],
    ['< i >spaced< / i >', { text: 'spaced', styles: [I(0, 6)] }],
    [
      '<b>粗</b><u>下</u><s>取消</s>',
      {
        text: '粗下取消',
        styles: [
          { start: 0, end: 1, bold: true },
          { start: 1, end: 2, underline: true },
        ],
      },
    ],
    ['<font color="red"><i>赤</i></font>', { text: '赤', styles: [I(0, 1)] }],
    // Tags are counted: an unclosed <i> styles the rest, a stray </i> changes nothing.
    ['<i>one\ntwo', { text: 'one\ntwo', styles: [I(0, 7)] }],
    ['a</i>b', { text: 'ab' }],
    ['<i><i>x</i>y</i>z', { text: 'xyz', styles: [I(0, 2)] }],
    // References decode after the tags go; offsets count the decoded text.
    ['&lt;<i>b</i>&gt;', { text: '<b>', styles: [I(1, 2)] }],
    ['<i>&amp;</i>x', { text: '&x', styles: [I(0, 1)] }],
    // SSA overrides borrowed by SRT files.
    ['{\\i1}a{\\i0} b', { text: 'a b', styles: [I(0, 1)] }],
    ['{\\an8}위에', { text: '위에', position: { vertical: 'top' } }],
    ['{\\an7}左上', { text: '左上', position: { vertical: 'top', align: 'start' } }],
    ['{\\an3}右下', { text: '右下', position: { vertical: 'bottom', align: 'end' } }],
    ['{\\an5}中', { text: '中', position: { line: 50 } }],
    ['{\\an2}normal', { text: 'normal' }],
    ['{\\an8}first{\\an2}second', { text: 'firstsecond', position: { vertical: 'top' } }],
    ['{ \\an8} is text', { text: '{ \\an8} is text' }],
  ])('%j', (input, expected) => {
    expect(readLooseMarkup(input)).toEqual(expected);
  });

  it('gives a parsed cue its styles and position', () => {
    expect(parseSrt('1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>간판</i>\n')).toEqual([
      {
        id: '1',
        text: '간판',
        startMs: 1000,
        endMs: 2000,
        styles: [I(0, 2)],
        position: { vertical: 'top' },
      },
    ]);
  });
});
