import { describe, expect, it } from 'vitest';
import { dashTextTracks, expandTemplate, isoDurationMs } from '../../../utils/tracks/dash';
import { vikiTracks } from '../../../utils/tracks/viki';
import { BROKEN_PAYLOADS, fixture, fixtureJson } from './fixtures';

describe('vikiTracks (/api/videos/{id})', () => {
  const url = 'https://www.viki.com/api/videos/1234567v?app=100000a';
  const tracks = vikiTracks(fixtureJson('viki/video.json'), url);

  it('lists subtitles with their completion, resolving relative sources', () => {
    expect(tracks.map((t) => [t.lang, t.label, t.format, t.completion, t.url])).toEqual([
      ['en', 'English', 'webvtt', 100, 'https://subs.cdn.test/viki/1234567v/en.vtt?sig=1'],
      ['ko', '한국어', 'webvtt', 100, 'https://subs.cdn.test/viki/1234567v/ko.vtt?sig=2'],
      ['es', 'es', 'srt', 55, 'https://www.viki.com/subtitles/1234567v/es.srt'],
      ['fr', 'Français', 'webvtt', 0, 'https://subs.cdn.test/viki/1234567v/fr.vtt'],
    ]);
    expect(tracks.every((t) => t.videoId === '1234567v' && t.site === 'viki')).toBe(true);
  });

  it('takes the video id from the request when the body lacks it', () => {
    const body = { subtitles: [{ srclang: 'ko', src: 'https://subs.cdn.test/a.vtt' }] };
    expect(vikiTracks(body, 'https://www.viki.com/api/videos/555v')[0]?.videoId).toBe('555v');
    expect(vikiTracks(body, '')).toEqual([]);
  });

  it.each(BROKEN_PAYLOADS.map((p) => [p]))('%j gives []', (payload) => {
    expect(vikiTracks(payload, url)).toEqual([]);
  });
});

