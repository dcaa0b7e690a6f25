import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { launchWithExtension } from './chromium-launch';
import type { Language } from '../../utils/notes/schema';
import { latencySummary, percentile } from './bench-stats';

/**
 * The hover lookup round trip in real Chromium with the production build: content script ->
 * background -> IndexedDB -> card data, with every dictionary installed.
 *
 * Requests are sent from the isolated world of a content script the manifest declares (reached
 * through the DevTools protocol, so the build needs no test hook), on a page whose URL matches
 * that script (taken from the manifest) and which Playwright's router serves from memory; the
 * browser resolves no host names, so nothing leaves the machine. They go through
 * `chrome.runtime.sendMessage` in the envelope `utils/messaging/client.ts` sends; the client's
 * reply validation is not repeated. Times are taken with `performance.now()` in that world.
 */

export interface LookupBenchOptions {
  /** The unpacked production build (`.output/chrome-mv3`). */
  extensionDir: string;
  chromePath: string;
  /** An ignored folder; the fresh profile made inside it is deleted afterwards. */
  workDir: string;
  /** Per language: hover texts to warm the path up with, then the measured ones; all distinct. */
  warmup: Record<Language, string[]>;
  queries: Record<Language, string[]>;
}

/** The extension API as a content script sees it (only what the page functions use). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

interface WireReply {
  ok: boolean;
  error?: string;
  value?: { state?: string; entries?: number; error?: string; results?: unknown[] };
}

interface Timed {
  lang: Language;
  text: string;
  lookupMs: number;
  baselineMs: number;
  reply: WireReply;
}

// The functions below run inside the page (serialized with toString), so they reach nothing
// outside their own body; each sends the same envelope as the content script's client.

/** Asks for a dictionary install and polls its status until it settles. */
async function installInPage(arg: { lang: Language; timeoutMs: number }) {
  const ask = (type: string) =>
    chrome.runtime.sendMessage({
      nunchi: 1,
      type,
      payload: { lang: arg.lang },
    }) as Promise<WireReply>;
  const start = performance.now();
  let reply = await ask('dict.install');
  while (reply.ok && reply.value?.state === 'installing') {
    if (performance.now() - start > arg.timeoutMs) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
    reply = await ask('dict.status');
  }
  return { ms: performance.now() - start, reply };
}

/**
 * One lookup and one baseline round trip (`dict.status`, answered from memory) per hover text,
 * interleaved; which of the two goes first alternates so neither always runs on a warmer path.
 */
async function lookUpInPage(plan: { lang: Language; text: string }[]): Promise<Timed[]> {
  const timed = async (type: string, payload: unknown) => {
    const start = performance.now();
    const reply = (await chrome.runtime.sendMessage({ nunchi: 1, type, payload })) as WireReply;
    return { ms: performance.now() - start, reply };
  };
  const out: Timed[] = [];
  for (const [i, { lang, text }] of plan.entries()) {
    const baselineFirst = i % 2 === 1;
    const before = baselineFirst ? await timed('dict.status', { lang }) : null;
    const lookup = await timed('dict.lookup', { lang, text });
    const baseline = before ?? (await timed('dict.status', { lang }));
    out.push({ lang, text, lookupMs: lookup.ms, baselineMs: baseline.ms, reply: lookup.reply });
  }
  return out;
}

/** The page URL for a manifest match pattern: `*://*.example.org/watch/*` -> https://example.org/watch/. */
export function urlForPattern(pattern: string): string {
  const m = /^(\*|https?):\/\/(\*\.)?([^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Cannot make a page URL for the match pattern ${pattern}`);
  return `https://${m[3]}${m[4]!.replaceAll('*', '')}`;
}

/** A URL where the build's first isolated-world static content script runs. */
function contentScriptPage(extensionDir: string): { url: string; script: string } {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[]; js?: string[]; world?: string }[];
  };
  const entry = manifest.content_scripts?.find((c) => c.world !== 'MAIN' && c.matches?.length);
  if (!entry) throw new Error(`${extensionDir}/manifest.json declares no content script`);
  return { url: urlForPattern(entry.matches![0]!), script: entry.js?.join(',') ?? '' };
}

/** Runs a page function in one execution context and returns its result. */
async function runIn<A, R>(
  cdp: CDPSession,
  contextId: number,
  fn: (arg: A) => Promise<R>,
  arg: A,
): Promise<R> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    // tsx compiles with esbuild's keepNames, which wraps named inner functions in a `__name`
    // helper defined outside `fn`; in the page it only has to hand the function back.
    expression: `((__name) => (${fn.toString()}))((f) => f)(${JSON.stringify(arg)})`,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) {
    const reason = exceptionDetails.exception?.description ?? exceptionDetails.text;
    throw new Error(`In the content script: ${reason}`);
  }
  return result.value as R;
}

