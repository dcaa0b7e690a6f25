import { describe, expect, it } from 'vitest';
import {
  findTimedTextDownloads,
  NETFLIX_TEXT_PROFILES,
  netflixManifestTracks,
  netflixPlayerTracks,
  originalAudioLang,
  withNetflixTextProfiles,
} from '../../../utils/tracks/netflix';
import { parseTrackText } from '../../../utils/tracks/parse-track';
import { chooseTrack, pickTrack } from '../../../utils/tracks/pick';
import { BROKEN_PAYLOADS, fixture, fixtureJson } from './fixtures';

describe('netflixManifestTracks: timedtexttracks / ttDownloadables (older shape)', () => {
  const tracks = netflixManifestTracks(fixtureJson('netflix/manifest-timedtexttracks.json'));
  const summary = tracks.map((t) => [t.lang, t.kind, t.format, t.url, t.imageBased ?? false]);

  it('lists text tracks, leaves out the "off" and forced tracks', () => {
    expect(summary).toEqual([
      ['ko', 'subtitles', 'webvtt', 'https://subs.cdn.test/a/ko.vtt?o=1', false],
      ['ko', 'captions', 'webvtt', 'https://subs.cdn.test/a/ko-cc.vtt', false],
      // Japanese reads IMSC first: Netflix's WebVTT writes ruby inline.
      ['ja', 'subtitles', 'ttml', 'https://subs.cdn.test/a/ja.xml', false],
      ['zh', 'subtitles', 'webvtt', '', true],
      ['en', 'subtitles', 'ttml', 'https://subs.cdn.test/a/en.dfxp', false],
    ]);
  });

  it('keys every track by the movie id and keeps the site ids and labels', () => {
    expect(new Set(tracks.map((t) => t.videoId))).toEqual(new Set(['81000001']));
    expect(tracks[0]).toMatchObject({
      site: 'netflix',
      rawLang: 'ko',
      label: 'Korean',
      trackId: 'T:2:0;1;ko;0;0;0;',
      fallbackUrls: ['https://mirror.cdn.test/a/ko.vtt?o=1'],
    });
    expect(tracks[3]).toMatchObject({ rawLang: 'zh-Hant', label: 'Traditional Chinese' });
  });

  it('accepts the manifest without its {result} wrapper', () => {
    const bare = (fixtureJson('netflix/manifest-timedtexttracks.json') as { result: unknown })
      .result;
    expect(netflixManifestTracks(bare)).toEqual(tracks);
  });
});

describe('netflixManifestTracks: textTracks / downloadables (mid-2026 rename)', () => {
  const tracks = netflixManifestTracks(fixtureJson('netflix/manifest-texttracks.json'));

  it('reads the renamed fields', () => {
    expect(tracks.map((t) => [t.lang, t.trackId, t.url])).toEqual([
      ['zh', 'T:5:0;1;zh-Hans;0;0;0;', 'https://subs.cdn.test/b/zh.vtt'],
      // Listed but not loaded until selected: no URL, not image-based.
      ['ko', 'T:5:0;1;ko;0;0;0;', ''],
    ]);
    expect(tracks[0]!.fallbackUrls).toEqual(['https://mirror.cdn.test/b/zh.vtt']);
    expect(tracks[0]!.videoId).toBe('81000002');
    expect(tracks[1]!.imageBased).toBeUndefined();
  });

  it('gives both shapes the same model, so one picker serves both', () => {
    expect(pickTrack(tracks, ['zh'])?.url).toBe('https://subs.cdn.test/b/zh.vtt');
    expect(pickTrack(tracks, ['ko'])).toBeNull();
  });
});

describe('netflixManifestTracks on broken input', () => {
  it.each(BROKEN_PAYLOADS.map((p) => [p]))('%j gives []', (payload) => {
    expect(netflixManifestTracks(payload)).toEqual([]);
  });

  it('needs the movie id: tracks of an unknown video are useless', () => {
    expect(
      netflixManifestTracks({
        result: { timedtexttracks: [{ language: 'ko', ttDownloadables: {} }] },
      }),
    ).toEqual([]);
  });
});

