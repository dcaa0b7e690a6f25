import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentStatus,
  createWorld,
  expectVocabRow,
  markIds,
  openPopup,
  screenshot,
  seek,
  tabIdOf,
  type Session,
  MARKS,
} from './harness';

const WATCH = 'https://www.youtube.com/watch?v=office';
const MARKUP = `<b>진짜요?</b> <img src=x onerror="document.title='pwned'"> <script>document.title='pwned'</script>`;

describe('YouTube watch page (rendered captions, and the player’s own caption track)', () => {
  let world: Awaited<ReturnType<typeof createWorld>>;
  let session: Session;
  let page: Page;
  const cue = () => page.locator('[data-testid="nunchi-cue"]');

  const tabStatus = () => contentStatus(session, page);

  beforeAll(async () => {
    world = await createWorld('youtube');
    session = await world.launch();
    page = await session.context.newPage();
    await page.goto(WATCH);
  });
  afterAll(async () => {
    await world?.dispose();
  });

  it('reads the player’s captions into its overlay and hides YouTube’s own', async () => {
    await seek(page, 1);
    await expect.poll(() => cue().textContent()).toBe('부장님, 보고서 다 끝냈습니다.');
    await expect.poll(() => markIds(page), MARKS).toEqual(['ko.bujangnim']);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.getElementById('ytp-caption-window-container')!).visibility,
      ),
    ).toBe('hidden');

    await seek(page, 10);
    await expect.poll(() => cue().textContent()).toBe('내 코가 석 자라서 회식은 못 가요.');
    await expect.poll(() => markIds(page), MARKS).toEqual(['ko.nae-koga-seok-ja', 'ko.hoesik']);

    await seek(page, 13);
    await expect.poll(() => cue().textContent()).toBe('눈치 좀 챙겨.\n분위기 파악 좀 해라.');
    await expect.poll(() => markIds(page), MARKS).toEqual(['ko.nunchi', 'ko.bunwigi-paak']);
    await screenshot(page, 'youtube-overlay');
  });

  it('shows markup in a caption as the characters it is, and none of it runs', async () => {
    await seek(page, 7);
    await expect.poll(() => cue().textContent()).toBe(MARKUP);
    const elements = await page.evaluate(() => {
      const root = document.querySelector('nunchi-overlay')!.shadowRoot!;
      return root.querySelectorAll(
        '[data-testid="nunchi-cue"] b, [data-testid="nunchi-cue"] img, [data-testid="nunchi-cue"] script',
      ).length;
    });
    expect(elements).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.title()).not.toBe('pwned');
    await screenshot(page, 'youtube-markup');
  });

  it('counts each line once however often the player redraws it', async () => {
    // The fixture redraws the caption window every 700 ms while a cue shows.
    await page.waitForTimeout(1600);
    const status = await tabStatus();
    expect(status).toMatchObject({ source: 'YouTube captions', lang: 'ko', site: 'YouTube' });
    // Seen so far: 부장님 (0-3 s), 내 코가 석 자 (9-12), 눈치 (12-15), the markup line (6-9).
    expect(status.lines).toBe(4);
  });

  it('keeps a card open while the player redraws the caption under it', async () => {
    await seek(page, 10);
    await page.locator('[data-note-id="ko.nae-koga-seok-ja"]').hover();
    const noteCard = page.locator('[data-testid="nunchi-note-card"]');
    await noteCard.waitFor();
    // The fixture redraws the caption window every 700 ms, as a resize does on YouTube.
    await page.waitForTimeout(2500);
    expect(await noteCard.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await noteCard.waitFor({ state: 'detached' });
  });

  it('opens cards and saves words with a link that reopens the moment (t=)', async () => {
    await seek(page, 10);
    await page.locator('[data-note-id="ko.nae-koga-seok-ja"]').hover();
    const noteCard = page.locator('[data-testid="nunchi-note-card"]');
    await noteCard.locator('[data-testid="nunchi-save"]').click();
    await expect
      .poll(() => noteCard.locator('[data-testid="nunchi-saved"]').textContent())
      .toBe('Saved');
    await page.mouse.move(5, 5);
    await noteCard.waitFor({ state: 'detached' });

    await seek(page, 1);
    await page.locator('[data-word="끝냈습니다"]').hover();
    const wordCard = page.locator('[data-testid="nunchi-word-card"]');
    await expect
      .poll(() => wordCard.textContent(), { timeout: 30_000 })
      .toMatch(/끝냈습니다 ← 끝내다[\s\S]*to finish/);
    await screenshot(page, 'youtube-word-card');
    await page.keyboard.press('s');
    await wordCard.locator('[data-testid="nunchi-saved"]').waitFor();

    const popup = await openPopup(session, await tabIdOf(session, page));
    const row = await expectVocabRow(popup, '내 코가 석 자');
    expect(await row.locator('a').getAttribute('href')).toBe(`${WATCH}&t=10s`);
    const word = await expectVocabRow(popup, '끝내다');
    // That line was first seen when the video started playing at 0 s: seeking back into it
    // found the same line, so its moment is where it began, not where the seek landed.
    expect(await word.locator('a').getAttribute('href')).toBe(`${WATCH}&t=0s`);
    await popup.close();
  });

  it('lists the notes of the lines seen so far in the guide, and says why it cannot step lines', async () => {
    await page.keyboard.press('g');
    const items = page.locator('[data-testid="nunchi-guide-item"]');
    await expect
      .poll(() => items.evaluateAll((all) => all.map((i) => i.getAttribute('data-note-id'))))
      .toEqual([
        'ko.bujangnim',
        'ko.nae-koga-seok-ja',
        'ko.hoesik',
        'ko.nunchi',
        'ko.bunwigi-paak',
      ]);
    // Captions come one at a time: there is no whole episode to reveal.
    expect(await page.locator('[data-testid="nunchi-guide-all"]').count()).toBe(0);
    await screenshot(page, 'youtube-guide');
    await page.keyboard.press('g');
    await page.locator('[data-testid="nunchi-guide"]').waitFor({ state: 'detached' });

    await page.keyboard.press('d');
    await page
      .locator('[data-testid="nunchi-notice"]')
      .filter({ hasText: 'need the whole subtitle track' })
      .waitFor();
  });

  it('starts over when the page navigates to another video without reloading', async () => {
    await page.mouse.move(5, 5);
    await page.locator('#next').click();
    await page.waitForURL(/v=seollal/);
    await expect.poll(() => cue().textContent()).toBe('설날에는 한복 입고 세배했어.');
    await expect.poll(() => markIds(page), MARKS).toEqual(['ko.seollal', 'ko.hanbok', 'ko.sebae']);
    await expect.poll(() => tabStatus().then((s) => s.lines)).toBe(1);
  });

  it('plays the whole track the player itself asked for (json3): every line, stepping, the whole guide', async () => {
    await page.goto('https://www.youtube.com/watch?v=chuseokEve1');
    await expect
      .poll(() => tabStatus().then((s) => s.source))
      .toBe('YouTube subtitle track “Korean”');
    expect(await tabStatus()).toMatchObject({ lang: 'ko', lines: 4, site: 'YouTube' });

    await seek(page, 2);
    await expect.poll(() => cue().textContent()).toBe('추석에 송편 빚으러 시골 가야 돼.');
    await expect.poll(() => markIds(page), MARKS).toEqual(['ko.chuseok', 'ko.songpyeon']);
    // The player draws the same line; its window is hidden under Nunchi's.
    expect(
      await page.evaluate(
        () => getComputedStyle(document.getElementById('ytp-caption-window-container')!).visibility,
      ),
    ).toBe('hidden');

    // With the whole track, D and A reach lines not yet shown.
    await page.keyboard.press('d');
    await expect.poll(() => cue().textContent()).toBe('그 사람 완전 금수저래.');
    await page.keyboard.press('d');
    await expect.poll(() => cue().textContent()).toBe('아이고, 내 팔자야.');
    await page.keyboard.press('a');
    await expect.poll(() => cue().textContent()).toBe('그 사람 완전 금수저래.');

    await page.keyboard.press('g');
    const items = page.locator('[data-testid="nunchi-guide-item"]');
    const ids = () =>
      items.evaluateAll((all) => all.map((i) => i.getAttribute('data-note-id') ?? ''));
    // Spoiler-safe: only what has been reached so far.
    await expect
      .poll(ids)
      .toEqual(['ko.chuseok', 'ko.songpyeon', 'ko.geumsujeo', 'ko.aigo', 'ko.palja']);
    await page.locator('[data-testid="nunchi-guide-all"]').click();
    await expect
      .poll(ids)
      .toEqual([
        'ko.chuseok',
        'ko.songpyeon',
        'ko.geumsujeo',
        'ko.aigo',
        'ko.palja',
        'ko.chimaek',
        'ko.ssoda',
      ]);
    await screenshot(page, 'youtube-json3-guide');
    await items.filter({ hasText: '치맥' }).click();
    await expect.poll(() => cue().textContent()).toBe('치맥 어때? 오늘 내가 쏠게.');
  });
});
