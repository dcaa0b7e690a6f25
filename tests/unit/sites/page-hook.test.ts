import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  extensionEnvelope,
  parsePageMessage,
  type PageMessage,
} from '../../../utils/sites/channel';
import { installPageHook } from '../../../utils/sites/page-hook';
import { fixture } from '../tracks/fixtures';

/** A stand-in XMLHttpRequest: `respond` finishes the request the way a browser does. */
class FakeXhr {
  static last: FakeXhr | null = null;
  responseType = '';
  status = 0;
  responseURL = '';
  responseText = '';
  response: unknown = null;
  private listeners: (() => void)[] = [];
  open(_method: string, url: string) {
    this.responseURL = '';
    void url;
  }
  send() {
    FakeXhr.last = this;
  }
  addEventListener(type: string, listener: () => void) {
    if (type === 'load') this.listeners.push(listener);
  }
  getResponseHeader() {
    return 'application/json';
  }
  respond(status: number, body: unknown) {
    this.status = status;
    if (this.responseType === 'json') this.response = body;
    else this.responseText = String(body);
    for (const l of this.listeners) l.call(this);
  }
}

interface FakeWindow {
  location: { href: string; pathname: string };
  fetch: (input: unknown, init?: unknown) => Promise<Response>;
  XMLHttpRequest: typeof FakeXhr;
  Response: typeof Response;
  netflix?: unknown;
  postMessage(data: unknown): void;
  addEventListener(
    type: string,
    listener: (event: { source: unknown; data: unknown }) => void,
  ): void;
  setInterval(callback: () => void): number;
}

// The hook wraps these globals; each test puts them back.
const originals = {
  json: Object.getOwnPropertyDescriptor(Response.prototype, 'json')!,
  parse: Object.getOwnPropertyDescriptor(JSON, 'parse')!,
  stringify: Object.getOwnPropertyDescriptor(JSON, 'stringify')!,
};

afterEach(() => {
  Object.defineProperty(Response.prototype, 'json', originals.json);
  Object.defineProperty(JSON, 'parse', originals.parse);
  Object.defineProperty(JSON, 'stringify', originals.stringify);
});

