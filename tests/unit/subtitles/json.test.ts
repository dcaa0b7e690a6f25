import { describe, expect, it } from 'vitest';
import { parseBilibili } from '../../../utils/subtitles/bilibili';
import { SubtitleParseError } from '../../../utils/subtitles/errors';
import { parseJson3 } from '../../../utils/subtitles/json3';

describe('parseJson3 (YouTube timedtext)', () => {
  it('joins segments and skips window, style and roll-up events', () => {
    const json = JSON.stringify({
      wireMagic: 'pb3',
      events: [
        { tStartMs: 0, dDurationMs: 9000, id: 1, wpWinPosId: 1 },
        {
          tStartMs: 100,
          dDurationMs: 900,
          segs: [{ utf8: '눈치' }, { utf8: ' 챙겨', tOffsetMs: 300 }],
        },
        { tStartMs: 950, dDurationMs: 50, aAppend: 1, segs: [{ utf8: '\n' }] },
        { tStartMs: 1000, dDurationMs: 500, segs: [{ utf8: '第一行\n第二行\n' }] },
        { tStartMs: 2000, segs: [{ utf8: '끝' }] },
        { tStartMs: 'x', dDurationMs: 1, segs: [{ utf8: 'no start' }] },
        { tStartMs: 3000, dDurationMs: 1, segs: [{ notUtf8: 1 }] },
      ],
    });
    expect(parseJson3(json)).toEqual([
      { text: '눈치 챙겨', startMs: 100, endMs: 1000 },
      { text: '第一行\n第二行', startMs: 1000, endMs: 1500 },
      { text: '끝', startMs: 2000, endMs: 2000 },
    ]);
  });

  it.each([
    ['{"events": [oops]}', /not valid JSON/],
    ['{"event": []}', /no "events" list/],
    ['[]', /no "events" list/],
  ])('refuses %j', (input, message) => {
    expect(() => parseJson3(input)).toThrow(SubtitleParseError);
    expect(() => parseJson3(input)).toThrow(message);
  });
});

describe('parseBilibili', () => {
  it('converts seconds to ms and keeps markup as literal text', () => {
    const json = JSON.stringify({
      font_size: 0.4,
      body: [
        { from: 1.05, to: 3.2, location: 2, content: '你好' },
        { from: 3.5, to: 5, content: '<b>不是标签</b>\n第二行' },
        { from: '6', to: 7, content: 'string time' },
        { from: 8, to: 9 },
      ],
    });
    expect(parseBilibili(json)).toEqual([
      { text: '你好', startMs: 1050, endMs: 3200 },
      { text: '<b>不是标签</b>\n第二行', startMs: 3500, endMs: 5000 },
    ]);
  });

  it('refuses JSON without a body list', () => {
    expect(() => parseBilibili('{"body": {}}')).toThrow(/no "body" list/);
  });
});
