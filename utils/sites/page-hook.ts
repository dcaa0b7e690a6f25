import { classifySubtitleRequest } from '../tracks/classify';
import {
  findTimedTextDownloads,
  netflixManifestTracks,
  netflixPlayerTracks,
  withNetflixTextProfiles,
} from '../tracks/netflix';
import type { TrackInfo, TrackSite } from '../tracks/types';
import { MAX_BODY_CHARS, pageEnvelope, parseExtensionMessage, type PageMessage } from './channel';

/**
 * Nunchi's main-world hook: runs in the page's own JavaScript world at document_start (before
 * the player's code), watches what the player fetches and parses, and reports subtitle track
 * lists and files over the named window channel (channel.ts). It only observes: every wrapper
 * calls the original with the same arguments and returns its result untouched, and nothing it
 * does can throw into the page. The one change it makes is Netflix's: asking the manifest for
 * text subtitle profiles, without which Chinese, Japanese and Korean come only as pictures.
 * No extension APIs here; the content script does the loading and parsing.
 */
export function installPageHook(site: TrackSite, win: Window & typeof globalThis = window): void {
  const nativeStringify = JSON.stringify;
  const replay = createReplayBuffer();

  const post = (message: PageMessage) => {
    replay.keep(message);
    // '*' is safe: posting to our own window delivers nowhere else.
    win.postMessage(pageEnvelope(message), '*');
  };
  const postTracks = (tracks: TrackInfo[]) => {
    if (tracks.length > 0) post({ kind: 'tracks', tracks });
  };
  const postBody = (url: string, body: string, contentType: string) => {
    if (body.length <= MAX_BODY_CHARS) post({ kind: 'response', url, body, contentType });
  };
  /** Whether a response's URL (and type) is one the content script can read for this site. */
  const wanted = (url: string, contentType?: string) => {
    const request = classifySubtitleRequest(url, contentType);
    return request !== null && (request.site === null || request.site === site);
  };
  /** Responses already forwarded by the fetch wrapper, so `.json()` does not send them again. */
  const forwarded = new WeakSet<Response>();

  wrapFetch(win, (response, requestUrl) => {
    if (response.type === 'opaque' || !response.ok) return;
    const url = response.url || requestUrl;
    const contentType = response.headers.get('content-type') ?? '';
    if (!wanted(url, contentType)) return;
    forwarded.add(response);
    response
      .clone()
      .text()
      .then((body) => postBody(url, body, contentType), ignore);
  });

  wrapXhr(win, (xhr, requestUrl) => {
    if (xhr.status < 200 || xhr.status >= 300) return;
    const url = xhr.responseURL || requestUrl;
    const contentType = xhr.getResponseHeader('content-type') ?? '';
    if (!wanted(url, contentType)) return;
    readXhrBody(xhr, nativeStringify).then((body) => {
      if (body !== null) postBody(url, body, contentType);
    }, ignore);
  });

  const inspectNetflix = (value: unknown) => {
    if (site === 'netflix' && looksLikeNetflixManifest(value)) {
      postTracks(netflixManifestTracks(value));
    }
  };

  // A response read with `.json()` never passes through JSON.parse.
  wrapMethod(
    win.Response?.prototype,
    'json',
    (original) =>
      function json(this: Response) {
        const result = original.call(this) as Promise<unknown>;
        safely(() => {
          if (forwarded.has(this)) return;
          const url = this.url;
          result.then((value) => {
            safely(() => {
              inspectNetflix(value);
              if (url && wanted(url))
                postBody(url, nativeStringify(value) ?? '', 'application/json');
            });
          }, ignore);
        });
        return result;
      },
  );

  if (site === 'netflix') {
    wrapMethod(
      JSON,
      'parse',
      (original) =>
        function parse(
          this: JSON,
          text: string,
          reviver?: (key: string, value: unknown) => unknown,
        ) {
          const value = original.call(this, text, reviver);
          safely(() => inspectNetflix(value));
          return value;
        },
    );
    wrapMethod(
      JSON,
      'stringify',
      (original) =>
        function stringify(this: JSON, value: unknown, ...rest: unknown[]) {
          let sent = value;
          safely(() => {
            sent = withNetflixTextProfiles(value) ?? value;
          });
          return original.call(this, sent, ...rest);
        },
    );
    watchNetflixPlayer(win, postTracks, nativeStringify);
  }

  win.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== win || parseExtensionMessage(event.data) === null) return;
    // The content script starts after the player: tell it what was seen so far.
    win.postMessage(pageEnvelope({ kind: 'ready', site }), '*');
    for (const message of replay.all()) win.postMessage(pageEnvelope(message), '*');
  });
  post({ kind: 'ready', site });
}

