import { describe, expect, it } from 'vitest';
import {
  CHANNEL,
  extensionEnvelope,
  MAX_BODY_CHARS,
  pageEnvelope,
  parseExtensionMessage,
  parsePageMessage,
  parseTrackInfo,
} from '../../../utils/sites/channel';
import type { TrackInfo } from '../../../utils/tracks/types';

const TRACK: TrackInfo = {
  site: 'netflix',
  videoId: '81000001',
  lang: 'ko',
  rawLang: 'ko',
  label: 'Korean',
  url: 'https://ipv4-c001.oca.nflxvideo.net/tt/ko.vtt',
  format: 'webvtt',
  kind: 'subtitles',
  trackId: 'T:1',
  fallbackUrls: ['https://ipv4-c002.oca.nflxvideo.net/tt/ko.vtt'],
};

const page = (message: unknown) => ({ channel: CHANNEL, from: 'page', message });

describe('the page → content script channel', () => {
  it('passes its own well-formed messages through', () => {
    const ready = pageEnvelope({ kind: 'ready', site: 'netflix' });
    expect(parsePageMessage(ready)).toEqual({ kind: 'ready', site: 'netflix' });
    const tracks = pageEnvelope({ kind: 'tracks', tracks: [TRACK] });
    expect(parsePageMessage(structuredClone(tracks))).toEqual({ kind: 'tracks', tracks: [TRACK] });
    const response = pageEnvelope({
      kind: 'response',
      url: 'https://www.viki.com/api/videos/1v',
      body: '{}',
      contentType: 'application/json',
    });
    expect(parsePageMessage(response)).toEqual(response.message);
  });

  it.each([
    [
      'another channel',
      { channel: 'other', from: 'page', message: { kind: 'ready', site: 'netflix' } },
    ],
    [
      'the wrong direction',
      { channel: CHANNEL, from: 'extension', message: { kind: 'ready', site: 'netflix' } },
    ],
    ['no envelope', { kind: 'ready', site: 'netflix' }],
    ['a string', JSON.stringify(pageEnvelope({ kind: 'ready', site: 'netflix' }))],
    ['null', null],
    ['an unknown kind', page({ kind: 'eval', code: 'alert(1)' })],
    ['an unknown site', page({ kind: 'ready', site: 'evil' })],
    [
      'a javascript: URL',
      page({ kind: 'response', url: 'javascript:alert(1)', body: '', contentType: '' }),
    ],
    [
      'a relative URL',
      page({ kind: 'response', url: '/api/videos/1v', body: '', contentType: '' }),
    ],
    [
      'a body that is not text',
      page({ kind: 'response', url: 'https://a.test/x.vtt', body: { a: 1 }, contentType: '' }),
    ],
    [
      'a body too large',
      page({
        kind: 'response',
        url: 'https://a.test/x.vtt',
        body: 'x'.repeat(MAX_BODY_CHARS + 1),
        contentType: '',
      }),
    ],
    ['tracks that are not a list', page({ kind: 'tracks', tracks: { 0: TRACK } })],
    ['too many tracks', page({ kind: 'tracks', tracks: Array.from({ length: 501 }, () => TRACK) })],
    [
      'one bad track among good ones',
      page({ kind: 'tracks', tracks: [TRACK, { ...TRACK, format: 'exe' }] }),
    ],
  ])('drops %s', (_name, data) => {
    expect(parsePageMessage(data)).toBeNull();
  });
});

describe('parseTrackInfo', () => {
  it('keeps the known fields and drops anything else', () => {
    const parsed = parseTrackInfo({ ...TRACK, extra: 'x', __proto__: { polluted: true } });
    expect(parsed).toEqual(TRACK);
    expect(Object.keys(parsed!)).not.toContain('extra');
  });

  it('accepts a listed track without an address (pictures only), and optional fields', () => {
    expect(parseTrackInfo({ ...TRACK, url: '', imageBased: true })).toMatchObject({
      url: '',
      imageBased: true,
    });
    expect(
      parseTrackInfo({
        ...TRACK,
        delivery: 'segments',
        segmentUrls: ['https://a.test/1.vtt'],
        completion: 35,
      }),
    ).toMatchObject({
      delivery: 'segments',
      segmentUrls: ['https://a.test/1.vtt'],
      completion: 35,
    });
    // What the player selected and the video's original language, for choosing among tracks.
    expect(parseTrackInfo({ ...TRACK, selected: true, originalLang: 'zh' })).toMatchObject({
      selected: true,
      originalLang: 'zh',
    });
    expect(parseTrackInfo({ ...TRACK, selected: 'yes' })).not.toHaveProperty('selected');
  });

  it.each([
    ['a missing video id', { ...TRACK, videoId: undefined }],
    ['an unknown format', { ...TRACK, format: 'html' }],
    ['an unknown kind', { ...TRACK, kind: 'ads' }],
    ['an unknown delivery', { ...TRACK, delivery: 'torrent' }],
    ['a data: URL', { ...TRACK, url: 'data:text/vtt,WEBVTT' }],
    [
      'a bad segment URL',
      { ...TRACK, segmentUrls: ['https://a.test/1.vtt', 'file:///etc/passwd'] },
    ],
    ['a completion out of range', { ...TRACK, completion: 101 }],
    ['a completion that is not a number', { ...TRACK, completion: '100' }],
    ['a numeric track id', { ...TRACK, trackId: 5 }],
    ['a label that is not text', { ...TRACK, label: ['Korean'] }],
    ['an overlong label', { ...TRACK, label: 'x'.repeat(600) }],
    ['an original language that is not text', { ...TRACK, originalLang: 7 }],
  ])('refuses %s', (_name, value) => {
    expect(parseTrackInfo(value)).toBeNull();
  });
});

describe('the content script → page channel', () => {
  it('has one request, hello, and nothing else passes', () => {
    expect(parseExtensionMessage(extensionEnvelope({ kind: 'hello' }))).toEqual({ kind: 'hello' });
    expect(
      parseExtensionMessage({ channel: CHANNEL, from: 'extension', message: { kind: 'load' } }),
    ).toBeNull();
    expect(parseExtensionMessage(pageEnvelope({ kind: 'ready', site: 'viki' }))).toBeNull();
    expect(parseExtensionMessage(undefined)).toBeNull();
  });
});
