import { describe, expect, it } from 'vitest';
import { isForCurrentVideo, keepIfCurrent } from '../../../utils/tracks/guard';
import { parseTrackText } from '../../../utils/tracks/parse-track';
import { SubtitleParseError } from '../../../utils/subtitles/errors';
import {
  parseTimedTextUrl,
  withJson3,
  youtubeCaptionTracks,
  youtubeTrackFromTimedText,
  youtubeVideoId,
} from '../../../utils/tracks/youtube';
import { BROKEN_PAYLOADS, fixture, fixtureJson } from './fixtures';

const TIMEDTEXT =
  'https://www.youtube.com/api/timedtext?v=nUnChI00001&caps=asr&xoaf=5&hl=en&lang=ko&fmt=json3&xorb=2&kind=asr&pot=MnQ0token&c=WEB';

describe('parseTimedTextUrl', () => {
  it.each<[string, string, ReturnType<typeof parseTimedTextUrl>]>([
    [
      "the player's own request (asr, json3, pot)",
      TIMEDTEXT,
      {
        videoId: 'nUnChI00001',
        lang: 'ko',
        rawLang: 'ko',
        kind: 'asr',
        format: 'json3',
        hasPot: true,
      },
    ],
    [
      'a human track without the token',
      'https://www.youtube.com/api/timedtext?v=nUnChI00001&lang=zh-Hans&fmt=json3&name=CC',
      {
        videoId: 'nUnChI00001',
        lang: 'zh',
        rawLang: 'zh-Hans',
        kind: 'subtitles',
        format: 'json3',
        hasPot: false,
        name: 'CC',
      },
    ],
    [
      'a machine translation is machine-made',
      '/api/timedtext?v=nUnChI00001&lang=ja&tlang=ko&fmt=vtt&pot=x',
      {
        videoId: 'nUnChI00001',
        lang: 'ko',
        rawLang: 'ko',
        kind: 'asr',
        format: 'webvtt',
        hasPot: true,
      },
    ],
    [
      'an XML format no parser reads',
      'https://www.youtube.com/api/timedtext?v=nUnChI00001&lang=ko&fmt=srv3',
      {
        videoId: 'nUnChI00001',
        lang: 'ko',
        rawLang: 'ko',
        kind: 'subtitles',
        format: null,
        hasPot: false,
      },
    ],
    ['another API', 'https://www.youtube.com/api/stats/watchtime?v=nUnChI00001&lang=ko', null],
    ['no language', 'https://www.youtube.com/api/timedtext?v=nUnChI00001&fmt=json3', null],
    ['a bad video id', 'https://www.youtube.com/api/timedtext?v=short&lang=ko', null],
    ['not a URL', 'http://[::1', null],
  ])('%s', (_name, url, expected) => {
    expect(parseTimedTextUrl(url)).toEqual(expected);
  });
});

describe('youtubeTrackFromTimedText + json3', () => {
  it('turns the intercepted request and its body into a track with cues', () => {
    const track = youtubeTrackFromTimedText(TIMEDTEXT);
    expect(track).toEqual({
      site: 'youtube',
      videoId: 'nUnChI00001',
      lang: 'ko',
      rawLang: 'ko',
      label: 'ko',
      url: TIMEDTEXT,
      format: 'json3',
      kind: 'asr',
    });
    expect(parseTrackText(fixture('youtube/ko.json3'), track!.format)).toEqual([
      { text: '눈치 좀 챙겨.', startMs: 1000, endMs: 3000 },
      { text: '형, 밥 먹었어?', startMs: 3500, endMs: 5250 },
      { text: '아직 안 먹었어.', startMs: 6000, endMs: 8000 },
    ]);
  });

  it('says why an empty answer (no pot token) holds no track', () => {
    expect(() => parseTrackText('', 'json3')).toThrow(SubtitleParseError);
    expect(() => parseTrackText('  \n', 'json3')).toThrow(/empty subtitle track/);
  });

  it('gives null for a request in a format that cannot be read', () => {
    expect(
      youtubeTrackFromTimedText('https://www.youtube.com/api/timedtext?v=nUnChI00001&lang=ko'),
    ).toBeNull();
  });
});

