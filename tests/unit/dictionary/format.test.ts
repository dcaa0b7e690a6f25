import { describe, expect, it } from 'vitest';
import {
  DictFormatError,
  formatDict,
  parseDictHeader,
  parseDictLine,
  type DictHeader,
  type DictLine,
} from '../../../utils/dictionary/format/index';

const header: DictHeader = {
  format: 'nunchi-dict',
  version: 1,
  lang: 'ko',
  source: 'test list',
  licence: 'MPL 2.0',
  attribution: 'Nunchi tests',
  entries: 2,
};

const lines: DictLine[] = [
  { h: '눈치', r: 'nunchi', s: [{ p: ['noun'], g: ['tact'] }], t: ['B'] },
  { h: '食べる', v: ['喰べる'], r: 'たべる', s: [{ p: ['v1', 'vt'], g: ['to eat'] }] },
];

describe('parseDictHeader', () => {
  it('accepts a complete header', () => {
    expect(parseDictHeader(JSON.stringify(header))).toEqual(header);
  });

  it.each([
    ['not JSON', '{format: nunchi', /line 1: not valid JSON/],
    ['another format', JSON.stringify({ ...header, format: 'other' }), /line 1: not a Nunchi/],
    ['an unknown version', JSON.stringify({ ...header, version: 2 }), /line 1: not a Nunchi/],
    ['an unknown language', JSON.stringify({ ...header, lang: 'fr' }), /line 1: not a Nunchi/],
    ['zero entries', JSON.stringify({ ...header, entries: 0 }), /line 1: not a Nunchi/],
    ['an extra key', JSON.stringify({ ...header, extra: true }), /line 1: not a Nunchi/],
    ['an entry line', JSON.stringify(lines[0]), /line 1: not a Nunchi/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseDictHeader(text)).toThrow(DictFormatError);
    expect(() => parseDictHeader(text)).toThrow(message);
  });
});

describe('parseDictLine', () => {
  it.each(lines.map((l) => [l.h, l]))('accepts %s', (_h, line) => {
    expect(parseDictLine(JSON.stringify(line), 2)).toEqual(line);
  });

  it('accepts an empty reading and no tags', () => {
    const line = { h: 'x', r: '', s: [{ p: [], g: ['a gloss'] }] };
    expect(parseDictLine(JSON.stringify(line), 5)).toEqual(line);
  });

  it.each([
    ['broken JSON', '{"h":', /^line 7: not valid JSON$/],
    ['a missing headword', JSON.stringify({ r: 'a', s: [{ p: [], g: ['b'] }] }), /^line 7: h /],
    [
      'an empty headword',
      JSON.stringify({ h: '', r: 'a', s: [{ p: [], g: ['b'] }] }),
      /^line 7: h /,
    ],
    [
      'a headword over 64 characters',
      JSON.stringify({ h: 'a'.repeat(65), r: '', s: [{ p: [], g: ['b'] }] }),
      /^line 7: h /,
    ],
    ['no senses', JSON.stringify({ h: 'a', r: '', s: [] }), /^line 7: s /],
    [
      'a sense without glosses',
      JSON.stringify({ h: 'a', r: '', s: [{ p: [], g: [] }] }),
      /^line 7: s\.0\.g /,
    ],
    [
      'an empty gloss',
      JSON.stringify({ h: 'a', r: '', s: [{ p: [], g: [''] }] }),
      /^line 7: s\.0\.g\.0 /,
    ],
    [
      'a number as reading',
      JSON.stringify({ h: 'a', r: 3, s: [{ p: [], g: ['b'] }] }),
      /^line 7: r /,
    ],
    [
      'an unknown key',
      JSON.stringify({ h: 'a', r: '', s: [{ p: [], g: ['b'] }], x: 1 }),
      /^line 7: /,
    ],
    [
      'a string as tags',
      JSON.stringify({ h: 'a', r: '', s: [{ p: [], g: ['b'] }], t: 'A' }),
      /^line 7: t /,
    ],
  ])('rejects %s, naming the line and the field', (_name, text, message) => {
    expect(() => parseDictLine(text, 7)).toThrow(DictFormatError);
    expect(() => parseDictLine(text, 7)).toThrow(message);
  });
});

describe('formatDict', () => {
  it('writes a header line, one line per entry and a final newline, which parse back', () => {
    const text = formatDict(header, lines);
    expect(text.endsWith('\n')).toBe(true);
    const rows = text.trimEnd().split('\n');
    expect(rows).toHaveLength(3);
    expect(parseDictHeader(rows[0]!)).toEqual(header);
    expect(rows.slice(1).map((r, i) => parseDictLine(r, i + 2))).toEqual(lines);
  });
});