describe('dashTextTracks', () => {
  it('Viki: one WebVTT file per language', () => {
    const tracks = dashTextTracks(
      'viki',
      fixture('viki/manifest.mpd'),
      'https://manifests.cdn.test/viki/1234567v/dash.mpd?token=t',
      '1234567v',
    );
    expect(tracks).toEqual([
      {
        site: 'viki',
        videoId: '1234567v',
        lang: 'ko',
        rawLang: 'ko',
        label: 'ko',
        url: 'https://subs.cdn.test/viki/1234567v/ko.vtt?sig=2&t=1',
        format: 'webvtt',
        kind: 'subtitles',
      },
      {
        site: 'viki',
        videoId: '1234567v',
        lang: 'zh',
        rawLang: 'zh-TW',
        label: '繁體中文',
        url: 'https://manifests.cdn.test/viki/1234567v/subs/zt.vtt',
        format: 'webvtt',
        kind: 'subtitles',
      },
    ]);
  });

  it('Max: segmented WebVTT by number and by timeline; forced and MP4-wrapped text left out', () => {
    const tracks = dashTextTracks(
      'max',
      fixture('max/manifest.mpd'),
      'https://manifests.cdn.test/max/ep9.mpd',
      'ep9',
    );
    expect(tracks.map((t) => [t.lang, t.label, t.kind, t.format, t.delivery ?? 'file'])).toEqual([
      ['ko', 'Korean', 'subtitles', 'webvtt', 'segments'],
      ['ko', 'Korean CC', 'captions', 'webvtt', 'segments'],
      ['zh', 'zh-Hans', 'subtitles', 'ttml', 'file'],
    ]);
    // 60.5 s in 20 s segments: four, numbered from 1 with three digits.
    expect(tracks[0]!.segmentUrls).toEqual([
      'https://media.cdn.test/max/ep9/t/ko-sub/seg_001.vtt',
      'https://media.cdn.test/max/ep9/t/ko-sub/seg_002.vtt',
      'https://media.cdn.test/max/ep9/t/ko-sub/seg_003.vtt',
      'https://media.cdn.test/max/ep9/t/ko-sub/seg_004.vtt',
    ]);
    expect(tracks[0]!.url).toBe(tracks[0]!.segmentUrls![0]);
    // Timeline: two 20 s segments (r=1), then one of 10.5 s.
    expect(tracks[1]!.segmentUrls).toEqual([
      'https://media.cdn.test/max/ep9/cc/ko-cc/0.vtt',
      'https://media.cdn.test/max/ep9/cc/ko-cc/1800000.vtt',
      'https://media.cdn.test/max/ep9/cc/ko-cc/3600000.vtt',
    ]);
    expect(tracks[2]!.url).toBe('https://media.cdn.test/max/ep9/zh.ttml');
  });

  it('repeats a timeline entry with r=-1 to the end of the period', () => {
    const mpd = `<MPD mediaPresentationDuration="PT50S"><Period><AdaptationSet mimeType="text/vtt" lang="ko">
      <SegmentTemplate timescale="1" media="s/$Time$.vtt"><SegmentTimeline><S t="0" d="20" r="-1"/></SegmentTimeline></SegmentTemplate>
      <Representation id="r"/></AdaptationSet></Period></MPD>`;
    expect(dashTextTracks('max', mpd, 'https://m.cdn.test/a.mpd', 'x')[0]?.segmentUrls).toEqual([
      'https://m.cdn.test/s/0.vtt',
      'https://m.cdn.test/s/20.vtt',
      'https://m.cdn.test/s/40.vtt',
    ]);
  });

  it('joins the same track across periods in order', () => {
    const period = (n: number) =>
      `<Period duration="PT10S"><AdaptationSet mimeType="text/vtt" lang="ko"><Representation id="k"><BaseURL>p${n}.vtt</BaseURL></Representation></AdaptationSet></Period>`;
    const tracks = dashTextTracks(
      'max',
      `<MPD>${period(1)}${period(2)}</MPD>`,
      'https://m.cdn.test/a.mpd',
      'x',
    );
    expect(tracks).toHaveLength(1);
    expect(tracks[0]!.segmentUrls).toEqual([
      'https://m.cdn.test/p1.vtt',
      'https://m.cdn.test/p2.vtt',
    ]);
  });

  it('cannot count $Number$ segments without a duration, so lists none', () => {
    const mpd = `<MPD><Period><AdaptationSet mimeType="text/vtt" lang="ko"><SegmentTemplate duration="2" media="$Number$.vtt"/><Representation id="r"/></AdaptationSet></Period></MPD>`;
    expect(dashTextTracks('max', mpd, 'https://m.cdn.test/a.mpd', 'x')).toEqual([]);
  });

  it('caps the segment count of a hostile manifest', () => {
    const mpd = `<MPD mediaPresentationDuration="P3650D"><Period><AdaptationSet mimeType="text/vtt" lang="ko"><SegmentTemplate duration="1" media="$Number$.vtt"/><Representation id="r"/></AdaptationSet></Period></MPD>`;
    expect(
      dashTextTracks('max', mpd, 'https://m.cdn.test/a.mpd', 'x')[0]!.segmentUrls,
    ).toHaveLength(20_000);
  });

  it.each([
    [''],
    ['not xml at all'],
    ['<html><body>403</body></html>'],
    ['<MPD><Period><AdaptationSet mimeType="text/vtt"/></Period></MPD>'],
    [
      '<MPD><Period><AdaptationSet mimeType="constructor" lang="ko"><Representation><BaseURL>a.vtt</BaseURL></Representation></AdaptationSet></Period></MPD>',
    ],
    ['{"subtitles": []}'],
  ])('%j gives []', (mpd) => {
    expect(dashTextTracks('viki', mpd, 'https://m.cdn.test/a.mpd', 'x')).toEqual([]);
  });
});

describe('expandTemplate', () => {
  it.each<[string, string]>([
    ['$RepresentationID$/$Number$.vtt', 'ko/7.vtt'],
    ['$Number%05d$.vtt', '00007.vtt'],
    ['t$Time$-$Bandwidth$.vtt', 't140000-256.vtt'],
    ['cost$$.vtt', 'cost$.vtt'],
    ['$Unknown$.vtt', '$Unknown$.vtt'],
  ])('%s → %s', (template, url) => {
    expect(
      expandTemplate(template, { RepresentationID: 'ko', Number: 7, Time: 140000, Bandwidth: 256 }),
    ).toBe(url);
  });
});

describe('isoDurationMs', () => {
  it.each<[string | undefined, number | undefined]>([
    ['PT0H58M12.480S', 3_492_480],
    ['PT1M0.5S', 60_500],
    ['P1DT1H', 90_000_000],
    ['PT45S', 45_000],
    ['P', undefined],
    ['PT', undefined],
    ['45', undefined],
    [undefined, undefined],
  ])('%s → %s', (value, ms) => {
    expect(isoDurationMs(value)).toBe(ms);
  });
});
