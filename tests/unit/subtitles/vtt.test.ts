import { describe, expect, it } from 'vitest';
import { SubtitleParseError } from '../../../utils/subtitles/errors';
import { parseVtt } from '../../../utils/subtitles/vtt';
import { collectVttTimestamp } from '../../../utils/subtitles/vtt-timestamp';

const cue = (startMs: number, endMs: number, text: string, extra = {}) => ({
  startMs,
  endMs,
  text,
  ...extra,
});

describe('WebVTT signature', () => {
  it.each([
    ['WEBVTT', 0],
    ['WEBVTT\n', 0],
    ['WEBVTT header text\n\n00:01.000 --> 00:02.000\na', 1],
    ['WEBVTT\theader\n\n00:01.000 --> 00:02.000\na', 1],
    ['\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\na', 1],
    ['WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\na', 1],
  ])('accepts %j', (input, count) => {
    expect(parseVtt(input)).toHaveLength(count);
  });

  it.each([
    '',
    '\n',
    'WEBVT',
    'webvtt\n',
    'WEBVTTfoo\n',
    'WEBVTT\f\n',
    'WEBVTT\u00a0foo\n',
    'WEBVTT\0\n',
    '\uFEFF\uFEFFWEBVTT\n',
    ' WEBVTT\n',
    '\nWEBVTT\n',
    'WEBSRT\n',
    '00:00:00.000 --> 00:00:01.000\ntext\n',
  ])('rejects %j as a whole', (input) => {
    expect(() => parseVtt(input)).toThrow(SubtitleParseError);
  });
});

describe('WebVTT blocks', () => {
  it.each<[string, string, object[]]>([
    ['cue without id', 'WEBVTT\n\n00:01.000 --> 00:02.000\nhello', [cue(1000, 2000, 'hello')]],
    [
      'cue with id',
      'WEBVTT\n\nfirst\n00:01.000 --> 00:02.000\nhello',
      [cue(1000, 2000, 'hello', { id: 'first' })],
    ],
    [
      'header lines and timings right after the signature',
      'WEBVTT\nKind: captions\n00:01.000 --> 00:02.000\nhi',
      [cue(1000, 2000, 'hi')],
    ],
    [
      'NOTE and STYLE blocks yield nothing',
      'WEBVTT\n\nNOTE a comment\nmore\n\nSTYLE\n::cue { color: red }\n\n00:01.000 --> 00:02.000\nx',
      [cue(1000, 2000, 'x')],
    ],
    [
      'cues without a blank line between them',
      'WEBVTT\n\n00:01.000 --> 00:02.000\none\n00:03.000 --> 00:04.000\ntwo',
      [cue(1000, 2000, 'one'), cue(3000, 4000, 'two')],
    ],
    [
      'an id line containing an arrow is itself the timing line',
      'WEBVTT\n\n00:01.000 --> 00:02.000\n00:03.000 --> 00:04.000\ntext',
      [cue(1000, 2000, ''), cue(3000, 4000, 'text')],
    ],
    [
      'multi-line text keeps line breaks',
      'WEBVTT\n\n00:01.000 --> 00:02.000\nline one\nline two\n\n\n',
      [cue(1000, 2000, 'line one\nline two')],
    ],
    [
      'a cue with no text is kept',
      'WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:03.000 --> 00:04.000\nb',
      [cue(1000, 2000, ''), cue(3000, 4000, 'b')],
    ],
    [
      'settings after the end time place the cue',
      'WEBVTT\n\n00:01.000 --> 00:02.000 align:start line:0 position:10%\nx',
      [{ ...cue(1000, 2000, 'x'), position: { vertical: 'top', align: 'start' } }],
    ],
    [
      'end before start is kept as written',
      'WEBVTT\n\n00:02.000 --> 00:01.000\nx',
      [cue(2000, 1000, 'x')],
    ],
    [
      'NUL becomes U+FFFD everywhere',
      'WEBVTT\n\n00:01.000 --> 00:02.000\na\0b',
      [cue(1000, 2000, 'a\uFFFDb')],
    ],
    [
      'a bad timing line drops its block only',
      'WEBVTT\n\n00:01 --> 00:02.000\nlost\n\n00:03.000 --> 00:04.000\nkept',
      [cue(3000, 4000, 'kept')],
    ],
    ['lone CR line breaks', 'WEBVTT\r\r00:01.000 --> 00:02.000\ra\rb', [cue(1000, 2000, 'a\nb')]],
    [
      'voice name becomes the speaker, not text',
      'WEBVTT\n\n00:01.000 --> 00:02.000\n<v 수진>안녕</v>',
      [cue(1000, 2000, '안녕', { speaker: '수진' })],
    ],
  ])('%s', (_name, input, expected) => {
    expect(parseVtt(input)).toEqual(expected);
  });
});

describe('collectVttTimestamp', () => {
  it.each<[string, number | null]>([
    ['00:00.000', 0],
    ['01:02.003', 62003],
    ['00:01:02.003', 62003],
    ['1:00:00.000', 3600000],
    ['100:00:00.001', 360000001],
    ['60:00.000', null], // over 59 means hours, which need seconds
    ['000:00.000', null],
    ['00:60.000', null],
    ['00:00:60.000', null],
    ['00:00.00', null],
    ['00:00.0000', null], // the fraction must be exactly three digits
    ['00:00,000', null],
    ['0:00.000', null],
    ['00:0.000', null],
    ['-00:00.000', null],
  ])('%s → %s', (input, ms) => {
    expect(collectVttTimestamp(input, 0)?.ms ?? null).toBe(ms);
  });
});
