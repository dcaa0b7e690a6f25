import { describe, expect, it } from 'vitest';
import { classifySubtitleRequest, type SubtitleRequest } from '../../../utils/tracks/classify';
import {
  readInterceptedResponse,
  type InterceptedResponse,
  type PageContext,
} from '../../../utils/tracks/intercept';
import { loadTrack } from '../../../utils/tracks/load';
import { localTrackParsers as parsers } from '../../../utils/tracks/local-parsers';
import type { TrackInfo } from '../../../utils/tracks/types';
import { fixture } from './fixtures';

describe('classifySubtitleRequest', () => {
  it.each<[string, string | undefined, SubtitleRequest | null]>([
    [
      'https://www.youtube.com/api/timedtext?v=nUnChI00001&lang=ko&fmt=json3&pot=x',
      undefined,
      { site: 'youtube', role: 'subtitle-file', format: 'json3' },
    ],
    ['https://www.youtube.com/api/timedtext?v=nUnChI00001&lang=ko&fmt=srv3', undefined, null],
    [
      'https://www.viki.com/api/videos/1234567v?app=1',
      'application/json',
      { site: 'viki', role: 'track-list' },
    ],
    [
      'https://api.viki.io/v4/videos/1234567v.json?app=1',
      undefined,
      { site: 'viki', role: 'track-list' },
    ],
    [
      'https://atv-ps-fe.primevideo.com/cdp/catalog/GetVodPlaybackResources?asin=a',
      undefined,
      { site: 'primevideo', role: 'track-list' },
    ],
    [
      'https://www.amazon.com/playback/prs/GetVodPlaybackResources?asin=a',
      undefined,
      { site: 'primevideo', role: 'track-list' },
    ],
    [
      'https://www.crunchyroll.com/playback/v3/G00000001/web/chrome/play',
      undefined,
      { site: 'crunchyroll', role: 'track-list' },
    ],
    [
      'https://api.bilibili.com/x/player/wbi/v2?cid=1',
      undefined,
      { site: 'bilibili', role: 'track-list' },
    ],
    [
      'https://api.bilibili.com/x/player/v2?cid=1',
      undefined,
      { site: 'bilibili', role: 'track-list' },
    ],
    [
      'https://api.bilibili.tv/intl/gateway/web/v2/subtitle?episode_id=1',
      undefined,
      { site: 'bilibili', role: 'track-list' },
    ],
    [
      'https://aisubtitle.hdslb.com/bfs/ai_subtitle/prod/1.json?auth_key=x',
      undefined,
      { site: 'bilibili', role: 'subtitle-file', format: 'bilibili-json' },
    ],
    [
      'https://cache-video.iq.com/dash?tvid=1&bid=600',
      undefined,
      { site: 'iqiyi', role: 'track-list' },
    ],
    [
      'https://vod-ak.media.dssott.com/ps01/disney/abc/ctr-all.m3u8',
      undefined,
      { site: 'disneyplus', role: 'hls-playlist' },
    ],
    [
      'https://vod.cdn.test/playlist',
      'application/vnd.apple.mpegurl',
      { site: null, role: 'hls-playlist' },
    ],
    [
      'https://manifests.api.hbomax.com/a/b.mpd?x=1',
      undefined,
      { site: 'max', role: 'dash-manifest' },
    ],
    [
      'https://m.cdn.test/manifest',
      'application/dash+xml; charset=utf-8',
      { site: null, role: 'dash-manifest' },
    ],
    [
      'https://ipv4-c001.1.oca.nflxvideo.net/?o=1&v=5&e=1&t=x',
      'text/vtt',
      { site: 'netflix', role: 'subtitle-file', format: 'webvtt' },
    ],
    ['https://ipv4-c001.1.oca.nflxvideo.net/range/0-1000?o=1', 'video/mp4', null],
    [
      'https://subs.cdn.test/a/ko.vtt?sig=1',
      undefined,
      { site: null, role: 'subtitle-file', format: 'webvtt' },
    ],
    [
      'https://tt.cdn.test/prime/ko_kr.ttml2',
      undefined,
      { site: null, role: 'subtitle-file', format: 'ttml' },
    ],
    [
      'https://subs.cdn.test/a/en.dfxp',
      undefined,
      { site: null, role: 'subtitle-file', format: 'ttml' },
    ],
    [
      'https://subs.cdn.test/a/ja.ass',
      undefined,
      { site: null, role: 'subtitle-file', format: 'ass' },
    ],
    [
      'https://subs.cdn.test/a/x',
      'text/x-ssa',
      { site: null, role: 'subtitle-file', format: 'ass' },
    ],
    // Too common to mean subtitles by themselves.
    ['https://www.netflix.com/api/shakti/x/metadata.json', undefined, null],
    ['https://cdn.test/feed.xml', undefined, null],
    ['https://www.netflix.com/browse', 'text/html', null],
    ['https://cdn.test/a', 'constructor', null],
    ['blob:https://www.netflix.com/1234', undefined, null],
    ['data:text/vtt,WEBVTT', undefined, null],
    ['/relative/ko.vtt', undefined, null],
  ])('%s (%s)', (url, contentType, expected) => {
    expect(classifySubtitleRequest(url, contentType)).toEqual(expected);
  });
});

