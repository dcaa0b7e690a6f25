import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/chromium-launch';
import { expect } from 'vitest';
import { EXTENSION, ROOT, WORK, contentStatus, type Session } from './harness';

/**
 * The streaming-site fixtures' world: an HTTPS server that answers for the sites' real host
 * names (Chromium maps them to it with --host-resolver-rules, so the manifest's per-site match
 * patterns apply) and a fresh browser profile with the built extension. Kept apart from
 * harness.ts, which serves the YouTube and plain-page fixtures.
 *
 * The server serves tests/fixtures/sites/<folder>/ by host, with what real players need: byte
 * ranges for video, CORS for cross-origin subtitle files, the content types players check,
 * single-page routes falling back to index.html, per-request variants of API answers
 * (`file.<query value>.json`), and Netflix's manifest endpoint answering with the text
 * subtitle profiles only when the request asks for them (as the real one does).
 */

const SITES = path.join(ROOT, 'tests/fixtures/sites');
const MEDIA = path.join(ROOT, 'public/demo');

/** Host name (exact, or `*.suffix`) → fixture folder. */
export const HOSTS: Record<string, string> = {
  'www.netflix.com': 'netflix',
  '*.nflxvideo.net': 'netflix',
  'www.viki.com': 'viki',
  '*.viki.io': 'viki',
  'www.disneyplus.com': 'disneyplus',
  '*.dssott.com': 'disneyplus',
  'www.primevideo.com': 'primevideo',
  'atv-ps.primevideo.com': 'primevideo',
  '*.pv-cdn.net': 'primevideo',
  'play.max.com': 'max',
  '*.hbomaxcdn.com': 'max',
  'www.iq.com': 'iqiyi',
  'cache-video.iq.com': 'iqiyi',
  'meta.video.iqiyi.com': 'iqiyi',
  'wetv.vip': 'wetv',
  'www.bilibili.com': 'bilibili',
  'player.bilibili.com': 'bilibili',
  'api.bilibili.com': 'bilibili',
  '*.hdslb.com': 'bilibili',
  'www.crunchyroll.com': 'crunchyroll',
  'static.crunchyroll.com': 'crunchyroll',
  'tv.apple.com': 'appletv',
  'www.hulu.com': 'hulu',
  'blog.nunchi.test': 'blog',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.ass': 'text/x-ssa; charset=utf-8',
  '.ttml2': 'application/ttml+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.mpd': 'application/dash+xml',
  '.webm': 'video/webm',
  '.svg': 'image/svg+xml',
};

export interface RequestLog {
  method: string;
  host: string;
  path: string;
  body: string;
}

export interface SitesServer {
  port: number;
  /** Every request the server saw, in order (what the players asked for). */
  requests: RequestLog[];
  close(): Promise<void>;
}

function folderOf(host: string | undefined): string | null {
  const name = (host ?? '').split(':')[0]!.toLowerCase();
  if (Object.hasOwn(HOSTS, name)) return HOSTS[name]!;
  for (const [pattern, folder] of Object.entries(HOSTS)) {
    if (pattern.startsWith('*.') && name.endsWith(pattern.slice(1))) return folder;
  }
  return null;
}

function safeJoin(base: string, relative: string): string | null {
  const file = path.resolve(base, decodeURIComponent(relative));
  return file.startsWith(base + path.sep) && existsSync(file) && statSync(file).isFile()
    ? file
    : null;
}

/** The file for a request: the path, `path.json`, `path.<query value>.json`, or the SPA page. */
function resolveFile(req: IncomingMessage): string | null {
  const url = new URL(req.url ?? '/', 'https://fixture');
  if (url.pathname.startsWith('/media/')) return safeJoin(MEDIA, url.pathname.slice(7));
  const shared = url.pathname.startsWith('/_shared/');
  const folder = shared ? '' : folderOf(req.headers.host);
  if (folder === null) return null;
  const base = path.join(SITES, folder);
  const relative = url.pathname.slice(1) || 'index.html';
  const variants = [...url.searchParams.values()]
    .filter((v) => /^[\w.-]{1,80}$/.test(v))
    .map((v) => `${relative}.${v}.json`);
  for (const candidate of [...variants, relative, `${relative}.json`]) {
    const file = safeJoin(base, candidate);
    if (file) return file;
  }
  // Single-page sites route every path that is not a file (`/watch/…`, `/umc.cmc.…`) to their page.
  return Object.hasOwn(TYPES, path.extname(url.pathname)) ? null : safeJoin(base, 'index.html');
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};

