import { describe, expect, it } from 'vitest';
import { parseAss, parseAssTime, readAssText } from '../../../utils/subtitles/ass';
import type { TimedCue } from '../../../utils/subtitles/cue';
import { SubtitleParseError } from '../../../utils/subtitles/errors';

const V4_PLUS = 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text';
const file = (...events: string[]) =>
  ['[Script Info]', 'ScriptType: v4.00+', '', '[Events]', V4_PLUS, ...events].join('\n');

describe('parseAssTime', () => {
  it.each<[string, number | null]>([
    ['0:00:01.00', 1000],
    ['0:01:02.34', 62340],
    ['1:00:00.5', 3600500],
    ['10:00:00.123', 36000123],
    ['0:00:01', 1000],
    ['0:60:00.00', null],
    ['0:00:xx.00', null],
    ['', null],
  ])('%j → %s', (input, ms) => {
    expect(parseAssTime(input)).toBe(ms);
  });
});

describe('readAssText (plain text)', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['{\\i1}기울임{\\i0}', '기울임'],
    ['한 줄\\N두 줄\\n세 줄', '한 줄\n두 줄\n세 줄'],
    ['a\\hb', 'a\u00a0b'],
    ['{\\pos(10,20)\\c&H00FF00&}绿色', '绿色'],
    ['{\\p1}m 0 0 l 100 0 100 100{\\p0}', ''],
    ['before{\\p2}m 0 0 l 1 1{\\p0}after', 'beforeafter'],
    ['{\\pbo5}not drawing', 'not drawing'],
    ['{a comment block}text', 'text'],
    ['unclosed { brace', 'unclosed { brace'],
    ['<i>html is text in ASS</i>', '<i>html is text in ASS</i>'],
  ])('%j → %j', (input, text) => {
    expect(readAssText(input).text).toBe(text);
  });
});

describe('parseAss', () => {
  it('reads Dialogue lines by the Format line and keeps commas in the text', () => {
    expect(
      parseAss(
        file('Dialogue: 0,0:00:01.00,0:00:02.50,Default,영수,0,0,0,,네, 알겠습니다, 선배님'),
      ),
    ).toEqual([{ text: '네, 알겠습니다, 선배님', startMs: 1000, endMs: 2500, speaker: '영수' }]);
  });

  it('follows a reordered Format line (SSA v4 with Marked)', () => {
    const ssa = [
      '[Script Info]',
      'ScriptType: v4.00',
      '[V4 Styles]',
      'Format: Name, Fontname, Fontsize',
      'Style: Default,Arial,20',
      '[Events]',
      'Format: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
      'Dialogue: Marked=0,0:00:03.00,0:00:04.00,Default,,0000,0000,0000,,もしもし',
    ].join('\r\n');
    expect(parseAss(ssa)).toEqual([{ text: 'もしもし', startMs: 3000, endMs: 4000 }]);
  });

  it('skips Comment lines and events that are only drawings or overrides', () => {
    const cues = parseAss(
      file(
        'Comment: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,hidden',
        'Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\p1}m 0 0 l 5 5{\\p0}',
        'Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\fad(200,200)}',
        'Dialogue: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,shown',
      ),
    );
    expect(cues.map((c) => c.text)).toEqual(['shown']);
  });

  it('merges the same line stacked on layers or split into touching pieces, sorted by time', () => {
    const cues = parseAss(
      file(
        'Dialogue: 0,0:00:05.00,0:00:06.00,Default,,0,0,0,,later',
        'Dialogue: 1,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\bord3}same',
        'Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\blur2}same',
        'Dialogue: 0,0:00:02.00,0:00:03.00,Default,,0,0,0,,same',
        'Dialogue: 0,0:00:01.00,0:00:02.00,Sign,,0,0,0,,different sign',
        'Dialogue: 0,0:00:09.00,0:00:10.00,Default,,0,0,0,,same',
      ),
    );
    expect(cues).toEqual([
      { text: 'same', startMs: 1000, endMs: 3000 },
      { text: 'different sign', startMs: 1000, endMs: 2000 },
      { text: 'later', startMs: 5000, endMs: 6000 },
      { text: 'same', startMs: 9000, endMs: 10000 },
    ]);
  });

  it('uses the ASS default field order when there is no Format line', () => {
    expect(parseAss('[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,ok')).toEqual([
      { text: 'ok', startMs: 1000, endMs: 2000 },
    ]);
  });

  it('skips a line with a bad time but refuses a file where no line is readable', () => {
    const good = 'Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,good';
    const bad = 'Dialogue: 0,0:00:xx.00,0:00:02.00,Default,,0,0,0,,bad';
    expect(parseAss(file(bad, good)).map((c) => c.text)).toEqual(['good']);
    expect(() => parseAss(file(bad))).toThrow(SubtitleParseError);
    expect(() => parseAss(file(bad))).toThrow(/^Line 6: bad timestamp "0:00:xx.00"/);
  });
});