describe('readInterceptedResponse', () => {
  const viki: PageContext = { site: 'viki' };
  const read = (response: InterceptedResponse, context: PageContext) =>
    readInterceptedResponse(response, context, parsers);

  it('routes a track list to its site reader', async () => {
    const result = await read(
      { url: 'https://www.viki.com/api/videos/1234567v', body: fixture('viki/video.json') },
      viki,
    );
    expect(result?.kind).toBe('tracks');
    expect(result?.kind === 'tracks' && result.tracks.map((t) => t.lang)).toEqual([
      'en',
      'ko',
      'es',
      'fr',
    ]);
  });

  it('reads the YouTube caption request the player made into cues', async () => {
    const url = 'https://www.youtube.com/api/timedtext?v=nUnChI00001&lang=ko&fmt=json3&pot=x';
    const result = await read({ url, body: fixture('youtube/ko.json3') }, { site: 'youtube' });
    expect(result).toMatchObject({ kind: 'cues', track: { videoId: 'nUnChI00001', lang: 'ko' } });
    expect(result?.kind === 'cues' && result.cues.map((c) => c.text)).toEqual([
      '눈치 좀 챙겨.',
      '형, 밥 먹었어?',
      '아직 안 먹었어.',
    ]);
  });

  it('reports an empty YouTube answer as a problem', async () => {
    const url = 'https://www.youtube.com/api/timedtext?v=nUnChI00001&lang=ko&fmt=json3';
    expect(await read({ url, body: '' }, { site: 'youtube' })).toMatchObject({
      kind: 'problem',
      url,
      message: expect.stringMatching(/empty subtitle track/) as unknown,
    });
  });

  it('matches a track file the player loads to the listed track', async () => {
    const listed = await read(
      { url: 'https://www.viki.com/api/videos/1234567v', body: fixture('viki/video.json') },
      viki,
    );
    const knownTracks = listed?.kind === 'tracks' ? listed.tracks : [];
    const result = await read(
      { url: 'https://subs.cdn.test/viki/1234567v/ko.vtt?sig=2', body: fixture('netflix/ko.vtt') },
      { site: 'viki', knownTracks },
    );
    expect(result).toMatchObject({ kind: 'cues', track: { lang: 'ko', label: '한국어' } });
  });

  it('takes an unlisted file for the current video, with unknown language', async () => {
    const result = await read(
      { url: 'https://subs.cdn.test/x/track.vtt', body: fixture('netflix/ko.vtt') },
      { site: 'viki', videoId: '1234567v' },
    );
    expect(result).toMatchObject({ kind: 'cues', track: { videoId: '1234567v', lang: 'und' } });
    // Without knowing the video, an unlisted file could belong to anything.
    expect(
      await read(
        { url: 'https://subs.cdn.test/x/track.vtt', body: fixture('netflix/ko.vtt') },
        viki,
      ),
    ).toBeNull();
  });

  it('does not take a lone segment for a whole track', async () => {
    const segment = {
      url: 'https://vod.cdn.test/seg/ko/0001.vtt',
      body: fixture('disneyplus/seg-0001.vtt'),
    };
    expect(await read(segment, { site: 'disneyplus', videoId: 'ep-1' })).toBeNull();
    const known: TrackInfo = {
      site: 'max',
      videoId: 'ep9',
      lang: 'ko',
      rawLang: 'ko',
      label: 'Korean',
      url: segment.url,
      format: 'webvtt',
      kind: 'subtitles',
      delivery: 'segments',
      segmentUrls: [segment.url],
    };
    expect(await read(segment, { site: 'viki', videoId: 'ep9', knownTracks: [known] })).toBeNull();
  });

  it('lists tracks from an HLS master and a DASH manifest when the video is known', async () => {
    const master = {
      url: 'https://vod.cdn.test/a/master.m3u8',
      body: fixture('disneyplus/master.m3u8'),
    };
    expect(await read(master, { site: 'disneyplus', videoId: 'ep-1' })).toMatchObject({
      kind: 'tracks',
      tracks: [{ lang: 'ko' }, { lang: 'ko' }, { lang: 'zh' }],
    });
    expect(await read(master, { site: 'disneyplus' })).toBeNull();
    const media = {
      url: 'https://vod.cdn.test/a/ko.m3u8',
      body: fixture('disneyplus/ko-media.m3u8'),
    };
    expect(await read(media, { site: 'disneyplus', videoId: 'ep-1' })).toBeNull();
    const mpd = { url: 'https://m.cdn.test/ep9.mpd', body: fixture('max/manifest.mpd') };
    expect(await read(mpd, { site: 'max', videoId: 'ep9' })).toMatchObject({
      kind: 'tracks',
    });
  });

  it('ignores responses of another site', async () => {
    const url = 'https://www.youtube.com/api/timedtext?v=nUnChI00001&lang=ko&fmt=json3';
    expect(await read({ url, body: fixture('youtube/ko.json3') }, viki)).toBeNull();
  });

  it.each([
    ['', undefined],
    ['{"subtitles": "x"}', undefined],
    ['<html>', 'text/html'],
    ['\u0000\u0001', undefined],
  ])('never throws on a broken body (%j)', async (body, contentType) => {
    for (const url of [
      'https://www.viki.com/api/videos/1v',
      'https://api.bilibili.com/x/player/v2',
      'https://cache-video.iq.com/dash?tvid=1',
      'https://www.crunchyroll.com/playback/v3/G1/web/chrome/play',
      'https://vod.cdn.test/a.m3u8',
      'https://m.cdn.test/a.mpd',
    ]) {
      const site = classifySubtitleRequest(url)?.site ?? 'max';
      await expect(read({ url, body, contentType }, { site, videoId: 'v' })).resolves.not.toThrow();
    }
    const file = await read(
      { url: 'https://subs.cdn.test/x/a.vtt', body, contentType },
      { site: 'viki', videoId: 'v' },
    );
    expect(file?.kind).toBe('problem');
  });
});

