import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../utils/subtitles/decode';
import { detectFormat, extensionOf } from '../../../utils/subtitles/detect';
import { SubtitleParseError, parseSubtitles } from '../../../utils/subtitles';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/subtitles');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
  }
  return new Uint8Array(bytes);
};

describe('decodeBytes', () => {
  it.each<[string, Uint8Array, string, string]>([
    ['UTF-8', new TextEncoder().encode('눈치'), '눈치', 'utf-8'],
    [
      'UTF-8 keeps its BOM for the parsers',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x41]),
      '\uFEFFA',
      'utf-8',
    ],
    ['UTF-16 LE', utf16('你好', false), '\uFEFF你好', 'utf-16le'],
    ['UTF-16 BE', utf16('你好', true), '\uFEFF你好', 'utf-16be'],
    ['invalid UTF-8 byte', new Uint8Array([0x41, 0xff, 0x42]), 'A\uFFFDB', 'utf-8'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding });
  });
});

describe('detectFormat', () => {
  it.each<[string, { filename?: string; mime?: string }, string | null]>([
    ['WEBVTT\n', {}, 'vtt'],
    ['webvtt\n', { filename: 'a.srt' }, 'vtt'], // a broken signature still goes to WebVTT
    ['\tWEBVTT\n', {}, 'vtt'],
    ['[Script Info]\n', { filename: 'a.txt' }, 'ass'],
    ['<?xml version="1.0"?>\n<tt xmlns="x">', {}, 'ttml'],
    ['<tt:tt xmlns:tt="x">', {}, 'ttml'],
    ['{"wireMagic":"pb3","events":[]}', {}, 'json3'],
    ['{"font_size":0.4,"body":[]}', {}, 'bilibili'],
    ['00:00:01.000 --> 00:00:02.000\nno signature', { filename: 'a.vtt' }, 'vtt'],
    ['1\n00:00:01,000 --> 00:00:02,000\nx', {}, 'srt'],
    ['anything', { filename: 'C:\\subs\\EP01.SRT' }, 'srt'],
    ['anything', { filename: 'a.ssa' }, 'ass'],
    ['anything', { filename: 'a.dfxp' }, 'ttml'],
    ['anything', { mime: 'text/vtt; charset=utf-8' }, 'vtt'],
    ['just words', {}, null],
    ['{"other": 1}', { filename: 'a.json' }, null],
  ])('%j with %j → %s', (text, hint, format) => {
    expect(detectFormat(text, hint)).toBe(format);
  });

  it.each([
    ['a.srt', 'srt'],
    ['/x/y.tar.gz', 'gz'],
    ['.hidden', ''],
    ['dir.d/file', ''],
  ])('extensionOf(%j) = %j', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });
});