function ignore(): void {}

function safely(run: () => void): void {
  try {
    run();
  } catch {
    // The page must never see an error from Nunchi.
  }
}

/** Keeps what was reported for a content script that starts late, within bounds. */
function createReplayBuffer() {
  const MAX_MESSAGES = 40;
  const MAX_CHARS = 20_000_000;
  let messages: PageMessage[] = [];
  const size = (m: PageMessage) => (m.kind === 'response' ? m.body.length : 1000);
  return {
    keep(message: PageMessage) {
      if (message.kind === 'ready') return;
      messages.push(message);
      let total = messages.reduce((sum, m) => sum + size(m), 0);
      while (messages.length > MAX_MESSAGES || (total > MAX_CHARS && messages.length > 1)) {
        total -= size(messages[0]!);
        messages = messages.slice(1);
      }
    },
    all: () => [...messages],
  };
}

/**
 * Replaces `target[name]` with the wrapper `make(original)` returns, keeping the original's
 * name and length so the page sees the same function shape.
 */
function wrapMethod<T extends object>(
  target: T | undefined,
  name: keyof T & string,
  make: (original: (...args: unknown[]) => unknown) => (...args: never[]) => unknown,
): void {
  if (!target) return;
  const original = target[name];
  if (typeof original !== 'function') return;
  const wrapper = make(original as (...args: unknown[]) => unknown);
  safely(() => {
    Object.defineProperty(wrapper, 'name', { value: original.name });
    Object.defineProperty(wrapper, 'length', { value: original.length });
  });
  target[name] = wrapper as T[keyof T & string];
}

function requestUrlOf(input: unknown, base: string): string {
  try {
    if (typeof input === 'string') return new URL(input, base).href;
    if (input instanceof URL) return input.href;
    if (input instanceof Request) return input.url;
  } catch {
    // Not a URL the page could fetch either.
  }
  return '';
}

function wrapFetch(
  win: Window & typeof globalThis,
  onResponse: (response: Response, requestUrl: string) => void,
): void {
  wrapMethod(
    win,
    'fetch',
    (original) =>
      function fetch(this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args) as Promise<Response>;
        safely(() => {
          const requestUrl = requestUrlOf(args[0], win.location.href);
          result.then((response) => safely(() => onResponse(response, requestUrl)), ignore);
        });
        return result;
      },
  );
}

function wrapXhr(
  win: Window & typeof globalThis,
  onLoad: (xhr: XMLHttpRequest, requestUrl: string) => void,
): void {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const urls = new WeakMap<XMLHttpRequest, string>();
  function loaded(this: XMLHttpRequest) {
    safely(() => onLoad(this, urls.get(this) ?? ''));
  }
  wrapMethod(
    proto,
    'open',
    (original) =>
      function open(this: XMLHttpRequest, ...args: unknown[]) {
        safely(() => urls.set(this, requestUrlOf(String(args[1]), win.location.href)));
        return original.apply(this, args);
      },
  );
  wrapMethod(
    proto,
    'send',
    (original) =>
      function send(this: XMLHttpRequest, ...args: unknown[]) {
        safely(() => this.addEventListener('load', loaded));
        return original.apply(this, args);
      },
  );
}

