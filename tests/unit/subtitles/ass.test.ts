import { describe, expect, it } from 'vitest';
import { assTextToPlain, parseAss, parseAssTime } from '../../../utils/subtitles/ass';
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

describe('assTextToPlain', () => {
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
    expect(assTextToPlain(input)).toBe(text);
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
