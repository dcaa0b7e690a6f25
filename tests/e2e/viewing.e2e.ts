import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, demoCue, screenshot, seek, type Session } from './harness';

const shadowCount = (page: Page, selector: string) =>
  page.evaluate(
    (sel) => document.querySelector('nunchi-overlay')!.shadowRoot!.querySelectorAll(sel).length,
    selector,
  );

describe('watching with the whole track (demo page)', () => {
  let world: Awaited<ReturnType<typeof createWorld>>;
  let session: Session;
  let page: Page;
  const cue = () => page.locator('[data-testid="nunchi-cue"]');
  const time = () => page.locator('#demo-video').evaluate((v: HTMLVideoElement) => v.currentTime);
  const high = demoCue('눈이 높아서');
  const gimchi = demoCue('김칫국부터');

  beforeAll(async () => {
    world = await createWorld('viewing');
    session = await world.launch();
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/demo.html`);
  });
  afterAll(async () => {
    await world?.dispose();
  });

  it('steps to the next and previous line and replays the line with D, A and R', async () => {
    await seek(page, high.at, '#demo-video');
    await expect.poll(() => cue().textContent()).toBe(high.text);
    await page.keyboard.press('d');
    await expect.poll(() => cue().textContent()).toBe(gimchi.text);
    expect(await time()).toBeCloseTo(gimchi.startMs / 1000, 1);
    await page.keyboard.press('a');
    await expect.poll(() => cue().textContent()).toBe(high.text);
    await page.keyboard.press('d');
    await expect.poll(() => cue().textContent()).toBe(gimchi.text);
    await seek(page, gimchi.at + 1, '#demo-video');
    await page.keyboard.press('r');
    await expect.poll(time).toBeLessThan(gimchi.startMs / 1000 + 0.1);
    expect(await cue().textContent()).toBe(gimchi.text);
  });

  it('lists the episode’s notes so far in the guide, all on request, and jumps to one', async () => {
    // The furthest line reached is 김칫국부터 (the 9th): later notes stay out.
    await page.keyboard.press('g');
    const guide = page.locator('[data-testid="nunchi-guide"]');
    await guide.waitFor();
    const ids = () =>
      page
        .locator('[data-testid="nunchi-guide-item"]')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-note-id')));
    await expect.poll(ids).toContain('ko.gimchitguk-buteo-masinda');
    const early = await ids();
    expect(early.slice(0, 3)).toEqual(['ko.bap-meogeosseo', 'ko.yageun', 'ko.jeongsini-eopda']);
    expect(early).toContain('ko.nuni-nopda');
    expect(early).not.toContain('ko.songpyeon');
    await screenshot(page, 'viewing-guide');

    const all = page.locator('[data-testid="nunchi-guide-all"]');
    expect(await all.textContent()).toMatch(/Show all \(\d+ later: spoilers\)/);
    await all.click();
    await expect.poll(ids).toContain('ko.songpyeon');
    const everything = await ids();
    // Each note once, at its first line: 오빠 comes up four times.
    expect(everything.filter((id) => id === 'ko.oppa')).toHaveLength(1);
    const oppa = page.locator('[data-testid="nunchi-guide-item"][data-note-id="ko.oppa"]');
    expect(await oppa.textContent()).toContain('×4');

    const songpyeon = demoCue('송편부터');
    await page.locator('[data-testid="nunchi-guide-item"][data-note-id="ko.songpyeon"]').click();
    await expect.poll(() => cue().textContent()).toBe(songpyeon.text);
    expect(await time()).toBeCloseTo(songpyeon.startMs / 1000, 1);
    await page.keyboard.press('Escape');
    await guide.waitFor({ state: 'detached' });
  });

  it('lists its keys on H', async () => {
    await page.keyboard.press('h');
    const help = page.locator('[data-testid="nunchi-help"]');
    await help.waitFor();
    const text = await help.textContent();
    for (const what of ['Previous line', 'Next line', 'Replay this line', 'Culture guide']) {
      expect(text).toContain(what);
    }
    await screenshot(page, 'viewing-help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('pauses at the end of each line once P turns it on, with the line still on screen', async () => {
    const bold = demoCue('간도 크다');
    await page.keyboard.press('p');
    await page
      .locator('[data-testid="nunchi-notice"]')
      .filter({ hasText: 'Pausing at the end of each line' })
      .waitFor();
    await seek(page, bold.endMs / 1000 - 1, '#demo-video');
    await page.locator('#demo-video').evaluate((v: HTMLVideoElement) => v.play());
    await expect
      .poll(() => page.locator('#demo-video').evaluate((v: HTMLVideoElement) => v.paused), {
        timeout: 5000,
      })
      .toBe(true);
    const at = await time();
    expect(at).toBeGreaterThan(bold.endMs / 1000 - 0.4);
    expect(at).toBeLessThan(bold.endMs / 1000);
    expect(await cue().textContent()).toBe(bold.text);
    await page.keyboard.press('p');
    await page
      .locator('[data-testid="nunchi-notice"]')
      .filter({ hasText: 'No longer pausing' })
      .waitFor();
    expect(await shadowCount(page, '[data-testid="nunchi-guide"]')).toBe(0);
  });
});