async function readXhrBody(
  xhr: XMLHttpRequest,
  stringify: typeof JSON.stringify,
): Promise<string | null> {
  switch (xhr.responseType) {
    case '':
    case 'text':
      return xhr.responseText;
    case 'json':
      return stringify(xhr.response) ?? null;
    case 'arraybuffer': {
      const buffer = xhr.response as ArrayBuffer | null;
      return buffer && buffer.byteLength <= MAX_BODY_CHARS
        ? new TextDecoder().decode(buffer)
        : null;
    }
    case 'blob': {
      const blob = xhr.response as Blob | null;
      return blob && blob.size <= MAX_BODY_CHARS ? blob.text() : null;
    }
    default:
      return null;
  }
}

/** A cheap first look, since JSON.parse sees every JSON string the page parses. */
function looksLikeNetflixManifest(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const result = (value as { result?: unknown }).result;
  const root = (typeof result === 'object' && result !== null ? result : value) as Record<
    string,
    unknown
  >;
  return (
    root.movieId !== undefined &&
    (root.textTracks !== undefined || root.timedtexttracks !== undefined)
  );
}

/** A property of an unknown page object, or undefined (getters that throw included). */
function prop(target: unknown, name: string): unknown {
  try {
    return typeof target === 'object' || typeof target === 'function'
      ? (target as Record<string, unknown> | null)?.[name]
      : undefined;
  } catch {
    return undefined;
  }
}

/** Calls a method of an unknown page object, or gives undefined. */
function invoke(target: unknown, name: string, ...args: unknown[]): unknown {
  const method = prop(target, name);
  if (typeof method !== 'function') return undefined;
  try {
    return (method as (...a: unknown[]) => unknown).apply(target, args);
  } catch {
    return undefined;
  }
}

const PLAYER_POLL_MS = 2000;
/** Walking the player state is the costly part; at most this often per video. */
const STATE_WALK_MS = 6000;

/**
 * Newer Netflix players keep the manifest out of the page's JSON: the track list comes from the
 * player API (`netflix.appContext.state.playerApp.getAPI().videoPlayer`, the last session, with
 * its audio tracks for the original language) and the file URLs sit in the player state as
 * `{type: 'timedtext', trackId, urls}` objects.
 */
function watchNetflixPlayer(
  win: Window & typeof globalThis,
  postTracks: (tracks: TrackInfo[]) => void,
  stringify: typeof JSON.stringify,
): void {
  let lastSent = '';
  let lastWalk = -Infinity;
  let downloads: ReturnType<typeof findTimedTextDownloads> = [];
  const poll = () =>
    safely(() => {
      if (!win.location.pathname.startsWith('/watch')) return;
      const playerApp = prop(prop(prop(prop(win, 'netflix'), 'appContext'), 'state'), 'playerApp');
      const videoPlayer = prop(invoke(playerApp, 'getAPI'), 'videoPlayer');
      const ids = invoke(videoPlayer, 'getAllPlayerSessionIds');
      if (!Array.isArray(ids) || ids.length === 0) return;
      const player = invoke(videoPlayer, 'getVideoPlayerBySessionId', ids[ids.length - 1]);
      const movieId = invoke(player, 'getMovieId');
      const list = invoke(player, 'getTimedTextTrackList');
      const audio = invoke(player, 'getAudioTrackList');
      if (typeof movieId !== 'string' && typeof movieId !== 'number') return;
      let tracks = netflixPlayerTracks(list, movieId, downloads, audio);
      const missing = tracks.some((t) => !t.url && !t.imageBased);
      const now = performance.now();
      if (missing && now - lastWalk > STATE_WALK_MS) {
        lastWalk = now;
        downloads = findTimedTextDownloads(invoke(playerApp, 'getState'));
        tracks = netflixPlayerTracks(list, movieId, downloads, audio);
      }
      const signature = stringify(tracks);
      if (signature === lastSent) return;
      lastSent = signature;
      postTracks(tracks);
    });
  win.setInterval(poll, PLAYER_POLL_MS);
}