/**
 * Netflix's manifest endpoint: the manifest of the requested `viewableId`, with text subtitle
 * downloadables only when the request's `profiles` ask for them (otherwise Chinese, Japanese
 * and Korean tracks are pictures only, as on the real service).
 */
function netflixManifest(body: string): string | null {
  let request: { params?: { viewableId?: unknown; profiles?: unknown } };
  try {
    request = JSON.parse(body) as typeof request;
  } catch {
    return null;
  }
  const viewable = request.params?.viewableId;
  const id = typeof viewable === 'number' || typeof viewable === 'string' ? String(viewable) : '';
  const file = /^\d+$/.test(id)
    ? safeJoin(path.join(SITES, 'netflix'), `manifests/${id}.json`)
    : null;
  if (!file) return null;
  const profiles = Array.isArray(request.params?.profiles) ? request.params.profiles : [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { result: Record<string, unknown> };
  const textProfiles = ['webvtt-lssdh-ios8', 'imsc1.1', 'dfxp-ls-sdh'];
  for (const key of ['timedtexttracks', 'textTracks']) {
    const tracks = manifest.result[key];
    if (!Array.isArray(tracks)) continue;
    for (const track of tracks as Record<string, Record<string, unknown> | undefined>[]) {
      const downloads = track.ttDownloadables ?? track.downloadables;
      if (!downloads) continue;
      for (const profile of textProfiles)
        if (!profiles.includes(profile)) delete downloads[profile];
    }
  }
  return JSON.stringify(manifest);
}

function handler(requests: RequestLog[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'https://fixture');
      requests.push({
        method: req.method ?? 'GET',
        host: req.headers.host ?? '',
        path: req.url ?? '/',
        body,
      });
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS).end();
        return;
      }
      if (
        folderOf(req.headers.host) === 'netflix' &&
        url.pathname.startsWith('/msl/playapi/cadmium/licensedmanifest')
      ) {
        const manifest = netflixManifest(body);
        if (manifest === null) res.writeHead(404, CORS).end('no manifest');
        else res.writeHead(200, { ...CORS, 'content-type': 'application/json' }).end(manifest);
        return;
      }
      serveFile(req, res);
    });
  };
}