describe('parseSubtitles on hand-written fixtures', () => {
  it.each<[string, string, object[]]>([
    [
      'drama-ko.srt',
      'srt',
      [
        {
          text: '엄마, 밥 먹었어?',
          startMs: 1000,
          endMs: 3500,
          id: '1',
          styles: [{ start: 0, end: 10, italic: true }],
        },
        // {\an8}, borrowed from ASS, puts the line on top.
        {
          text: '오빠, 눈이 너무 높아서\n아무도 못 만나는 거야.',
          startMs: 4000,
          endMs: 6250,
          id: '2',
          position: { vertical: 'top' },
        },
        // Escaped markup is decoded to literal text after tags are removed, so it stays text.
        {
          text: '<script>alert("xss")</script> 괜찮아요\u00a0정말로',
          startMs: 7000,
          endMs: 9000,
          id: '3',
        },
        { text: 'alert("xss")잘 자', startMs: 10000, endMs: 12000, id: '4' },
      ],
    ],
    [
      'drama-ko.vtt',
      'vtt',
      [
        {
          text: '선배님, 수고하셨습니다!',
          startMs: 1000,
          endMs: 3000,
          id: 'intro',
          speaker: '민지',
          // align:start line:90%
          position: { line: 90, vertical: 'bottom', align: 'start' },
        },
        {
          text: '어머, 대박 & 漢字',
          startMs: 4000,
          endMs: 6500,
          styles: [{ start: 4, end: 6, bold: true }],
          ruby: [{ start: 9, end: 11, reading: '한자' }],
        },
        { text: '야! 빨리 와!', startMs: 7000, endMs: 8000, speaker: '준호' },
      ],
    ],
    [
      'drama-zh.ass',
      'ass',
      [
        // The italic layer comes first in the file, so the merged line keeps its style.
        {
          text: '你吃了吗？\n我们走吧, 好吗',
          startMs: 1000,
          endMs: 3200,
          speaker: '李雷',
          styles: [{ start: 0, end: 5, italic: true }],
        },
        { text: '狗拿耗子，多管闲事！', startMs: 5000, endMs: 7500 },
        // \pos(100,200) on the default 288-pixel-high script: lower half.
        {
          text: '加油！',
          startMs: 10000,
          endMs: 12000,
          position: { vertical: 'bottom', line: 69 },
        },
      ],
    ],
    [
      'anime-ja.ttml',
      'ttml',
      [
        {
          text: '石の上にも三年だよ。',
          startMs: 11000,
          endMs: 13500,
          ruby: [{ start: 5, end: 7, reading: 'さんねん' }],
        },
        // The DOCTYPE's entity is never expanded.
        { text: 'よろしく\nお願いします&lol;', startMs: 14200, endMs: 16200 },
        { text: '<script> いただきます', startMs: 17000, endMs: 18000 },
      ],
    ],
    [
      'youtube.json3',
      'json3',
      [
        { text: '안녕하세요', startMs: 1500, endMs: 3500 },
        { text: '눈치가 없네', startMs: 4000, endMs: 4000 },
      ],
    ],
    [
      'bilibili.json',
      'bilibili',
      [
        { text: '你好，世界', startMs: 1050, endMs: 3200 },
        { text: '<b>不是标签</b>\n第二行', startMs: 3500, endMs: 5000 },
      ],
    ],
  ])('%s', (name, format, cues) => {
    expect(parseSubtitles(fixture(name), { filename: name })).toEqual({ format, cues });
  });

  it.each<[string, RegExp]>([
    ['broken-signature.vtt', /^Not a valid WebVTT file: the first line must be "WEBVTT"/],
    ['broken-timing.srt', /^Line 2: bad timestamp/],
    ['broken-timing.ass', /^Line 5: bad timestamp "0:00:xx.00"/],
    ['broken-timing.ttml', /^Line 1: bad timestamp begin="soon"/],
    ['broken.json3', /^This YouTube caption file is not valid JSON/],
    ['lines-ko.txt', /^This does not look like a subtitle file/],
  ])('refuses %s with a clear message', (name, message) => {
    const parse = () => parseSubtitles(fixture(name), { filename: name });
    expect(parse).toThrow(SubtitleParseError);
    expect(parse).toThrow(message);
  });

  it('reads UTF-16 SubRip but refuses UTF-16 WebVTT, which must be UTF-8', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\n잘 자\n';
    expect(parseSubtitles(utf16(srt, false)).cues).toEqual([
      { text: '잘 자', startMs: 1000, endMs: 2000, id: '1' },
    ]);
    expect(parseSubtitles(utf16(srt, true)).cues).toHaveLength(1);
    expect(() => parseSubtitles(utf16('WEBVTT\n\n00:01.000 --> 00:02.000\nx', false))).toThrow(
      /WebVTT must be UTF-8/,
    );
  });

  it('accepts strings as well as bytes', () => {
    expect(parseSubtitles('WEBVTT\n\n00:01.000 --> 00:02.000\nx').format).toBe('vtt');
  });

  it('marks input with no recognisable format as not-subtitles and broken files as invalid', () => {
    const kindOf = (input: string, filename?: string) => {
      try {
        parseSubtitles(input, { filename });
        return 'parsed';
      } catch (error) {
        return error instanceof SubtitleParseError ? error.kind : 'other';
      }
    };
    expect(kindOf('밥 먹었어?')).toBe('not-subtitles');
    expect(kindOf('WEBVTTX\n')).toBe('invalid');
    expect(kindOf('1\n00:00:0x,000 --> 00:00:02,000\n')).toBe('invalid');
  });
});
