import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/chromium-launch';
import { expect } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { TabStatus } from '../../utils/messaging/protocol';
import { parseVtt } from '../../utils/subtitles/vtt';
import { startFixtureServer, type FixtureServer } from './server';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Built by `npm run test:e2e` (`wxt build --mode e2e`): pre-grants the *.nunchi.test hosts. */
export const EXTENSION = path.join(ROOT, '.output/chrome-mv3-e2e');
/** Ignored by git: profiles of running tests, the TLS certificate, screenshots. */
export const WORK = path.join(ROOT, '.e2e-profiles');
export const SHOTS = path.join(WORK, 'shots');

/** The extension API, inside functions that run in the extension's service worker. */
declare const chrome: typeof Browser;

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * One test file's world: the fixture server and a fresh browser profile, removed afterwards.
 * `launch` may be called again on the same profile to check what survives a restart.
 */
export async function createWorld(name: string) {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
    throw new Error(`No e2e build in ${EXTENSION}: run "npm run test:e2e" (it builds first).`);
  }
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8')) as {
    host_permissions?: string[];
  };
  if (!manifest.host_permissions?.includes('*://*.nunchi.test/*')) {
    throw new Error(`${EXTENSION} is not an e2e build (wxt build --mode e2e).`);
  }
  mkdirSync(SHOTS, { recursive: true });
  const profile = path.join(WORK, `${name}-${process.pid}-${Date.now()}`);
  const server: FixtureServer = await startFixtureServer(WORK);
  const sessions = new Set<Session>();

  const launch = async (): Promise<Session> => {
    const context = await launchWithExtension({
      profile,
      extensionDir: EXTENSION,
      // The real host names reach the fixture server, so the manifest's match patterns apply.
      hostRules: `MAP www.youtube.com:443 127.0.0.1:${server.port}, MAP *.nunchi.test:443 127.0.0.1:${server.port}`,
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const session: Session = {
      context,
      worker,
      extensionId: new URL(worker.url()).host,
      close: async () => {
        sessions.delete(session);
        await context.close();
      },
    };
    sessions.add(session);
    return session;
  };

  return {
    launch,
    async dispose() {
      for (const session of [...sessions]) await session.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The tab id Chromium gave a page: the page is brought to the front and the extension's service
 * worker asks for the active tab (a tab's URL is only visible to the extension on hosts it has
 * permission for, so matching by URL would not work on every fixture site).
 */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`No tab for ${page.url()}`);
  return id;
}

/** What the tab's content script reports to the popup (contentProtocol `status.refresh`). */
export async function contentStatus(session: Session, page: Page): Promise<TabStatus> {
  const tabId = await tabIdOf(session, page);
  const reply: unknown = await session.worker.evaluate(
    (id): Promise<unknown> =>
      chrome.tabs.sendMessage(id, { nunchi: 1, type: 'status.refresh', payload: {} }),
    tabId,
  );
  const { ok, value } = reply as { ok: boolean; value: TabStatus };
  expect(ok).toBe(true);
  return value;
}

/** The toolbar popup, opened in a tab for `tabId` (the popup reads `?tabId=`). */
export async function openPopup(session: Session, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Pauses the page's video at `seconds` and waits until the player has caught up. */
export async function seek(page: Page, seconds: number, selector = 'video'): Promise<void> {
  await page.waitForFunction(
    (sel) => (document.querySelector<HTMLVideoElement>(sel)?.readyState ?? 0) >= 1,
    selector,
  );
  await page.evaluate(
    ([sel, t]) =>
      new Promise<void>((resolve) => {
        const video = document.querySelector<HTMLVideoElement>(sel)!;
        video.pause();
        if (Math.abs(video.currentTime - t) < 0.01) return resolve();
        video.addEventListener('seeked', () => resolve(), { once: true });
        video.currentTime = t;
      }),
    [selector, seconds] as const,
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

const DEMO_TRACK = parseVtt(readFileSync(path.join(ROOT, 'public/demo/demo.ko.vtt'), 'utf8'));

/** The demo track's cue containing `text`, with `at`: a moment inside it, in seconds. */
export function demoCue(text: string) {
  const cue = DEMO_TRACK.find((c) => c.text.includes(text));
  if (!cue) throw new Error(`The demo track has no line with ${text}`);
  return { ...cue, at: (cue.startMs + 300) / 1000 };
}

/**
 * How long to wait for marks once a line shows: a line waits only 400 ms for them (LATE_MS)
 * before it is drawn plain and marked when they come, and the first request of a language
 * also loads its pack in the background, which on a loaded machine takes longer than that.
 */
export const MARKS = { timeout: 15_000 } as const;

/** Note ids of the marks on the overlay's lines, in order. */
export async function markIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="nunchi-cue"] [data-note-id]')
    .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-note-id') ?? ''));
}

/** Waits until the popup lists a saved term, and returns the row. */
export async function expectVocabRow(popup: Page, term: string) {
  const row = popup.locator(`[data-testid="vocab-row"][data-term="${term}"]`);
  await row.waitFor({ timeout: 15_000 });
  expect(await row.count()).toBe(1);
  return row;
}
