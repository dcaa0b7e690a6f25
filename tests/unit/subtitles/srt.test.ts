import { describe, expect, it } from 'vitest';
import { SubtitleParseError } from '../../../utils/subtitles/errors';
import { stripLooseMarkup } from '../../../utils/subtitles/markup';
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

describe('stripLooseMarkup (SRT text)', () => {
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
    expect(stripLooseMarkup(input)).toBe(text);
  });
});
