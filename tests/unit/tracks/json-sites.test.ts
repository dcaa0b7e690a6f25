import { describe, expect, it } from 'vitest';
import { bilibiliTracks } from '../../../utils/tracks/bilibili';
import { crunchyrollTracks } from '../../../utils/tracks/crunchyroll';
import { iqiyiTracks } from '../../../utils/tracks/iqiyi';
import { chooseTrack } from '../../../utils/tracks/pick';
import { parseTrackText } from '../../../utils/tracks/parse-track';
import { pickTrack } from '../../../utils/tracks/pick';
import { primeVideoTracks } from '../../../utils/tracks/primevideo';
import type { TrackInfo } from '../../../utils/tracks/types';
import { BROKEN_PAYLOADS, fixture, fixtureJson } from './fixtures';

const PRIME_URL =
  'https://atv-ps-fe.primevideo.com/cdp/catalog/GetVodPlaybackResources?deviceID=d&asin=amzn1.dv.gti.0000-nunchi&consumptionType=Streaming&desiredResources=PlaybackUrls,TimedTextUrls&videoMaterialType=Feature';
const CRUNCHYROLL_URL = 'https://www.crunchyroll.com/playback/v3/G00000001/web/chrome/play';
const BILIBILI_URL = 'https://api.bilibili.com/x/player/wbi/v2?aid=170001&cid=280001&w_rid=x&wts=1';
const BILIBILI_TV_URL =
  'https://api.bilibili.tv/intl/gateway/web/v2/subtitle?s_locale=en_US&platform=web&episode_id=3300001';
const IQIYI_URL =
  'https://cache-video.iq.com/dash?tvid=6000001&bid=600&vid=v&src=01011021010010000000&vf=x';

const row = (t: TrackInfo) => [t.lang, t.rawLang, t.label, t.kind, t.format, t.url];

/** Each extractor with its fixture, request URL and the tracks it must list. */
const SITES: {
  name: string;
  read: (parsed: unknown, url: string) => TrackInfo[];
  file: string;
  url: string;
  videoId: string;
  rows: unknown[][];
}[] = [
  {
    name: 'Prime Video GetVodPlaybackResources',
    read: primeVideoTracks,
    file: 'primevideo/resources.json',
    url: PRIME_URL,
    videoId: 'amzn1.dv.gti.0000-nunchi',
    rows: [
      ['ko', 'ko-kr', '한국어', 'subtitles', 'ttml', 'https://tt.cdn.test/prime/ko_kr.ttml2'],
      [
        'ko',
        'ko-kr',
        '한국어 [CC]',
        'captions',
        'ttml',
        'https://tt.cdn.test/prime/ko_kr_sdh.ttml2',
      ],
      ['ja', 'ja-jp', '日本語', 'subtitles', 'ttml', 'https://tt.cdn.test/prime/ja_jp.dfxp'],
      ['en-US', 'en-us', 'English [CC]', 'captions', 'ttml', 'https://tt.cdn.test/prime/en_us'],
      [
        'en-US',
        'en-us',
        'English [Forced]',
        'forced',
        'ttml',
        'https://tt.cdn.test/prime/en_us_forced.ttml2',
      ],
    ],
  },
  {
    name: 'Crunchyroll playback',
    read: crunchyrollTracks,
    file: 'crunchyroll/play.json',
    url: CRUNCHYROLL_URL,
    videoId: 'G00000001',
    rows: [
      [
        'en-US',
        'en-US',
        'en-US',
        'subtitles',
        'ass',
        'https://subs.cdn.test/cr/G00000001/en-US.ass?sig=1',
      ],
      [
        'ja',
        'ja-JP',
        'ja-JP',
        'subtitles',
        'ass',
        'https://subs.cdn.test/cr/G00000001/ja-JP.ass?sig=2',
      ],
      // The declared format wins over a misleading extension.
      [
        'ko',
        'ko-KR',
        'ko-KR',
        'subtitles',
        'webvtt',
        'https://subs.cdn.test/cr/G00000001/ko-KR.txt',
      ],
      [
        'ja',
        'ja-JP',
        'ja-JP',
        'captions',
        'webvtt',
        'https://subs.cdn.test/cr/G00000001/ja-JP-cc.vtt',
      ],
    ],
  },
  {
    name: 'bilibili.com player info',
    read: bilibiliTracks,
    file: 'bilibili/player-v2.json',
    url: BILIBILI_URL,
    videoId: '280001',
    rows: [
      [
        'zh',
        'zh-CN',
        '中文（中国）',
        'subtitles',
        'bilibili-json',
        'https://subtitle.cdn.test/bfs/subtitle/zh.json',
      ],
      [
        'zh',
        'ai-zh',
        '中文（自动生成）',
        'asr',
        'bilibili-json',
        'https://subtitle.cdn.test/bfs/ai_subtitle/prod/zh-ai.json?auth_key=1',
      ],
      // Machine tracks come without a URL when logged out: listed, not readable.
      ['ko', 'ai-ko', '韩语（自动翻译）', 'asr', 'bilibili-json', ''],
    ],
  },
  {
    name: 'bilibili.tv subtitles',
    read: bilibiliTracks,
    file: 'bilibili/tv-subtitle.json',
    url: BILIBILI_TV_URL,
    videoId: '3300001',
    rows: [
      ['ko', 'ko', '한국어', 'subtitles', 'bilibili-json', 'https://subtitle.cdn.test/tv/ko.json'],
      [
        'zh',
        'zh-Hant',
        '中文（繁體）',
        'subtitles',
        'srt',
        'https://subtitle.cdn.test/tv/zh-Hant.srt',
      ],
      ['th', 'th', 'ไทย', 'subtitles', 'ass', 'https://subtitle.cdn.test/tv/th.ass'],
    ],
  },
  {
    name: 'iQIYI program.stl',
    read: iqiyiTracks,
    file: 'iqiyi/dash.json',
    url: IQIYI_URL,
    videoId: '6000001',
    rows: [
      [
        'zh',
        'zh_CN',
        '简体中文',
        'subtitles',
        'webvtt',
        'https://meta.cdn.test/20260701/aa/bb/zh_cn.vtt?qd_uid=0',
      ],
      [
        'zh',
        'zh_TW',
        '繁體中文',
        'subtitles',
        'srt',
        'https://meta.cdn.test/20260701/aa/bb/zh_tw.srt',
      ],
      ['ko', 'ko', '한국어', 'subtitles', 'webvtt', 'https://other.cdn.test/20260701/aa/bb/ko.vtt'],
      // Unknown language ids keep their name and are detected from the text later.
      [
        'und',
        '21',
        'ภาษาไทย',
        'subtitles',
        'webvtt',
        'https://meta.cdn.test/20260701/aa/bb/th.vtt',
      ],
      ['en', 'en', 'en', 'subtitles', 'webvtt', 'https://meta.cdn.test/20260701/aa/bb/en.vtt'],
    ],
  },
];

