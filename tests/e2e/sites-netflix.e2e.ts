import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentStatus, screenshot } from './harness';
import {
  createSitesWorld,
  expectCuesInOrder,
  expectLines,
  marks,
  seekTo,
  waitForStatus,
  type FixtureCue,
  type SitesWorld,
} from './sites-harness';

const EP1: FixtureCue[] = [
  [1, 3.5, '오빠, 오늘 회식 빠지면 안 돼요.'],
  [4, 6.5, '눈치 좀 챙겨.\n분위기 파악 좀 해라.'],
  [7, 9.5, '엄마가 김치찌개 끓여 놨대.'],
  [10, 12.5, '선배님, 내일 소개팅 나가세요?'],
];
const EP2: FixtureCue[] = [
  [1, 3.5, '추석에 송편 빚으러 시골 가야 돼.'],
  [4, 6.5, '그 사람 완전 금수저래.'],
  [7, 9.5, '사장님, 여기 소주 한 병 더 주세요.'],
];
const EP3: FixtureCue[] = [
  [1, 3.5, '아이고, 내 팔자야.'],
  [4, 6.5, '치맥 어때? 오늘 내가 쏠게.'],
];
const EP4: FixtureCue[] = [
  [1, 3.5, '형, 나 군대 가기 전에 한잔하자.'],
  [4, 6.5, '아줌마, 떡볶이 일 인분이요.\n막내야, 커피 좀 타 와.'],
  [7, 9.5, '시어머니가 또 잔소리하셨어.'],
];

const CDRAMA: FixtureCue[] = [
  [1, 3.5, '师兄，你又来蹭饭了？'],
  [4, 6.5, '这次我请客，别跟我客气。'],
  [7, 9.5, '他可是我们公司的大佬。'],
];

describe('Netflix: image subtitles, the text track read from the manifest or the player', () => {
  let world: SitesWorld;
  let page: Page;
  const status = (check: Parameters<typeof waitForStatus>[2]) =>
    waitForStatus(world.session, page, check);

  beforeAll(async () => {
    world = await createSitesWorld('sites-netflix');
    page = await world.session.context.newPage();
  });
  afterAll(async () => {
    await world?.dispose();
  });

  it('asks the manifest for text profiles and plays the Korean WebVTT over the pictures (older manifest shape, JSON.parse)', async () => {
    await page.goto('https://www.netflix.com/watch/81000001');
    const ready = await status((s) => s.source?.includes('subtitle track') ?? false);
    expect(ready).toMatchObject({
      source: 'Netflix subtitle track “Korean”',
      lines: 4,
      site: 'Netflix',
    });
    // The player's own request listed only picture profiles; the hook added the text ones.
    const manifest = world.server.requests.find(
      (r) =>
        r.method === 'POST' && r.path.includes('licensedmanifest') && r.body.includes('81000001'),
    );
    expect(manifest?.body).toContain('webvtt-lssdh-ios8');
    await expectCuesInOrder(page, EP1);
    // What the page itself shows is a picture: there is no caption text in its DOM to read.
    await seekTo(page, 2);
    expect(await page.locator('.player-timedtext .image-based-timed-text image').count()).toBe(1);
    expect(await page.locator('.player-timedtext').textContent()).toBe('');
    await seekTo(page, 5);
    expect(await marks(page)).toEqual(['ko.nunchi', 'ko.bunwigi-paak']);
    await screenshot(page, 'sites-netflix-ep1');
  });

  it('goes on to the next episode without a reload: its lines, none of the old (newer manifest shape, Response.json)', async () => {
    await page.locator('#next').click();
    await page.waitForURL(/\/watch\/81000002/);
    await status((s) => s.lines === 3 && (s.source?.includes('subtitle track') ?? false));
    await expectCuesInOrder(page, EP2);
    // Where the first episode had a line the second has a gap or its own line, never the old one.
    await seekTo(page, 11);
    await expectLines(page, []);
    const status2 = await contentStatus(world.session, page);
    expect(status2.lines).toBe(3);
  });

  it('reads the track list from the player API when no manifest passes through the page', async () => {
    await page.goto('https://www.netflix.com/watch/81000003');
    await status((s) => s.lines === 2 && (s.source?.includes('subtitle track') ?? false));
    await expectCuesInOrder(page, EP3);
  });

  it('says so when Korean comes only as pictures', async () => {
    await page.goto('https://www.netflix.com/watch/81000005');
    const s = await status((st) => st.message.includes('only as pictures'));
    expect(s.message).toMatch(/Netflix sends Korean subtitles for this video only as pictures/);
    await seekTo(page, 2);
    await expectLines(page, []);
  });

  it('reads a Chinese drama in Chinese although Korean is listed first (the original language)', async () => {
    await page.goto('https://www.netflix.com/watch/81000006');
    const s = await status((st) => st.source?.includes('subtitle track') ?? false);
    expect(s).toMatchObject({
      source: 'Netflix subtitle track “Chinese (Simplified)” (Chinese)',
      lang: 'zh',
      lines: 3,
    });
    await expectCuesInOrder(page, CDRAMA);
  });

  for (const update of ['recreated', 'in-place'] as const) {
    it(`falls back to the text captions in the DOM when there is no track (${update})`, async () => {
      await page.goto(`https://www.netflix.com/watch/81000004?captions=text&update=${update}`);
      await expectCuesInOrder(page, EP4);
      const s = await status((st) => st.lines === 3);
      expect(s).toMatchObject({ source: 'Netflix captions', lang: 'ko', lines: 3 });
    });
  }
});