describe('youtubeCaptionTracks', () => {
  it('reads captionTracks from a player response, switching URLs to json3', () => {
    const tracks = youtubeCaptionTracks(fixtureJson('youtube/player-response.json'));
    expect(tracks.map((t) => [t.lang, t.rawLang, t.kind, t.label, t.trackId])).toEqual([
      ['ko', 'ko', 'asr', 'Korean (auto-generated)', 'a.ko'],
      ['ko', 'ko', 'subtitles', 'Korean (CC)', '.ko'],
      ['zh', 'zh-Hans', 'subtitles', 'Chinese (Simplified)', '.zh-Hans'],
    ]);
    for (const track of tracks) {
      expect(new URL(track.url).searchParams.get('fmt')).toBe('json3');
      expect(track.videoId).toBe('nUnChI00001');
      expect(track.format).toBe('json3');
    }
    expect(tracks[2]!.url.startsWith('https://www.youtube.com/api/timedtext?')).toBe(true);
  });

  it("reads the player's own captionTracks list given the video id", () => {
    const list = [
      {
        url: '/api/timedtext?v=nUnChI00002&lang=ja&pot=x',
        languageCode: 'ja',
        displayName: '日本語',
      },
    ];
    expect(youtubeCaptionTracks(list, 'nUnChI00002')).toMatchObject([
      { videoId: 'nUnChI00002', lang: 'ja', label: '日本語', kind: 'subtitles' },
    ]);
    // Without an id the URL's own v= is used.
    expect(youtubeCaptionTracks(list)[0]?.videoId).toBe('nUnChI00002');
  });

  it.each(BROKEN_PAYLOADS.map((p) => [p]))('%j gives []', (payload) => {
    expect(youtubeCaptionTracks(payload)).toEqual([]);
  });
});

describe('withJson3', () => {
  it('sets fmt=json3, replacing another format', () => {
    expect(withJson3('https://www.youtube.com/api/timedtext?v=nUnChI00001&fmt=srv3&lang=ko')).toBe(
      'https://www.youtube.com/api/timedtext?v=nUnChI00001&fmt=json3&lang=ko',
    );
  });
});

describe('youtubeVideoId', () => {
  it.each<[string, string | null]>([
    ['https://www.youtube.com/watch?v=nUnChI00001&t=30s', 'nUnChI00001'],
    ['https://m.youtube.com/watch?list=PL1&v=nUnChI00001', 'nUnChI00001'],
    ['https://www.youtube.com/shorts/nUnChI00003', 'nUnChI00003'],
    ['https://www.youtube.com/shorts/nUnChI00003?feature=share', 'nUnChI00003'],
    ['https://www.youtube.com/embed/nUnChI00004', 'nUnChI00004'],
    ['https://www.youtube.com/live/nUnChI00005', 'nUnChI00005'],
    ['https://youtu.be/nUnChI00006?si=x', 'nUnChI00006'],
    ['https://www.youtube.com/', null],
    ['https://www.youtube.com/results?search_query=kdrama', null],
    ['https://www.youtube.com/watch?v=too-short', null],
    ['https://www.youtube.com/shorts/nUnChI000031', null],
    ['not a url', null],
  ])('%s → %s', (url, id) => {
    expect(youtubeVideoId(url)).toBe(id);
  });
});

describe('video-change guard', () => {
  const track = youtubeTrackFromTimedText(TIMEDTEXT)!;

  it('keeps a result only while its video is on screen', () => {
    expect(isForCurrentVideo('nUnChI00001', 'nUnChI00001')).toBe(true);
    // Swiped to the next Short while the track loaded.
    expect(isForCurrentVideo('nUnChI00003', 'nUnChI00001')).toBe(false);
    expect(isForCurrentVideo(null, 'nUnChI00001')).toBe(false);
    expect(isForCurrentVideo('', '')).toBe(false);
  });

  it('works on tracks and on loaded tracks', () => {
    expect(keepIfCurrent(track, 'nUnChI00001')).toBe(track);
    expect(keepIfCurrent(track, 'nUnChI00003')).toBeNull();
    const loaded = { track, cues: [] };
    expect(keepIfCurrent(loaded, 'nUnChI00001')).toBe(loaded);
    expect(keepIfCurrent(loaded, undefined)).toBeNull();
  });
});