describe('Netflix track files', () => {
  const bottom = (line: number) => ({ position: { line, vertical: 'bottom' } });

  it('WebVTT with Netflix cue settings and class spans', () => {
    expect(parseTrackText(fixture('netflix/ko.vtt'), 'webvtt')).toEqual([
      // Netflix places every line with a percentage; all of these are in the lower half.
      { ...bottom(84.67), id: '1', text: '눈치 좀 챙겨.', startMs: 1000, endMs: 3000 },
      { ...bottom(79.33), id: '2', text: '-형, 밥 먹었어?\n-아직.', startMs: 3500, endMs: 5250 },
      { ...bottom(84.67), id: '3', text: '(문 닫히는 소리)', startMs: 6000, endMs: 8000 },
    ]);
  });

  it('IMSC 1.1 with ticks at ttp:tickRate and ruby left out of the line (kept as reading)', () => {
    expect(parseTrackText(fixture('netflix/ja.imsc.xml'), 'ttml')).toEqual([
      {
        ...bottom(80),
        text: '空気を読んでよ。',
        startMs: 1200,
        endMs: 3100,
        ruby: [{ start: 0, end: 2, reading: 'くうき' }],
      },
      { ...bottom(80), text: 'お腹すいた？\nまだ。', startMs: 3500, endMs: 5250 },
      { ...bottom(80), text: 'いただきます。', startMs: 6000, endMs: 7000 },
    ]);
  });
});

describe('netflixPlayerTracks (player API list + downloads found in state)', () => {
  const list = fixtureJson('netflix/player-track-list.json');
  const downloads = [
    {
      trackId: 'T:9:0;1;ko;0;0;0;',
      urls: ['https://subs.cdn.test/c/ko.vtt', 'https://mirror.cdn.test/c/ko.vtt'],
      profile: 'webvtt-lssdh-ios8',
    },
    { trackId: 'T:9:0;1;en;1;0;0;', urls: ['https://subs.cdn.test/c/en.xml'], profile: 'imsc1.1' },
  ];
  const tracks = netflixPlayerTracks(list, 81000009, downloads);

  it('joins the list to the downloads by track id', () => {
    expect(
      tracks.map((t) => [t.lang, t.label, t.kind, t.format, t.url, t.imageBased ?? false]),
    ).toEqual([
      ['ko', '한국어', 'subtitles', 'webvtt', 'https://subs.cdn.test/c/ko.vtt', false],
      ['ja', '日本語', 'subtitles', 'webvtt', '', true],
      ['en', 'English (CC)', 'captions', 'ttml', 'https://subs.cdn.test/c/en.xml', false],
    ]);
    expect(tracks[0]!.fallbackUrls).toEqual(['https://mirror.cdn.test/c/ko.vtt']);
    expect(tracks.every((t) => t.videoId === '81000009')).toBe(true);
  });

  it('takes the original language from the player’s audio tracks', () => {
    const audio = [
      { bcp47: 'en', displayName: 'English' },
      { bcp47: 'ja', displayName: 'Japanese [Original]' },
    ];
    const withAudio = netflixPlayerTracks(list, 81000009, downloads, audio);
    expect(new Set(withAudio.map((t) => t.originalLang))).toEqual(new Set(['ja']));
    expect(tracks[0]).not.toHaveProperty('originalLang');
  });

  it('gives [] for a list that is not one, or no movie id', () => {
    expect(netflixPlayerTracks({ tracks: [] }, 1, downloads)).toEqual([]);
    expect(netflixPlayerTracks(list, Number.NaN, downloads)).toEqual([]);
    expect(netflixPlayerTracks(list, '', downloads)).toEqual([]);
  });
});

describe('originalAudioLang', () => {
  it.each<[string, unknown, string | undefined]>([
    [
      'the "[Original]" audio',
      [{ language: 'ko', languageDescription: 'Korean [Original]' }],
      'ko',
    ],
    [
      'among dubs, in the newer shape',
      [
        { bcp47: 'en', displayName: 'English' },
        { bcp47: 'zh-Hans', displayName: 'Mandarin [Original]' },
      ],
      'zh',
    ],
    ['in a Japanese interface', [{ bcp47: 'ko', displayName: '韓国語 [オリジナル]' }], 'ko'],
    ['flagged native', [{ bcp47: 'ja', displayName: '日本語', isNative: true }], 'ja'],
    ['no marker', [{ language: 'ko', languageDescription: 'Korean' }], undefined],
    ['"original" outside brackets', [{ bcp47: 'en', displayName: 'Original cast' }], undefined],
    ['not a list', 'Korean [Original]', undefined],
  ])('%s', (_name, audio, expected) => {
    expect(originalAudioLang(audio)).toBe(expected);
  });

  it('marks every manifest track with it', () => {
    const manifest = {
      result: {
        movieId: 81000006,
        audio_tracks: [{ language: 'zh', languageDescription: 'Mandarin [Original]' }],
        timedtexttracks: [
          {
            language: 'ko',
            ttDownloadables: {
              'webvtt-lssdh-ios8': { downloadUrls: { 1: 'https://a.test/ko.vtt' } },
            },
          },
          {
            language: 'zh-Hans',
            ttDownloadables: {
              'webvtt-lssdh-ios8': { downloadUrls: { 1: 'https://a.test/zh.vtt' } },
            },
          },
        ],
      },
    };
    const tracks = netflixManifestTracks(manifest);
    expect(tracks.map((t) => [t.lang, t.originalLang])).toEqual([
      ['ko', 'zh'],
      ['zh', 'zh'],
    ]);
    expect(chooseTrack(tracks, ['ko', 'zh', 'ja'])?.lang).toBe('zh');
  });
});

