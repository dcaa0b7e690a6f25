import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentStatus, openPopup, screenshot, tabIdOf } from './harness';
import {
  createSitesWorld,
  expectCuesInOrder,
  expectLines,
  seekTo,
  waitForStatus,
  type FixtureCue,
  type SitesWorld,
} from './sites-harness';

const HULU: FixtureCue[] = [
  [1, 3.5, '선배님, 내일 소개팅 나가세요?'],
  [4, 6.5, '그 사람 완전 금수저래.'],
  [7, 9.5, '아이고, 내 팔자야.\n이번 생은 망했어.'],
];

describe('a player that changed: quiet fallbacks that say so, and the picker', () => {
  let world: SitesWorld;
  let page: Page;
  const status = (check: Parameters<typeof waitForStatus>[2]) =>
    waitForStatus(world.session, page, check);

  beforeAll(async () => {
    world = await createSitesWorld('sites-fallback');
    page = await world.session.context.newPage();
  });
  afterAll(async () => {
    await world?.dispose();
  });

  it('reads the video’s subtitle track when the caption layout is gone, and labels it a fallback', async () => {
    await page.goto('https://www.hulu.com/watch/fixture-1?player=changed');
    const s = await status((st) => st.source?.includes('fallback') ?? false);
    expect(s).toMatchObject({ source: 'Subtitle track “한국어” (fallback)', lines: 3, lang: 'ko' });
    await expectCuesInOrder(page, HULU);
  });

  it('says in the popup why the fallback was taken, and offers to point at the captions', async () => {
    const popup = await openPopup(world.session, await tabIdOf(world.session, page));
    const note = popup.getByTestId('tab-note');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      "Hulu's captions were not where Nunchi expects them (the player may have changed); reading the video’s subtitle track instead.",
    );
    expect(await popup.getByTestId('tab-status').textContent()).toContain('(fallback)');
    await screenshot(popup, 'popup-fallback-note');
    await popup.getByRole('button', { name: 'Point at the captions' }).click();
    await popup.getByText(/Click the subtitle text on the video/).waitFor();
    await popup.close();
    // The picking mode waits on the page; Escape leaves it and nothing changes.
    await page.bringToFront();
    await page.locator('nunchi-picker').waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await page.locator('nunchi-picker').waitFor({ state: 'detached' });
    expect((await contentStatus(world.session, page)).source).toBe(
      'Subtitle track “한국어” (fallback)',
    );
  });

  it('finds captions that moved to an element still named like captions', async () => {
    await page.goto('https://www.hulu.com/watch/fixture-1?player=renamed');
    await status((st) => st.source === 'Captions found on the page (fallback)');
    await expectCuesInOrder(page, HULU);
    expect((await contentStatus(world.session, page)).lines).toBe(3);
  });

  it('lets the viewer point at captions no rule finds, and remembers them for the site', async () => {
    await page.goto('https://www.hulu.com/watch/fixture-1?player=unlabelled');
    const waiting = await status((st) => st.message.includes('Turn on Hulu'));
    expect(waiting.lines).toBe(0);
    await seekTo(page, 2);
    // With nothing read, the overlay offers it over the video.
    const video = (await page.locator('video').boundingBox())!;
    await page.mouse.move(video.x + video.width / 2, video.y + video.height / 3);
    const button = page.locator('[data-testid="nunchi-pick"]');
    await button.waitFor({ state: 'visible' });
    await screenshot(page, 'overlay-pick-button');
    await button.click();
    await page.locator('nunchi-picker').waitFor({ state: 'attached' });
    // Nunchi's overlay steps aside, all of it, so the page's captions can be reached.
    expect(
      await page.evaluate(() => {
        const root = document.querySelector('nunchi-overlay')!.shadowRoot!;
        return getComputedStyle(root.querySelector('[data-testid="nunchi-pick"]')!).visibility;
      }),
    ).toBe('hidden');
    await page.keyboard.press('Escape');
    await page.locator('nunchi-picker').waitFor({ state: 'detached' });
    // And Shift+C, any time.
    await page.keyboard.press('Shift+KeyC');
    await page.locator('nunchi-picker').waitFor({ state: 'attached' });
    const line = page.locator('.tl-row').first();
    const box = (await line.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await screenshot(page, 'sites-picker');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('nunchi-picker').waitFor({ state: 'detached' });
    await status((st) => st.source === 'The captions you pointed at');
    await page
      .locator('[data-testid="nunchi-notice"]')
      .filter({ hasText: 'captions you pointed at' })
      .waitFor();
    await expectCuesInOrder(page, HULU);
    // The captions are read now: the button makes room, and the page's lines stay on its timing.
    expect(await page.locator('[data-testid="nunchi-pick"]').isHidden()).toBe(true);
    await page.keyboard.press('h');
    const help = page.locator('[data-testid="nunchi-help"]');
    expect(await help.textContent()).toContain('Shift+C');
    expect(await help.textContent()).not.toContain('earlier / later');
    await page.keyboard.press('h');

    await page.reload();
    await status((st) => st.source === 'The captions you pointed at');
    await seekTo(page, 5);
    await expectLines(page, [HULU[1]![2]]);
  });

  it('moves a whole track with the timing keys, remembers it for the video, and resets it', async () => {
    await page.goto('https://www.netflix.com/watch/81000001');
    await status((st) => st.source?.includes('subtitle track') ?? false);
    await seekTo(page, 4.25);
    await expectLines(page, ['눈치 좀 챙겨.\n분위기 파악 좀 해라.']);
    for (let i = 0; i < 5; i++) await page.keyboard.press('BracketRight');
    // The overlay answers the keys for a site's track as for a file, and says so.
    await page
      .locator('[data-testid="nunchi-notice"]')
      .filter({ hasText: 'Lines 0.5 s later' })
      .waitFor();
    // +0.5 s: that line now starts at 4.5 s and the one before ends at 4.0 s.
    await expectLines(page, []);
    await seekTo(page, 4.75);
    await expectLines(page, ['눈치 좀 챙겨.\n분위기 파악 좀 해라.']);

    await page.reload();
    await status((st) => st.source?.includes('subtitle track') ?? false);
    await seekTo(page, 4.25);
    await expectLines(page, []);
    await page.keyboard.press('Backslash');
    await expectLines(page, ['눈치 좀 챙겨.\n분위기 파악 좀 해라.']);
    // Shift moves a whole second: 4.25 s now falls on the first line (1–3.5 s, shown 2–4.5 s).
    await page.keyboard.press('Shift+BracketRight');
    await expectLines(page, ['오빠, 오늘 회식 빠지면 안 돼요.']);
    await page.keyboard.press('Backslash');
    await page.keyboard.press('h');
    expect(await page.locator('[data-testid="nunchi-help"]').textContent()).toContain(
      'earlier / later',
    );
  });
});