describe.each(SITES)('$name', ({ read, file, url, videoId, rows }) => {
  const tracks = read(fixtureJson(file), url);

  it('lists the tracks', () => {
    expect(tracks.map(row)).toEqual(rows);
  });

  it('keys them by the video', () => {
    expect(tracks.every((t) => t.videoId === videoId)).toBe(true);
  });

  it.each(BROKEN_PAYLOADS.map((p) => [p]))('%j gives []', (payload) => {
    expect(read(payload, url)).toEqual([]);
  });
});

describe('site-specific rules', () => {
  it('Prime Video: a trailer request gives no tracks', () => {
    const trailer = PRIME_URL.replace('videoMaterialType=Feature', 'videoMaterialType=Trailer');
    expect(primeVideoTracks(fixtureJson('primevideo/resources.json'), trailer)).toEqual([]);
  });

  it('Prime Video: the older top-level lists and the catalog id', () => {
    const older = {
      catalogMetadata: { catalog: { id: 'B0NUNCHI01' } },
      subtitleUrls: [
        { url: 'https://tt.cdn.test/a.dfxp', languageCode: 'ko-kr', displayName: '한국어' },
      ],
      forcedNarratives: [{ url: 'https://tt.cdn.test/b.dfxp', languageCode: 'ko-kr' }],
    };
    expect(
      primeVideoTracks(
        older,
        'https://www.amazon.com/playback/prs/GetVodPlaybackResources?x=1',
      ).map((t) => [t.videoId, t.kind]),
    ).toEqual([
      ['B0NUNCHI01', 'subtitles'],
      ['B0NUNCHI01', 'forced'],
    ]);
  });

  it('Prime Video: the picker skips forced narratives', () => {
    const tracks = primeVideoTracks(fixtureJson('primevideo/resources.json'), PRIME_URL);
    expect(pickTrack(tracks, ['ko'])?.url).toBe('https://tt.cdn.test/prime/ko_kr.ttml2');
    expect(pickTrack(tracks, ['en'])?.label).toBe('English [CC]');
  });

  it('Crunchyroll: the video id must be in the request path', () => {
    expect(
      crunchyrollTracks(fixtureJson('crunchyroll/play.json'), 'https://www.crunchyroll.com/x'),
    ).toEqual([]);
  });

  it('Bilibili: a part without cid falls back to the request, then the bvid', () => {
    const body = {
      data: {
        bvid: 'BV1nunchi001',
        subtitle: { subtitles: [{ lan: 'zh-CN', subtitle_url: '//s.cdn.test/a.json' }] },
      },
    };
    expect(bilibiliTracks(body, BILIBILI_URL)[0]?.videoId).toBe('280001');
    expect(bilibiliTracks(body, '')[0]?.videoId).toBe('BV1nunchi001');
  });

  it('iQIYI: relative paths need the dstl host', () => {
    const noHost = { data: { program: { stl: [{ lid: 4, webvtt: '/a/ko.vtt' }] } } };
    expect(iqiyiTracks(noHost, IQIYI_URL)).toEqual([]);
  });

  it('iQIYI: the player’s selected subtitles and the audio’s language are kept', () => {
    const body = {
      data: {
        dstl: 'https://meta.cdn.test',
        program: {
          audio: [
            { lid: 4, _selected: false },
            { lid: 1, _selected: true },
          ],
          stl: [
            { lid: 4, webvtt: '/a/ko.vtt' },
            { lid: 1, webvtt: '/a/zh.vtt', _selected: true },
          ],
        },
      },
    };
    expect(
      iqiyiTracks(body, IQIYI_URL).map((t) => [t.lang, t.selected ?? false, t.originalLang]),
    ).toEqual([
      ['ko', false, 'zh'],
      ['zh', true, 'zh'],
    ]);
    // A C-drama listing Korean first is still read in Chinese.
    expect(chooseTrack(iqiyiTracks(body, IQIYI_URL), ['ko', 'zh', 'ja'])?.lang).toBe('zh');
  });

  it('Crunchyroll: the original version’s audio is the original language', () => {
    const url = 'https://www.crunchyroll.com/playback/v3/G00000001/web/chrome/play';
    const tracks = crunchyrollTracks(fixtureJson('crunchyroll/play.json'), url);
    expect(new Set(tracks.map((t) => t.originalLang))).toEqual(new Set(['ja']));
    expect(chooseTrack(tracks, ['ko', 'zh', 'ja'])?.lang).toBe('ja');
    // Without the versions list, the audio playing says it.
    const dub = {
      ...(fixtureJson('crunchyroll/play.json') as object),
      versions: [],
      audioLocale: 'ko-KR',
    };
    expect(crunchyrollTracks(dub, url)[0]?.originalLang).toBe('ko');
  });
});