describe('findTimedTextDownloads', () => {
  const download = (trackId: string, url: string) => ({
    type: 'timedtext',
    trackId,
    urls: [{ cdnId: 1, url }],
    profile: 'webvtt-lssdh-ios8',
  });

  it('finds downloads by shape anywhere, through cycles, arrays and maps', () => {
    const state: Record<string, unknown> = {
      playerApp: { sessions: new Map([['s1', { media: [download('A', 'https://x.test/a')] }]]) },
      other: {
        deeper: {
          list: [
            { type: 'audio', trackId: 'Z', urls: [{ url: 'u' }] },
            download('B', 'https://x.test/b'),
          ],
        },
      },
    };
    state.self = state;
    (state.playerApp as Record<string, unknown>).back = state;
    const found = findTimedTextDownloads(state);
    expect(found.map((d) => [d.trackId, d.urls, d.profile]).sort()).toEqual([
      ['A', ['https://x.test/a'], 'webvtt-lssdh-ios8'],
      ['B', ['https://x.test/b'], 'webvtt-lssdh-ios8'],
    ]);
  });

  it('skips properties that throw when read', () => {
    const state = {
      get broken(): unknown {
        throw new Error('revoked');
      },
      ok: download('C', 'https://x.test/c'),
    };
    expect(findTimedTextDownloads(state).map((d) => d.trackId)).toEqual(['C']);
  });

  it('stops at the depth limit and the node budget', () => {
    let nested: unknown = download('D', 'https://x.test/d');
    for (let i = 0; i < 20; i++) nested = { next: nested };
    expect(findTimedTextDownloads(nested)).toEqual([]);
    expect(findTimedTextDownloads(nested, { maxDepth: 25 }).map((d) => d.trackId)).toEqual(['D']);
    const wide = {
      items: Array.from({ length: 100 }, () => ({})),
      last: download('E', 'https://x.test/e'),
    };
    expect(findTimedTextDownloads(wide, { maxNodes: 10 })).toEqual([]);
  });

  it('ignores look-alikes without a track id or URLs, and non-objects', () => {
    expect(
      findTimedTextDownloads({
        a: { type: 'timedtext', urls: [{ url: 'https://x.test/a' }] },
        b: { type: 'timedtext', trackId: 'B', urls: [] },
        c: { type: 'timedtext', trackId: 'C', urls: 'https://x.test/c' },
      }),
    ).toEqual([]);
    expect(findTimedTextDownloads(null)).toEqual([]);
    expect(findTimedTextDownloads('timedtext')).toEqual([]);
  });
});

describe('withNetflixTextProfiles (manifest request)', () => {
  const request = {
    version: 2,
    url: 'manifest',
    languages: ['en-US'],
    params: {
      type: 'standard',
      viewableId: 81000001,
      profiles: ['playready-h264mpl30-dash', 'webvtt-lssdh-ios8'],
    },
  };

  it('adds the missing text profiles to a copy', () => {
    const patched = withNetflixTextProfiles(request);
    expect(patched?.params).toMatchObject({
      viewableId: 81000001,
      profiles: ['playready-h264mpl30-dash', 'webvtt-lssdh-ios8', 'imsc1.1', 'dfxp-ls-sdh'],
    });
    expect(patched?.languages).toEqual(['en-US']);
    expect(request.params.profiles).toHaveLength(2);
  });

  it('leaves alone a request that already asks for them, and anything that is not a manifest request', () => {
    const complete = {
      ...request,
      params: { ...request.params, profiles: [...NETFLIX_TEXT_PROFILES] },
    };
    expect(withNetflixTextProfiles(complete)).toBeNull();
    expect(withNetflixTextProfiles({ url: 'license', params: { profiles: ['x'] } })).toBeNull();
    expect(withNetflixTextProfiles({ params: { viewableId: 1, profiles: [1, 2] } })).toBeNull();
    expect(withNetflixTextProfiles({ params: { viewableId: 1 } })).toBeNull();
    expect(withNetflixTextProfiles([request])).toBeNull();
    expect(withNetflixTextProfiles('manifest')).toBeNull();
  });

  it('recognises a manifest request by its url when the viewable id is elsewhere', () => {
    expect(
      withNetflixTextProfiles({ url: '/licensedManifest', params: { profiles: [] } })?.params,
    ).toEqual({ profiles: [...NETFLIX_TEXT_PROFILES] });
  });
});
