import { describe, expect, it } from 'vitest';
import {
  disneyPlusTracks,
  hlsMediaSegments,
  hlsSubtitleRenditions,
  isHlsMaster,
  parseAttributeList,
} from '../../../utils/tracks/hls';
import { mergeWebVttSegments, readTimestampMap } from '../../../utils/tracks/segments';
import { fixture } from './fixtures';

const MASTER_URL = 'https://vod.cdn.test/ps01/disney/abc/ctr-all-hdri.m3u8?a=1';

describe('parseAttributeList', () => {
  it('keeps commas inside quoted values', () => {
    expect(
      parseAttributeList('TYPE=SUBTITLES,NAME="Korean, SDH",CHARACTERISTICS="a,b",FORCED=NO'),
    ).toEqual({ TYPE: 'SUBTITLES', NAME: 'Korean, SDH', CHARACTERISTICS: 'a,b', FORCED: 'NO' });
  });
});

describe('Disney+ master playlist', () => {
  const master = fixture('disneyplus/master.m3u8');

  it('lists every subtitle rendition, resolved against the master', () => {
    const renditions = hlsSubtitleRenditions(master, MASTER_URL);
    expect(renditions.map((r) => [r.groupId, r.rawLang, r.forced, r.captions])).toEqual([
      ['sub-main', 'ko', false, false],
      ['sub-main', 'ko', false, true],
      ['sub-main', 'zh-Hans', false, false],
      ['sub-main', 'ko', true, false],
      ['sub-forced', 'en', true, false],
      ['sub-other', 'en', false, false],
    ]);
    expect(renditions[0]!.url).toBe(
      'https://vod.cdn.test/ps01/disney/abc/r/composite_ko_NORMAL_a1b2.m3u8',
    );
  });

  it('keeps the sub-main group without forced renditions', () => {
    expect(
      disneyPlusTracks(master, MASTER_URL, 'ep-1').map((t) => [
        t.lang,
        t.label,
        t.kind,
        t.delivery,
      ]),
    ).toEqual([
      ['ko', 'Korean', 'subtitles', 'hls-playlist'],
      ['ko', 'Korean [CC]', 'captions', 'hls-playlist'],
      ['zh', '中文（简体）', 'subtitles', 'hls-playlist'],
    ]);
  });

  it('falls back to every non-forced group when there is no sub-main', () => {
    const other = master.replaceAll('"sub-main"', '"subs"');
    expect(disneyPlusTracks(other, MASTER_URL, 'ep-1').map((t) => t.label)).toEqual([
      'Korean',
      'Korean [CC]',
      '中文（简体）',
      'English',
    ]);
  });

  it.each([[''], ['not a playlist'], ['#EXT-X-MEDIA:TYPE=SUBTITLES,URI="x.m3u8"'], ['{"json":1}']])(
    '%j gives no tracks',
    (text) => {
      expect(disneyPlusTracks(text, MASTER_URL, 'ep-1')).toEqual([]);
    },
  );

  it('tells a master playlist from a media playlist', () => {
    expect(isHlsMaster(master)).toBe(true);
    expect(isHlsMaster(fixture('disneyplus/ko-media.m3u8'))).toBe(false);
  });
});

describe('hlsMediaSegments', () => {
  it('lists segments in order with their start on the playlist timeline', () => {
    const url = 'https://vod.cdn.test/ps01/disney/abc/r/composite_ko_NORMAL_a1b2.m3u8';
    expect(hlsMediaSegments(fixture('disneyplus/ko-media.m3u8'), url)).toEqual([
      {
        url: 'https://vod.cdn.test/ps01/disney/abc/seg/ko/00/0001.vtt',
        startMs: 0,
        durationMs: 6006,
      },
      {
        url: 'https://vod.cdn.test/ps01/disney/abc/seg/ko/00/0002.vtt',
        startMs: 6006,
        durationMs: 6006,
      },
      { url: 'https://other.cdn.test/seg/ko/00/0003.vtt', startMs: 12012, durationMs: 5005 },
    ]);
  });

  it('gives [] for a body that is not a playlist', () => {
    expect(hlsMediaSegments('<html>403</html>', 'https://vod.cdn.test/a.m3u8')).toEqual([]);
  });
});

