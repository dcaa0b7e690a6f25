import { describe, expect, it } from 'vitest';
import type { CuePosition } from '../../../utils/subtitles/cue';
import { parseVtt } from '../../../utils/subtitles/vtt';
import { parseVttSettings, vttCuePosition } from '../../../utils/subtitles/vtt-position';

describe('WebVTT cue settings → position', () => {
  it.each<[string, CuePosition | undefined]>([
    ['', undefined],
    ['align:center', undefined],
    ['line:auto', undefined],
    // Percentages are kept; the half decides top or bottom.
    ['line:10%', { line: 10, vertical: 'top' }],
    ['line:84.67%', { line: 84.67, vertical: 'bottom' }],
    ['line:50%', { line: 50, vertical: 'bottom' }],
    ['line:0%,start', { line: 0, vertical: 'top' }],
    ['line:101%', undefined],
    // Line numbers count from the top when 0 or more, from the bottom when negative.
    ['line:0', { vertical: 'top' }],
    ['line:1', { vertical: 'top' }],
    ['line:8', { vertical: 'top' }],
    ['line:12', { vertical: 'bottom' }],
    ['line:-1', { vertical: 'bottom' }],
    ['line:-3,end', { vertical: 'bottom' }],
    ['line:-16', { vertical: 'top' }],
    // Malformed values are ignored, as the spec says.
    ['line:x', undefined],
    ['line:1-', undefined],
    ['line:.5', undefined],
    ['line:', undefined],
    [':0', undefined],
    // Horizontal place from align:, or from a position: far to one side.
    ['align:start', { align: 'start' }],
    ['align:left', { align: 'start' }],
    ['align:right', { align: 'end' }],
    ['align:end', { align: 'end' }],
    ['align:middle', undefined],
    ['position:10%', { align: 'start' }],
    ['position:90%,line-right', { align: 'end' }],
    ['position:50%', undefined],
    ['position:10', undefined],
    // The last of a repeated setting wins; unknown settings are skipped.
    ['line:0 line:-1 size:50% region:fred vertical:rl', { vertical: 'bottom' }],
    ['align:start line:0 position:10%', { vertical: 'top', align: 'start' }],
  ])('%j', (settings, position) => {
    expect(vttCuePosition(parseVttSettings(settings))).toEqual(position);
  });

  it('places cues read from a file, settings after any whitespace', () => {
    const cues = parseVtt(
      [
        'WEBVTT',
        '',
        '00:01.000 --> 00:03.000 line:5%\tposition:50%',
        '<i>[看板] 商店街</i>',
        '',
        '00:01.000 --> 00:03.000',
        'いらっしゃい',
      ].join('\n'),
    );
    expect(cues.map((c) => [c.text, c.position])).toEqual([
      ['[看板] 商店街', { line: 5, vertical: 'top' }],
      ['いらっしゃい', undefined],
    ]);
  });
});