/** Waits for the extension's isolated world in the page, which exists once its script ran. */
async function contentScriptWorld(
  context: BrowserContext,
  url: string,
  extensionId: string,
): Promise<{ cdp: CDPSession; contextId: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const found = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Nunchi's content script did not start on ${url} within 15 s`)),
      15_000,
    );
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      const aux = c.auxData as { type?: string } | undefined;
      if (aux?.type === 'isolated' && c.origin === origin) {
        clearTimeout(timer);
        resolve(c.id);
      }
    });
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  return { cdp, contextId: await found };
}

const INSTALL_TIMEOUT_MS = 150_000;

/** The Chromium to run (CHROME_PATH or Debian's), or an error that says what to do. */
export function findChromium(): string {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) {
    throw new Error(
      `Chromium not found at ${chromePath}: install it (scripts/setup-system.sh) or set ` +
        'CHROME_PATH, or pass --no-browser to skip the lookup figures.',
    );
  }
  return chromePath;
}

export async function benchLookup(options: LookupBenchOptions) {
  const { extensionDir, chromePath, workDir } = options;
  mkdirSync(workDir, { recursive: true });
  const profile = path.join(workDir, `bench-${process.pid}-${Date.now()}`);
  const context = await launchWithExtension({
    profile,
    extensionDir,
    chromePath,
    // The page is served by Playwright's router; nothing may reach the network.
    hostRules: 'MAP * ~NOTFOUND',
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = contentScriptPage(extensionDir);
    await context.route(
      (u) => u.href === page.url,
      (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><title>Nunchi lookup bench</title><p>bench</p>',
        }),
    );
    const { cdp, contextId } = await contentScriptWorld(context, page.url, extensionId);
    const langs = Object.keys(options.queries) as Language[];

    // One language at a time, so each install time is its own.
    const installSeconds: Partial<Record<Language, number>> = {};
    const entries: Partial<Record<Language, number>> = {};
    for (const lang of langs) {
      const { ms, reply } = await runIn(cdp, contextId, installInPage, {
        lang,
        timeoutMs: INSTALL_TIMEOUT_MS,
      });
      if (!reply.ok || reply.value?.state !== 'ready') {
        throw new Error(
          `The ${lang} dictionary did not install: ${reply.error ?? reply.value?.error ?? JSON.stringify(reply.value)}`,
        );
      }
      installSeconds[lang] = +(ms / 1000).toFixed(2);
      entries[lang] = reply.value.entries ?? 0;
    }

    // Languages take turns, so drift in the machine's state touches all three alike.
    const roundRobin = (lists: Record<Language, string[]>) => {
      const plan: { lang: Language; text: string }[] = [];
      const longest = Math.max(...langs.map((l) => lists[l].length));
      for (let i = 0; i < longest; i++) {
        for (const lang of langs) {
          const text = lists[lang][i];
          if (text !== undefined) plan.push({ lang, text });
        }
      }
      return plan;
    };
    // The first lookups load each language's engine in the background: not a hover's cost.
    check(await runIn(cdp, contextId, lookUpInPage, roundRobin(options.warmup)));
    const timed = check(await runIn(cdp, contextId, lookUpInPage, roundRobin(options.queries)));

    const lookupMs = timed.map((t) => t.lookupMs);
    const baselineMs = timed.map((t) => t.baselineMs);
    const all = latencySummary(lookupMs);
    const baseline = latencySummary(baselineMs);
    return {
      from: 'content-script',
      contentScript: page.script,
      ...all,
      baselineP50Ms: baseline.p50Ms,
      baselineP95Ms: baseline.p95Ms,
      ratio: +(percentile(lookupMs, 95) / percentile(baselineMs, 95)).toFixed(2),
      byLang: Object.fromEntries(
        langs.map((lang) => {
          const mine = timed.filter((t) => t.lang === lang);
          return [
            lang,
            {
              ...latencySummary(mine.map((t) => t.lookupMs)),
              found: mine.filter((t) => (t.reply.value?.results?.length ?? 0) > 0).length,
            },
          ];
        }),
      ),
      installSeconds,
      entries,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Every lookup must have been answered from a ready dictionary, or the times mean nothing. */
function check(timed: Timed[]): Timed[] {
  for (const t of timed) {
    if (!t.reply.ok || t.reply.value?.state !== 'ok') {
      const why = t.reply.error ?? JSON.stringify(t.reply.value);
      throw new Error(`dict.lookup ${t.lang} "${t.text}" was not answered: ${why}`);
    }
  }
  return timed;
}