describe('readTimestampMap', () => {
  it.each<[string, ReturnType<typeof readTimestampMap>]>([
    [
      'WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n',
      { mpegts: 900000, localMs: 0 },
    ],
    [
      'WEBVTT\r\nX-TIMESTAMP-MAP=LOCAL:00:00:01.500,MPEGTS:180000\r\n\r\n',
      { mpegts: 180000, localMs: 1500 },
    ],
    ['WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:x,LOCAL:00:00:00.000\n', null],
    ['WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000\n', null],
    [
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nX-TIMESTAMP-MAP=MPEGTS:1,LOCAL:00:00:00.000\n',
      null,
    ],
    ['WEBVTT\n', null],
  ])('%j', (segment, map) => {
    expect(readTimestampMap(segment)).toEqual(map);
  });
});

describe('mergeWebVttSegments', () => {
  it('merges a line repeated across a segment boundary (cue times already absolute)', () => {
    const { cues, skipped } = mergeWebVttSegments([
      fixture('disneyplus/seg-0001.vtt'),
      fixture('disneyplus/seg-0002.vtt'),
    ]);
    expect(skipped).toBe(0);
    expect(cues.map((c) => [c.text, c.startMs, c.endMs])).toEqual([
      ['눈치 좀 챙겨.', 1000, 3000],
      ['오늘 추석 전날이잖아.', 4500, 7200],
      ['송편 빚으러 가자.', 8000, 10000],
    ]);
  });

  it('moves segments counted from zero by their MPEGTS, giving the same track', () => {
    const { cues } = mergeWebVttSegments([
      fixture('disneyplus/seg-local-0001.vtt'),
      fixture('disneyplus/seg-local-0002.vtt'),
    ]);
    expect(cues.map((c) => [c.text, c.startMs, c.endMs])).toEqual([
      ['눈치 좀 챙겨.', 1000, 3000],
      ['오늘 추석 전날이잖아.', 4500, 7200],
      ['송편 빚으러 가자.', 8000, 10000],
    ]);
  });

  it("uses the player's base when given one", () => {
    const { cues } = mergeWebVttSegments([fixture('disneyplus/seg-local-0002.vtt')], {
      mpegtsBase: 900000,
    });
    expect(cues[0]).toMatchObject({ startMs: 6000, endMs: 7200 });
    // Alone and without a base, the segment is its own origin.
    expect(mergeWebVttSegments([fixture('disneyplus/seg-local-0002.vtt')]).cues[0]).toMatchObject({
      startMs: 0,
    });
  });

  it('skips segments that are not WebVTT and keeps the rest', () => {
    const { cues, skipped } = mergeWebVttSegments([
      '<html><body>Access denied</body></html>',
      fixture('disneyplus/seg-0002.vtt'),
      '',
    ]);
    expect(skipped).toBe(2);
    expect(cues.map((c) => c.text)).toEqual(['오늘 추석 전날이잖아.', '송편 빚으러 가자.']);
  });

  it('drops a cue repeated whole in the next segment', () => {
    const seg = (n: number) =>
      `WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n00:00:05.000 --> 00:00:07.000\n같은 줄\n\n00:00:0${n}.000 --> 00:00:0${n}.500\n줄 ${n}\n`;
    expect(
      mergeWebVttSegments([seg(1), seg(8)]).cues.map((c) => [c.text, c.startMs, c.endMs]),
    ).toEqual([
      ['줄 1', 1000, 1500],
      ['같은 줄', 5000, 7000],
      ['줄 8', 8000, 8500],
    ]);
  });
});