describe('ASS styles and positions', () => {
  const STYLES = [
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, Bold, Italic, Underline, Alignment, MarginV',
    'Style: Default,Arial,60,0,0,0,2,20',
    'Style: Sign,Arial,40,-1,0,0,8,20',
    'Style: Thoughts,Arial,60,0,-1,0,2,20',
    'Style: Left,Arial,60,0,0,1,1,20',
  ];
  const script = (info: string[], ...events: string[]) =>
    [
      '[Script Info]',
      'ScriptType: v4.00+',
      ...info,
      '',
      ...STYLES,
      '',
      '[Events]',
      V4_PLUS,
      ...events,
    ].join('\n');
  const line = (style: string, text: string) =>
    `Dialogue: 0,0:00:01.00,0:00:02.00,${style},,0,0,0,,${text}`;
  const I = (start: number, end: number) => ({ start, end, italic: true as const });

  it.each<[string, string, Pick<TimedCue, 'styles' | 'position'>]>([
    ['Default', 'plain', {}],
    ['Default', '{\\i1}기울{\\i0}임', { styles: [I(0, 2)] }],
    ['Default', '{\\i1}끝까지', { styles: [I(0, 3)] }],
    [
      'Default',
      '{\\b1}굵게{\\b0} {\\u1}밑줄',
      {
        styles: [
          { start: 0, end: 2, bold: true },
          { start: 3, end: 5, underline: true },
        ],
      },
    ],
    ['Default', '{\\b700}weight{\\b400}normal', { styles: [{ start: 0, end: 6, bold: true }] }],
    // The style's own italics, switched off and back with \i0 and \i (the style's value).
    ['Thoughts', '생각{\\i0}말{\\i}생각', { styles: [I(0, 2), I(3, 5)] }],
    // \r resets to the line's style, \rName to another style.
    ['Default', '{\\i1\\b1}a{\\r}b', { styles: [{ start: 0, end: 1, italic: true, bold: true }] }],
    ['Default', 'a{\\rThoughts}b', { styles: [I(1, 2)] }],
    // Line breaks and hard spaces are one character each.
    ['Default', '{\\i1}one\\Ntwo\\hthree', { styles: [I(0, 13)] }],
    // Alignment: the style's, overridden by the first \an (or SSA's \a) of the line.
    [
      'Sign',
      '商店街',
      {
        styles: [{ start: 0, end: 3, bold: true }],
        position: { vertical: 'top' },
      },
    ],
    ['Default', '{\\an8}위', { position: { vertical: 'top' } }],
    ['Default', '{\\an9}右上', { position: { vertical: 'top', align: 'end' } }],
    ['Default', '{\\an4}左', { position: { line: 50, align: 'start' } }],
    ['Default', '{\\an7}a{\\an1}b', { position: { vertical: 'top', align: 'start' } }],
    ['Default', '{\\a6}ssa top', { position: { vertical: 'top' } }],
    ['Default', '{\\a9}ssa middle left', { position: { line: 50, align: 'start' } }],
    [
      'Left',
      '左下',
      {
        styles: [{ start: 0, end: 2, underline: true }],
        position: { vertical: 'bottom', align: 'start' },
      },
    ],
    [
      'Sign',
      '{\\an2}down',
      {
        styles: [{ start: 0, end: 4, bold: true }],
      },
    ],
    // \pos and \move measure against PlayResY (288 when the script gives none).
    ['Default', '{\\pos(192,30)}top', { position: { vertical: 'top', line: 10 } }],
    ['Default', '{\\pos(192,260)}bottom', { position: { vertical: 'bottom', line: 90 } }],
    [
      'Default',
      '{\\an7\\pos(10,200)}left',
      {
        position: { vertical: 'bottom', line: 69, align: 'start' },
      },
    ],
    ['Default', '{\\move(192,20,192,260)}moving', { position: { vertical: 'top', line: 7 } }],
    // Inside \t(…) tags animate, and do not count.
    ['Default', '{\\t(0,500,\\i1)}x', {}],
    ['Default', '{\\blur3\\bord2\\be1}no bold', {}],
  ])('%s: %j', (style, text, expected) => {
    const [cue] = parseAss(script([], line(style, text)));
    expect({ styles: cue!.styles, position: cue!.position }).toEqual({
      styles: expected.styles,
      position: expected.position,
    });
  });

  it.each<[string[], number]>([
    [['PlayResX: 1920', 'PlayResY: 1080'], 9],
    [['PlayResX: 1280'], 10],
    [['PlayResX: 640'], 21],
    [[], 35],
  ])('reads \\pos(x,100) against the script’s size %j', (info, percent) => {
    const [cue] = parseAss(script(info, line('Default', '{\\pos(0,100)}x')));
    expect(cue!.position).toEqual({ vertical: 'top', line: percent });
  });

  it('reads SSA v4 styles with legacy alignment numbers', () => {
    const ssa = [
      '[V4 Styles]',
      'Format: Name, Fontname, Italic, Alignment',
      'Style: Top,Arial,-1,6',
      '[Events]',
      'Format: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
      'Dialogue: Marked=0,0:00:01.00,0:00:02.00,*Top,,0,0,0,,看板',
    ].join('\n');
    expect(parseAss(ssa)).toEqual([
      {
        text: '看板',
        startMs: 1000,
        endMs: 2000,
        styles: [I(0, 2)],
        position: { vertical: 'top' },
      },
    ]);
  });

  it('falls back to the Default style for an unknown style name', () => {
    const [cue] = parseAss(script([], line('Nope', 'x')));
    expect(cue).toEqual({ text: 'x', startMs: 1000, endMs: 2000 });
  });
});