/** A fake network: URL → body, or an Error to throw; records the order of requests. */
function fakeFetch(responses: Record<string, string | Error>) {
  const requested: string[] = [];
  const fetchText = (url: string) => {
    requested.push(url);
    const response = responses[url];
    if (response === undefined) return Promise.reject(new Error(`404 ${url}`));
    return response instanceof Error ? Promise.reject(response) : Promise.resolve(response);
  };
  return { fetchText, requested };
}

const base: TrackInfo = {
  site: 'netflix',
  videoId: '81000001',
  lang: 'ko',
  rawLang: 'ko',
  label: 'Korean',
  url: 'https://subs.cdn.test/a/ko.vtt',
  format: 'webvtt',
  kind: 'subtitles',
};

describe('loadTrack', () => {
  it('loads one file', async () => {
    const { fetchText } = fakeFetch({ [base.url]: fixture('netflix/ko.vtt') });
    const loaded = await loadTrack(base, fetchText, { parsers });
    expect(loaded.track).toBe(base);
    expect(loaded.cues.map((c) => c.startMs)).toEqual([1000, 3500, 6000]);
    expect(loaded.missingSegments).toBeUndefined();
  });

  it('tries the mirrors in turn when a server fails', async () => {
    const track = {
      ...base,
      fallbackUrls: ['https://m1.cdn.test/ko.vtt', 'https://m2.cdn.test/ko.vtt'],
    };
    const { fetchText, requested } = fakeFetch({
      [base.url]: new Error('network'),
      'https://m1.cdn.test/ko.vtt': '<html>403</html>',
      'https://m2.cdn.test/ko.vtt': fixture('netflix/ko.vtt'),
    });
    expect((await loadTrack(track, fetchText, { parsers })).cues).toHaveLength(3);
    expect(requested).toEqual([base.url, ...track.fallbackUrls]);
  });

  it('rejects with the last error when every server fails', async () => {
    const { fetchText } = fakeFetch({ [base.url]: '' });
    await expect(loadTrack(base, fetchText, { parsers })).rejects.toThrow(/empty subtitle track/);
    await expect(loadTrack({ ...base, url: '' }, fetchText, { parsers })).rejects.toThrow(
      /no address/,
    );
  });

  it('loads an HLS subtitle playlist segment by segment, merging repeats', async () => {
    const playlistUrl = 'https://vod.cdn.test/ps01/disney/abc/r/ko.m3u8';
    const { fetchText, requested } = fakeFetch({
      [playlistUrl]: fixture('disneyplus/ko-media.m3u8'),
      'https://vod.cdn.test/ps01/disney/abc/seg/ko/00/0001.vtt': fixture('disneyplus/seg-0001.vtt'),
      'https://vod.cdn.test/ps01/disney/abc/seg/ko/00/0002.vtt': fixture('disneyplus/seg-0002.vtt'),
      'https://other.cdn.test/seg/ko/00/0003.vtt': new Error('timeout'),
    });
    const loaded = await loadTrack(
      { ...base, site: 'disneyplus', url: playlistUrl, delivery: 'hls-playlist' },
      fetchText,
      { parsers },
    );
    expect(requested[0]).toBe(playlistUrl);
    expect(requested).toHaveLength(4);
    expect(loaded.cues.map((c) => [c.text, c.startMs, c.endMs])).toEqual([
      ['눈치 좀 챙겨.', 1000, 3000],
      ['오늘 추석 전날이잖아.', 4500, 7200],
      ['송편 빚으러 가자.', 8000, 10000],
    ]);
    expect(loaded.missingSegments).toBe(1);
  });

  it('refuses a master playlist given as a media playlist', async () => {
    const { fetchText } = fakeFetch({ [base.url]: fixture('disneyplus/master.m3u8') });
    await expect(
      loadTrack({ ...base, delivery: 'hls-playlist' }, fetchText, { parsers }),
    ).rejects.toThrow(/master playlist/);
  });

  it('loads listed segments and fails only when none can be read', async () => {
    const segmentUrls = ['https://m.cdn.test/1.vtt', 'https://m.cdn.test/2.vtt'];
    const track: TrackInfo = { ...base, delivery: 'segments', segmentUrls };
    const ok = fakeFetch({
      [segmentUrls[0]!]: fixture('disneyplus/seg-0001.vtt'),
      [segmentUrls[1]!]: 'garbage',
    });
    const loaded = await loadTrack(track, ok.fetchText, { parsers });
    expect(loaded.cues).toHaveLength(2);
    expect(loaded.missingSegments).toBe(1);
    await expect(loadTrack(track, fakeFetch({}).fetchText, { parsers })).rejects.toThrow(
      /None of the 2 segments/,
    );
    await expect(
      loadTrack({ ...track, segmentUrls: [] }, ok.fetchText, { parsers }),
    ).rejects.toThrow(/no segments/);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const segmentUrls = Array.from({ length: 20 }, (_, i) => `https://m.cdn.test/${i}.vtt`);
    let calls = 0;
    const fetchText = (url: string) => {
      calls++;
      if (calls === 3) controller.abort(new Error('video changed'));
      return Promise.resolve(
        url.endsWith('0.vtt') ? fixture('disneyplus/seg-0001.vtt') : 'WEBVTT\n',
      );
    };
    await expect(
      loadTrack({ ...base, delivery: 'segments', segmentUrls }, fetchText, {
        parsers,
        signal: controller.signal,
      }),
    ).rejects.toThrow('video changed');
    expect(calls).toBeLessThan(20);
  });
});
