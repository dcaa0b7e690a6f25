import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentStatus, screenshot } from './harness';
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
    await page.keyboard.press('Alt+KeyC');
    await page.locator('nunchi-picker').waitFor({ state: 'attached' });
    const line = page.locator('.tl-row').first();
    const box = (await line.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await screenshot(page, 'sites-picker');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('nunchi-picker').waitFor({ state: 'detached' });
    await status((st) => st.source === 'The captions you pointed at');
    await expectCuesInOrder(page, HULU);

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
  });
});