function fakeWindow(href: string, answers: Record<string, [number, string, string?]> = {}) {
  const posted: PageMessage[] = [];
  const listeners: ((event: { source: unknown; data: unknown }) => void)[] = [];
  const timers: (() => void)[] = [];
  const url = new URL(href);
  const win: FakeWindow = {
    location: { href, pathname: url.pathname },
    fetch: (input) => {
      const key = String(input);
      const [status, body, type] = answers[key] ?? [404, 'not found'];
      return Promise.resolve(
        new Response(body, { status, headers: { 'content-type': type ?? 'text/plain' } }),
      );
    },
    // A class of its own per window, so the hook's wrappers stay on it.
    XMLHttpRequest: class extends FakeXhr {},
    Response,
    postMessage(data) {
      const message = parsePageMessage(data);
      if (message) posted.push(message);
      for (const l of listeners) l({ source: win, data });
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    setInterval: (callback) => timers.push(callback),
  };
  const hello = () => {
    for (const l of listeners) l({ source: win, data: extensionEnvelope({ kind: 'hello' }) });
  };
  return { win, posted, hello, timers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const install = (site: Parameters<typeof installPageHook>[0], win: FakeWindow) =>
  installPageHook(site, win as unknown as Window & typeof globalThis);

describe('installPageHook', () => {
  beforeEach(() => {
    FakeXhr.last = null;
  });

  it('forwards what the page fetched from a track list, and hands the page the same untouched response', async () => {
    const api = 'https://www.viki.com/api/videos/1100001v';
    const { win, posted } = fakeWindow('https://www.viki.com/videos/1100001v', {
      [api]: [200, '{"id":"1100001v","subtitles":[]}', 'application/json'],
      'https://www.viki.com/assets/app.js': [200, 'code', 'text/javascript'],
    });
    install('viki', win);
    const response = await win.fetch(api);
    expect(await response.text()).toBe('{"id":"1100001v","subtitles":[]}');
    await win.fetch('https://www.viki.com/assets/app.js');
    await settle();
    expect(posted).toEqual([
      { kind: 'ready', site: 'viki' },
      {
        kind: 'response',
        url: api,
        body: '{"id":"1100001v","subtitles":[]}',
        contentType: 'application/json',
      },
    ]);
  });

  it('leaves failed requests and other sites’ requests alone', async () => {
    const { win, posted } = fakeWindow('https://www.viki.com/videos/1v', {
      'https://www.viki.com/api/videos/2v': [500, 'oops'],
      'https://www.netflix.com/x/ko.vtt': [200, 'WEBVTT\n', 'text/vtt'],
    });
    install('viki', win);
    await win.fetch('https://www.viki.com/api/videos/2v');
    await win.fetch('https://www.netflix.com/x/ko.vtt');
    await settle();
    expect(posted.map((m) => m.kind)).toEqual(['ready']);
  });

  it('forwards XHR answers, including responseType json', async () => {
    const { win, posted } = fakeWindow('https://www.primevideo.com/detail/0X/');
    install('primevideo', win);
    const xhr = new win.XMLHttpRequest();
    xhr.responseType = 'json';
    const url = 'https://atv-ps.primevideo.com/cdp/catalog/GetVodPlaybackResources?asin=B0X';
    xhr.open('GET', url);
    xhr.send();
    xhr.respond(200, { timedTextUrls: { result: { subtitleUrls: [] } } });
    await settle();
    expect(posted.at(-1)).toEqual({
      kind: 'response',
      url,
      body: '{"timedTextUrls":{"result":{"subtitleUrls":[]}}}',
      contentType: 'application/json',
    });
  });

  it('reads Response.json() answers the fetch wrapper did not see', async () => {
    const { win, posted } = fakeWindow('https://www.crunchyroll.com/watch/G1');
    install('crunchyroll', win);
    const response = new Response('{"subtitles":{}}');
    Object.defineProperty(response, 'url', {
      value: 'https://www.crunchyroll.com/playback/v3/G1/web/chrome/play',
    });
    expect(await response.json()).toEqual({ subtitles: {} });
    await settle();
    expect(posted.at(-1)).toMatchObject({ kind: 'response', body: '{"subtitles":{}}' });
  });

  it('on Netflix: reads manifests the page parses, and asks manifest requests for text profiles', () => {
    const { win, posted } = fakeWindow('https://www.netflix.com/watch/81000001');
    install('netflix', win);
    const manifest = JSON.parse(fixture('netflix/manifest-texttracks.json')) as unknown;
    expect(manifest).toHaveProperty('result.movieId', '81000002');
    const tracks = posted.find((m) => m.kind === 'tracks');
    expect(tracks?.kind === 'tracks' && tracks.tracks.map((t) => t.lang)).toEqual(['zh', 'ko']);

    const request = { url: 'licensedManifest', params: { viewableId: 1, profiles: ['h264'] } };
    expect(JSON.parse(JSON.stringify(request))).toEqual({
      url: 'licensedManifest',
      params: { viewableId: 1, profiles: ['h264', 'webvtt-lssdh-ios8', 'imsc1.1', 'dfxp-ls-sdh'] },
    });
    expect(request.params.profiles).toEqual(['h264']);
    expect(JSON.stringify({ a: 1 }, null, 1)).toBe('{\n "a": 1\n}');
    expect(JSON.parse('[1]', (_k, v: unknown) => (typeof v === 'number' ? v + 1 : v))).toEqual([2]);
  });

  it('never lets its own trouble reach the page', () => {
    const { win } = fakeWindow('https://www.netflix.com/watch/1');
    install('netflix', win);
    const hostile = {
      get params(): unknown {
        throw new Error('getter');
      },
    };
    expect(() => JSON.stringify(hostile)).toThrow('getter');
    // The page's own error, thrown by JSON.stringify reading the getter, not by the hook.
    expect(JSON.parse('{"result": {"movieId": 1, "textTracks": "broken"}}')).toEqual({
      result: { movieId: 1, textTracks: 'broken' },
    });
  });

  it('reads the track list from the Netflix player API when no manifest passes through', () => {
    const { win, posted, timers } = fakeWindow('https://www.netflix.com/watch/81000003');
    const list = JSON.parse(fixture('netflix/player-track-list.json')) as unknown;
    const state = {
      deep: {
        cache: [
          {
            type: 'timedtext',
            trackId: 'T:9:0;1;ko;0;0;0;',
            urls: [{ url: 'https://cdn.test/ko.vtt' }],
          },
        ],
      },
    };
    const player = { getMovieId: () => 81000003, getTimedTextTrackList: () => list };
    win.netflix = {
      appContext: {
        state: {
          playerApp: {
            getAPI: () => ({
              videoPlayer: {
                getAllPlayerSessionIds: () => ['s1'],
                getVideoPlayerBySessionId: () => player,
              },
            }),
            getState: () => state,
          },
        },
      },
    };
    install('netflix', win);
    expect(timers).toHaveLength(1);
    timers[0]!();
    const tracks = posted.find((m) => m.kind === 'tracks');
    expect(tracks?.kind === 'tracks' && tracks.tracks.find((t) => t.lang === 'ko')).toMatchObject({
      videoId: '81000003',
      url: 'https://cdn.test/ko.vtt',
    });
    const count = posted.length;
    timers[0]!();
    expect(posted).toHaveLength(count);
  });

  it('replays what it saw when the content script says hello', async () => {
    const api = 'https://www.viki.com/api/videos/1v';
    const { win, posted, hello } = fakeWindow('https://www.viki.com/videos/1v', {
      [api]: [200, '{"id":"1v"}', 'application/json'],
    });
    install('viki', win);
    await win.fetch(api);
    await settle();
    const before = posted.length;
    hello();
    expect(posted.slice(before).map((m) => m.kind)).toEqual(['ready', 'response']);
  });
});
