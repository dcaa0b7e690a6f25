import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITES = path.join(ROOT, 'tests/fixtures/sites');
const MEDIA = path.join(ROOT, 'public/demo');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.webm': 'video/webm',
  '.json3': 'application/json; charset=utf-8',
};

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/sites over HTTPS, choosing the site folder by host name: www.youtube.com
 * is `youtube/`, `<name>.nunchi.test` is `<name>/`. HTTPS because www.youtube.com is on
 * Chromium's HSTS preload list, so the browser never asks for it over plain HTTP; the
 * certificate is a throwaway one made with openssl for this run (Chromium is told to accept it).
 */
export async function startFixtureServer(workDir: string): Promise<FixtureServer> {
  const { key, cert } = throwawayCertificate(workDir);
  const server = createHttpsServer({ key, cert }, handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function throwawayCertificate(workDir: string): { key: Buffer; cert: Buffer } {
  const dir = path.join(workDir, 'tls');
  mkdirSync(dir, { recursive: true });
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  if (!existsSync(certFile)) {
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'],
        ...['-keyout', keyFile, '-out', certFile, '-subj', '/CN=nunchi-e2e'],
        ...['-addext', 'subjectAltName=DNS:www.youtube.com,DNS:*.nunchi.test'],
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}

function siteFolder(host: string | undefined): string | null {
  const name = (host ?? '').split(':')[0]!.toLowerCase();
  if (name === 'www.youtube.com') return 'youtube';
  const match = /^([a-z0-9-]+)\.nunchi\.test$/.exec(name);
  return match ? match[1]! : null;
}

function resolveFile(req: IncomingMessage): string | null {
  const { pathname } = new URL(req.url ?? '/', 'https://fixture');
  if (pathname.startsWith('/media/')) return safeJoin(MEDIA, pathname.slice('/media/'.length));
  const folder = siteFolder(req.headers.host);
  if (!folder) return null;
  const base = path.join(SITES, folder);
  if (pathname === '/') return safeJoin(base, 'index.html');
  if (pathname === '/watch') return safeJoin(base, 'watch.html');
  // YouTube's caption API answers per video: `api/timedtext.<v>.json3`.
  if (folder === 'youtube' && pathname === '/api/timedtext') {
    const v = new URL(req.url ?? '/', 'https://fixture').searchParams.get('v') ?? '';
    return /^[\w-]{11}$/.test(v) ? safeJoin(base, `api/timedtext.${v}.json3`) : null;
  }
  return safeJoin(base, pathname.slice(1));
}

function safeJoin(base: string, relative: string): string | null {
  const file = path.resolve(base, decodeURIComponent(relative));
  return file.startsWith(base + path.sep) ? file : null;
}

/** Static files with single byte ranges: Chromium's media stack asks for ranges to seek. */
function handle(req: IncomingMessage, res: ServerResponse): void {
  const file = resolveFile(req);
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const size = statSync(file).size;
  const headers = {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'accept-ranges': 'bytes',
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) {
      res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, {
      ...headers,
      'content-range': `bytes ${start}-${end}/${size}`,
      'content-length': end - start + 1,
    });
    createReadStream(file, { start, end }).pipe(res);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}
