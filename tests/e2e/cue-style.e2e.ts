import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, openPopup, ROOT, screenshot, seek, tabIdOf, type Session } from './harness';

const SITE = 'https://plain.nunchi.test/';
/** A Japanese WebVTT file with an italic line, a sign on top, ruby and a three-row cue. */
const FIXTURE = path.join(ROOT, 'tests/fixtures/subtitles/cue-style.ja.vtt');
/** A page of the same site whose video carries the fixture as its own track (routed below). */
const TRACK_PAGE = `${SITE}cue-style.html`;
const TRACK_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Styled track</title>
<style>body { margin: 0; padding: 16px; background: #222; } video { width: 800px; height: 450px; display: block; }</style>
</head><body>
<video src="/media/demo.webm" controls muted>
  <track kind="subtitles" srclang="ja" label="日本語" src="cue-style.ja.vtt" default>
</video>
</body></html>`;

describe('the subtitles’ own styles, places and readings on screen', () => {
  let world: Awaited<ReturnType<typeof createWorld>>;
  let session: Session;
  let page: Page;
  const cues = () => page.locator('[data-testid="nunchi-cue"]');
  const cueWith = (text: string) => cues().filter({ hasText: text });
  const box = async (locator: Locator) => (await locator.boundingBox())!;
  const readings = () =>
    page
      .locator('[data-testid="nunchi-cue"] rt')
      .evaluateAll((rts) => rts.map((rt) => rt.getAttribute('data-rt')));

  beforeAll(async () => {
    world = await createWorld('cue-style');
    session = await world.launch();
    page = await session.context.newPage();
    await page.goto(SITE);
    const popup = await openPopup(session, await tabIdOf(session, page));
    await popup.getByRole('button', { name: /Turn on Nunchi/ }).click();
    await popup.getByText(/Nunchi is on for plain\.nunchi\.test/).waitFor();
    await popup.close();
  });
  afterAll(async () => {
    await world?.dispose();
  });

  /** The checks both ways of reading the file share: italics, the sign on top, readings. */
  async function expectStyledLines(shot: string) {
    const video = await box(page.locator('video'));

    await seek(page, 2);
    await expect.poll(() => cues().textContent()).toBe('本当に行くのかな……');
    const italic = await cues()
      .locator('.s-i')
      .evaluateAll((spans) => spans.map((s) => [s.textContent, getComputedStyle(s).fontStyle]));
    expect(italic.map(([text]) => text).join('')).toBe('本当に行くのかな……');
    expect(italic.every(([, style]) => style === 'italic')).toBe(true);
    await screenshot(page, `${shot}-italic`);

    await seek(page, 6);
    const sign = cueWith('駅前商店街');
    const dialogue = cueWith('いらっしゃいませ！');
    await sign.waitFor();
    await dialogue.waitFor();
    expect(await sign.getAttribute('data-place')).toBe('top');
    expect(await dialogue.getAttribute('data-place')).toBe('bottom');
    // The sign sits in the upper part of the picture, the dialogue in the lower, apart.
    const signBox = await box(sign);
    const dialogueBox = await box(dialogue);
    expect(signBox.y + signBox.height).toBeLessThan(video.y + video.height * 0.25);
    expect(dialogueBox.y).toBeGreaterThan(video.y + video.height * 0.6);
    // Japanese is hovered character by character: one bold stretch per hover target.
    const bold = await sign
      .locator('.s-b')
      .evaluateAll((spans) => spans.map((s) => [s.textContent, getComputedStyle(s).fontWeight]));
    expect(bold.map(([text]) => text).join('')).toBe('駅前商店街');
    expect(bold.every(([, weight]) => weight === '700')).toBe(true);
    await screenshot(page, `${shot}-sign`);

    await seek(page, 11);
    await expect.poll(() => cues().textContent()).toBe('東京へ明日行こう。');
    // The file's readings; computed ones may join them over other kanji once the dictionary is in.
    await expect.poll(readings).toEqual(expect.arrayContaining(['とうきょう', 'あした']));
    expect((await readings()).filter((r) => r === 'とうきょう' || r === 'あした')).toHaveLength(2);
    await screenshot(page, `${shot}-ruby`);

    await seek(page, 15);
    const rows = '一行目です。\n二行目はもう少し長い行です。\n三行目。';
    await expect.poll(() => cues().textContent()).toBe(rows);
    // Three rows, each centred under the others, the box centred on the picture.
    const cueBox = await box(cues());
    const rowBoxes = await cues().evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const lines = new Map<number, { left: number; right: number }>();
      for (const r of range.getClientRects()) {
        const y = Math.round(r.top);
        const line = lines.get(y);
        lines.set(y, {
          left: Math.min(line?.left ?? r.left, r.left),
          right: Math.max(line?.right ?? r.right, r.right),
        });
      }
      return [...lines.values()].filter((l) => l.right - l.left > 1);
    });
    expect(rowBoxes).toHaveLength(3);
    const centres = rowBoxes.map((l) => (l.left + l.right) / 2);
    for (const centre of centres) expect(Math.abs(centre - centres[0]!)).toBeLessThan(3);
    expect(Math.abs(cueBox.x + cueBox.width / 2 - (video.x + video.width / 2))).toBeLessThan(3);
    await screenshot(page, `${shot}-rows`);
  }

  it('shows a loaded file’s italics, a sign on top, readings and three centred rows', async () => {
    await page.locator('[data-testid="nunchi-file-input"]').setInputFiles(FIXTURE);
    await page.locator('[data-testid="nunchi-notice"][data-kind="info"]').waitFor();
    await expectStyledLines('cue-style-file');
  });

  it('reads the same from the video’s own track, through the browser’s cue tree', async () => {
    await page.route(TRACK_PAGE, (route) =>
      route.fulfill({ body: TRACK_PAGE_HTML, contentType: 'text/html; charset=utf-8' }),
    );
    await page.route(`${SITE}cue-style.ja.vtt`, (route) =>
      route.fulfill({ path: FIXTURE, contentType: 'text/vtt; charset=utf-8' }),
    );
    await page.goto(TRACK_PAGE);
    await seek(page, 2);
    await expect.poll(() => cues().textContent(), { timeout: 20_000 }).toBe('本当に行くのかな……');
    // The browser no longer draws the track: the overlay shows it.
    expect(await page.evaluate(() => document.querySelector('video')!.textTracks[0]!.mode)).toBe(
      'hidden',
    );
    await expectStyledLines('cue-style-track');
  });
});