function serveFile(req: IncomingMessage, res: ServerResponse): void {
  const file = resolveFile(req);
  if (!file) {
    res.writeHead(404, { ...CORS, 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const data = readFileSync(file);
  const headers = {
    ...CORS,
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'accept-ranges': 'bytes',
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range && (range[1] || range[2])) {
    const size = data.length;
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) {
      res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return;
    }
    res
      .writeHead(206, {
        ...headers,
        'content-range': `bytes ${start}-${end}/${size}`,
        'content-length': end - start + 1,
      })
      .end(data.subarray(start, end + 1));
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': data.length });
  res.end(req.method === 'HEAD' ? undefined : data);
}

function certificate(dir: string): { key: Buffer; cert: Buffer } {
  mkdirSync(dir, { recursive: true });
  const key = path.join(dir, 'sites-key.pem');
  const cert = path.join(dir, 'sites-cert.pem');
  if (!existsSync(cert)) {
    const names = Object.keys(HOSTS)
      .map((h) => `DNS:${h}`)
      .join(',');
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'],
        ...['-keyout', key, '-out', cert, '-subj', '/CN=nunchi-sites-e2e'],
        ...['-addext', `subjectAltName=${names}`],
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startSitesServer(): Promise<SitesServer> {
  const requests: RequestLog[] = [];
  const server = createServer(certificate(path.join(WORK, 'tls')), handler(requests));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The extension to load: the shared e2e build, or the one named by NUNCHI_E2E_EXTENSION. */
const extensionDir = () => process.env.NUNCHI_E2E_EXTENSION ?? EXTENSION;

export interface SitesWorld {
  server: SitesServer;
  session: Session;
  dispose(): Promise<void>;
}

/** The fixture server and a fresh browser profile with the extension, removed by `dispose`. */
export async function createSitesWorld(name: string): Promise<SitesWorld> {
  const ext = extensionDir();
  if (!existsSync(path.join(ext, 'manifest.json'))) {
    throw new Error(`No e2e build in ${ext}: run "npm run test:e2e" (it builds first).`);
  }
  const server = await startSitesServer();
  const profile = path.join(WORK, `${name}-${process.pid}-${Date.now()}`);
  const rules = Object.keys(HOSTS)
    .map((host) => `MAP ${host}:443 127.0.0.1:${server.port}`)
    .join(', ');
  const context: BrowserContext = await launchWithExtension({
    profile,
    extensionDir: ext,
    hostRules: rules,
  });
  const worker: Worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const session: Session = {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: () => context.close(),
  };
  return {
    server,
    session,
    async dispose() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Plays the fixture's video for `ms` (a viewer watching), then leaves it playing. */
export async function playFor(target: Page | Frame, ms: number): Promise<void> {
  await target.evaluate(async () => {
    const find = (window as { fixtureVideo?: () => HTMLVideoElement | null }).fixtureVideo;
    await (find ? find() : document.querySelector('video'))!.play();
  });
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** The texts of the overlay's lines now, in order. */
export async function overlayLines(page: Page | Frame): Promise<string[]> {
  return page.locator('[data-testid="nunchi-cue"]').allTextContents();
}

/**
 * Pauses the video of a page or frame at `seconds` and waits until the player has caught up.
 * The video is `window.fixtureVideo()` when the fixture defines it (videos behind shadow roots),
 * else the first <video>.
 */
export async function seekTo(target: Page | Frame, seconds: number): Promise<void> {
  await target.waitForFunction(() => {
    const find = (window as { fixtureVideo?: () => HTMLVideoElement | null }).fixtureVideo;
    return ((find ? find() : document.querySelector('video'))?.readyState ?? 0) >= 1;
  });
  await target.evaluate(
    (t) =>
      new Promise<void>((resolve) => {
        const find = (window as { fixtureVideo?: () => HTMLVideoElement | null }).fixtureVideo;
        const video = (find ? find() : document.querySelector('video'))!;
        video.pause();
        if (Math.abs(video.currentTime - t) < 0.01) return resolve();
        video.addEventListener('seeked', () => resolve(), { once: true });
        video.currentTime = t;
      }),
    seconds,
  );
}

/** Waits until the overlay shows exactly `expected` (one entry per cue). */
export async function expectLines(page: Page | Frame, expected: string[]): Promise<void> {
  await expect.poll(() => overlayLines(page), { timeout: 15_000 }).toEqual(expected);
}

/** Note ids marked on the overlay now. */
export async function marks(page: Page | Frame): Promise<string[]> {
  return page
    .locator('[data-testid="nunchi-cue"] [data-note-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-note-id') ?? ''));
}

/** Polls the content script's status until `check` passes on it; returns the last status. */
export async function waitForStatus(
  session: Session,
  page: Page,
  check: (status: Awaited<ReturnType<typeof contentStatus>>) => boolean,
  timeout = 20_000,
) {
  let last: Awaited<ReturnType<typeof contentStatus>> | null = null;
  await expect
    .poll(
      async () => {
        last = await contentStatus(session, page).catch(() => null);
        return last !== null && check(last);
      },
      { timeout },
    )
    .toBe(true);
  return last!;
}

/** A fixture cue: [start s, end s, text]. */
export type FixtureCue = readonly [number, number, string];

/**
 * Plays a cue list by seeking: for each cue, to its middle (the overlay must show exactly that
 * line, marked) and, where a gap follows, into the gap (nothing). That is "the right lines, in
 * order, with timing": a line early or late by more than the gap would fail.
 */
export async function expectCuesInOrder(
  page: Page,
  cues: readonly FixtureCue[],
  options: { frame?: Frame; clockOffset?: number } = {},
): Promise<string[]> {
  const seen: string[] = [];
  const offset = options.clockOffset ?? 0;
  const player = options.frame ?? page;
  for (const [i, [start, end, text]] of cues.entries()) {
    await seekTo(player, (start + end) / 2 - offset);
    await expectLines(player, [text]);
    expect((await marks(player)).length, `marks on “${text}”`).toBeGreaterThan(0);
    seen.push(text);
    const next = cues[i + 1];
    if (next && next[0] - end >= 0.4) {
      await seekTo(player, (end + next[0]) / 2 - offset);
      await expectLines(player, []);
    }
  }
  return seen;
}