describe('track files of these sites', () => {
  it('Prime Video TTML2 with tt: prefixes and frame-rate clock times', () => {
    // Region r0 reaches from 80% down to 95%, its text aligned to the bottom.
    const BOTTOM_REGION = { line: 95, vertical: 'bottom' };
    expect(parseTrackText(fixture('primevideo/ko.ttml2'), 'ttml')).toEqual([
      { text: '눈치 좀 챙겨.', startMs: 1001, endMs: 3003, position: BOTTOM_REGION },
      {
        text: '(전화)\n여보세요?',
        startMs: 3504,
        endMs: 5255,
        styles: [{ start: 0, end: 4, italic: true }],
        position: BOTTOM_REGION,
      },
      { text: '밥은 먹고 다니냐?', startMs: 6000, endMs: 8000, position: BOTTOM_REGION },
    ]);
  });

  it('Crunchyroll ASS: dialogue and signs by start time, override tags removed', () => {
    expect(parseTrackText(fixture('crunchyroll/ja-JP.ass'), 'ass')).toEqual([
      {
        text: '空気を読んでよ。',
        startMs: 1000,
        endMs: 3000,
        speaker: 'ハル',
        styles: [{ start: 0, end: 2, italic: true }],
      },
      // The sign's style is bold; \pos(960,100) on a 1080-high script puts it on top.
      {
        text: '商店街',
        startMs: 2000,
        endMs: 6000,
        styles: [{ start: 0, end: 3, bold: true }],
        position: { vertical: 'top', line: 9 },
      },
      { text: 'お腹すいた？\nまだ。', startMs: 3500, endMs: 5250 },
    ]);
  });

  it('Bilibili JSON body in seconds', () => {
    expect(parseTrackText(fixture('bilibili/zh.json'), 'bilibili-json')).toEqual([
      { text: '你别狗拿耗子，多管闲事。', startMs: 1000, endMs: 3000 },
      { text: '吃饭了吗？', startMs: 3500, endMs: 5250 },
      { text: '还没呢。', startMs: 6000, endMs: 8000 },
    ]);
  });
});
