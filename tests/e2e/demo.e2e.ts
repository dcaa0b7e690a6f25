import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorld,
  expectVocabRow,
  markIds,
  openPopup,
  ROOT,
  screenshot,
  seek,
  tabIdOf,
  type Session,
  MARKS,
  demoCue,
} from './harness';

const video = (page: Page) => page.locator('#demo-video');
const paused = (page: Page) => video(page).evaluate((v: HTMLVideoElement) => v.paused);

describe('demo page', () => {
  let world: Awaited<ReturnType<typeof createWorld>>;
  let session: Session;
  let page: Page;
  const high = demoCue('눈이 높아서');

  beforeAll(async () => {
    world = await createWorld('demo');
    session = await world.launch();
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/demo.html`);
  });
  afterAll(async () => {
    await world?.dispose();
  });

  it('draws the Korean track in its overlay, with the pack’s expressions marked', async () => {
    await seek(page, high.at, '#demo-video');
    const cue = page.locator('[data-testid="nunchi-cue"]');
    await expect.poll(() => cue.textContent()).toBe(high.text);
    await expect.poll(() => markIds(page), MARKS).toContain('ko.nuni-nopda');
    const mark = page.locator('[data-note-id="ko.nuni-nopda"]');
    expect(await mark.getAttribute('data-headword')).toBe('눈이 높다');
    // The browser no longer draws the track itself while the overlay shows it.
    expect(await video(page).evaluate((v: HTMLVideoElement) => v.textTracks[0]?.mode)).toBe(
      'hidden',
    );
    // Every line of the demo is marked somewhere.
    for (const text of ['김칫국부터', '누워서 떡 먹기']) {
      await seek(page, demoCue(text).at, '#demo-video');
      await expect.poll(() => markIds(page).then((ids) => ids.length)).toBeGreaterThan(0);
    }
  });

  it('opens the note card on hover, pauses the video and resumes it afterwards', async () => {
    await seek(page, high.at, '#demo-video');
    await page.locator('[data-note-id="ko.nuni-nopda"]').waitFor();
    await video(page).evaluate((v: HTMLVideoElement) => v.play());
    await page.locator('[data-note-id="ko.nuni-nopda"]').hover();
    const card = page.locator('[data-testid="nunchi-note-card"]');
    await card.waitFor();
    expect(await card.locator('[data-testid="nunchi-card-headword"]').textContent()).toBe(
      '눈이 높다',
    );
    const text = await card.textContent();
    for (const label of [
      'Literally',
      'Meaning',
      'Culture',
      'Lost in translation',
      'Usage',
      'Example',
      'Sources',
    ]) {
      expect(text).toContain(label);
    }
    expect(await paused(page)).toBe(true);
    await screenshot(page, 'demo-note-card');
    if (process.env.UPDATE_SCREENSHOT === '1') {
      copyFileSync(
        await screenshot(page, 'readme'),
        path.join(ROOT, 'tests/e2e/readme-screenshot.png'),
      );
    }
    // The card stays inside the viewport.
    const box = (await card.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);

    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
    await expect.poll(() => paused(page)).toBe(false);
  });

  it('does not start a video the viewer had paused', async () => {
    await seek(page, high.at, '#demo-video');
    await page.locator('[data-note-id="ko.nuni-nopda"]').hover();
    await page.locator('[data-testid="nunchi-note-card"]').waitFor();
    await page.mouse.move(5, 5);
    await page.locator('[data-testid="nunchi-note-card"]').waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    expect(await paused(page)).toBe(true);
  });

  it('opens a word card from the Korean dictionary for any other word', async () => {
    await seek(page, high.at, '#demo-video');
    await page.locator('[data-word="혼자인"]').hover();
    const card = page.locator('[data-testid="nunchi-word-card"]');
    await card.waitFor();
    // The first lookup installs the dictionary; the card says so, then shows the entry.
    await expect
      .poll(() => card.textContent(), { timeout: 30_000 })
      .toMatch(/혼자[\s\S]*(alone|by oneself|single)/i);
    await screenshot(page, 'demo-word-card');
  });

  it('saves with the button and with the S key, and the popup lists both with their line', async () => {
    await seek(page, high.at, '#demo-video');
    await page.locator('[data-note-id="ko.nuni-nopda"]').hover();
    const noteCard = page.locator('[data-testid="nunchi-note-card"]');
    await noteCard.locator('[data-testid="nunchi-save"]').click();
    await expect
      .poll(() => noteCard.locator('[data-testid="nunchi-saved"]').textContent())
      .toBe('Saved');
    await screenshot(page, 'demo-saved');

    await page.locator('[data-word="혼자인"]').hover();
    const wordCard = page.locator('[data-testid="nunchi-word-card"]');
    await expect
      .poll(() => wordCard.textContent(), { timeout: 30_000 })
      .toMatch(/alone|by oneself|single/i);
    await page.keyboard.press('s');
    await expect
      .poll(() => wordCard.locator('[data-testid="nunchi-saved"]').textContent())
      .toMatch(/Saved|Added this context/);

    const popup = await openPopup(session, await tabIdOf(session, page));
    const row = await expectVocabRow(popup, '눈이 높다');
    expect(await row.textContent()).toContain(high.text);
    await expectVocabRow(popup, '혼자');
    await screenshot(popup, 'demo-popup');
    await popup.close();
  });

  it('saving an expression again from another line adds that line instead of a duplicate', async () => {
    /** Saves the 오빠 mark of the line containing `line`; returns the card's confirmation. */
    const saveOppa = async (line: string) => {
      await seek(page, demoCue(line).at, '#demo-video');
      await page.locator('[data-note-id="ko.oppa"]').hover();
      const card = page.locator('[data-testid="nunchi-note-card"]');
      await card.locator('[data-testid="nunchi-save"]').click();
      const saved = card.locator('[data-testid="nunchi-saved"]');
      await saved.waitFor();
      const text = await saved.textContent();
      await page.mouse.move(5, 5);
      await card.waitFor({ state: 'detached' });
      return text;
    };
    expect(await saveOppa('오빠, 인사해')).toBe('Saved');
    expect(await saveOppa('오빠, 초 치지 마')).toBe('Added this context');

    const popup = await openPopup(session, await tabIdOf(session, page));
    const row = await expectVocabRow(popup, '오빠');
    expect(await row.textContent()).toContain('seen 2×');
    await popup.close();
  });

  it('searches the popup’s list, deletes with Undo, and links back to the moment', async () => {
    const popup = await openPopup(session, await tabIdOf(session, page));
    const rows = popup.getByTestId('vocab-row');
    const terms = () => rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-term')));
    // Newest first.
    await expect.poll(terms).toEqual(['오빠', '혼자', '눈이 높다']);
    // Search reaches meanings and lines too, not only the saved term.
    await popup.getByRole('searchbox', { name: 'Search saved words' }).fill('혼자인 줄');
    await expect.poll(terms).toEqual(['혼자', '눈이 높다']);
    await popup.getByRole('searchbox', { name: 'Search saved words' }).fill('');
    await expect.poll(terms).toEqual(['오빠', '혼자', '눈이 높다']);

    await popup.getByRole('button', { name: 'Delete 혼자' }).click();
    await expect.poll(terms).toEqual(['오빠', '눈이 높다']);
    await screenshot(popup, 'demo-popup-undo');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(terms).toEqual(['오빠', '혼자', '눈이 높다']);

    // The link reopens the demo at the line it was saved from.
    const link = popup.locator('[data-testid="vocab-row"][data-term="눈이 높다"] a');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/demo\.html#t=\d+$/);
    const reopened = await session.context.newPage();
    await reopened.goto(href!);
    await expect
      .poll(() => video(reopened).evaluate((v: HTMLVideoElement) => v.currentTime))
      .toBeGreaterThan(high.startMs / 1000 - 1);
    expect(
      await video(reopened).evaluate((v: HTMLVideoElement) => v.currentTime),
    ).toBeLessThanOrEqual(high.startMs / 1000);
    await reopened.close();
    await popup.close();
  });

  it('follows the player into fullscreen and the N key hides and shows it', async () => {
    await page.mouse.move(5, 5);
    await page.locator('[data-testid="nunchi-note-card"]').waitFor({ state: 'detached' });
    await page.locator('#fullscreen').click();
    await page.waitForFunction(() => document.fullscreenElement?.id === 'player');
    await expect
      .poll(() =>
        page.evaluate(() => document.fullscreenElement?.querySelector('nunchi-overlay') !== null),
      )
      .toBe(true);
    await page.locator('[data-testid="nunchi-cue"]').waitFor();
    await screenshot(page, 'demo-fullscreen');
    await page.evaluate(() => document.exitFullscreen());
    await page.waitForFunction(() => !document.fullscreenElement);

    await page.keyboard.press('n');
    await page.locator('[data-testid="nunchi-cue"]').waitFor({ state: 'detached' });
    expect(await video(page).evaluate((v: HTMLVideoElement) => v.textTracks[0]?.mode)).toBe(
      'showing',
    );
    await page.keyboard.press('n');
    await page.locator('[data-testid="nunchi-cue"]').waitFor();
    expect(await video(page).evaluate((v: HTMLVideoElement) => v.textTracks[0]?.mode)).toBe(
      'hidden',
    );
  });

  it('keeps the vocabulary after the browser is closed and opened again on the same profile', async () => {
    await session.close();
    session = await world.launch();
    const tab = await session.context.newPage();
    await tab.goto(`chrome-extension://${session.extensionId}/demo.html`);
    const popup = await openPopup(session, await tabIdOf(session, tab));
    await expectVocabRow(popup, '눈이 높다');
    await expectVocabRow(popup, '혼자');
  });
});
