import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentStatus,
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
} from './harness';

const SITE = 'https://plain.nunchi.test/';
const FIXTURES = path.join(ROOT, 'tests/fixtures/sites/plain');
/** Subtitle files written for these tests (split sentences, speakers, Chinese). */
const FILES = path.join(ROOT, 'tests/e2e/files');

describe('a plain page with a <track>, turned on from the popup', () => {
  let world: Awaited<ReturnType<typeof createWorld>>;
  let session: Session;
  let page: Page;
  const cue = () => page.locator('[data-testid="nunchi-cue"]');
  const trackMode = () => page.evaluate(() => document.querySelector('video')!.textTracks[0]!.mode);

  beforeAll(async () => {
    world = await createWorld('track');
    session = await world.launch();
    page = await session.context.newPage();
    await page.goto(SITE);
  });
  afterAll(async () => {
    await world?.dispose();
  });

  it('does nothing on a site the viewer has not turned Nunchi on for', async () => {
    await page.waitForTimeout(1500);
    expect(await page.locator('nunchi-overlay').count()).toBe(0);
    expect(await trackMode()).toBe('showing');
  });

  it('starts reading the track once the viewer turns it on in the popup', async () => {
    const popup = await openPopup(session, await tabIdOf(session, page));
    await popup.getByRole('button', { name: /Turn on Nunchi/ }).click();
    await popup.getByText(/Nunchi is on for plain\.nunchi\.test/).waitFor();
    await popup.close();

    await seek(page, 1);
    await expect
      .poll(() => cue().textContent())
      .toBe('우리 언니가 눈이 너무 높아서 아직도 혼자예요.');
    // 우리 언니 is the speaker's own sister, named rather than called: no address note.
    await expect.poll(() => markIds(page), MARKS).toEqual(['ko.nuni-nopda']);
    expect(await trackMode()).toBe('hidden');
    // Any page goes through the same chain as the described sites: its track, and the picker.
    expect(await contentStatus(session, page)).toMatchObject({
      source: 'Subtitle track “한국어”',
      canPick: true,
    });
    // The popup counts what has been explained, once the marks are in (not the pack's size alone).
    await expect
      .poll(async () => (await contentStatus(session, page))?.message)
      .toMatch(
        /^Marking Korean subtitles from [\d,]+ notes: [1-9]\d* expressions? explained so far\.$/,
      );
    await screenshot(page, 'track-overlay');
  });

  it('turns WebVTT markup into plain text, never into elements', async () => {
    await seek(page, 7);
    await expect.poll(() => cue().textContent()).toContain('나 금수저 아니거든?');
    const text = (await cue().textContent())!;
    // The WebVTT parser drops the tags and keeps their text, which is shown as text.
    expect(text).not.toContain('<');
    const elements = await page.evaluate(
      () =>
        document
          .querySelector('nunchi-overlay')!
          .shadowRoot!.querySelectorAll('[data-testid="nunchi-cue"] :is(b, img, script)').length,
    );
    expect(elements).toBe(0);
    expect(await page.title()).toBe('Plain track fixture');
  });

  it('shows the speaker the track names (<v 지은>) apart from the words', async () => {
    await seek(page, 10);
    await expect.poll(() => cue().textContent()).toBe('설날에는 한복 입고 세배했어.');
    const speaker = page.locator('[data-testid="nunchi-cue"] [data-testid="nunchi-speaker"]');
    expect(await speaker.getAttribute('data-speaker')).toBe('지은');
  });

  it('reads a cue as the browser parsed it: references decoded, ruby text left out, two lines', async () => {
    await seek(page, 13);
    await expect.poll(() => cue().textContent()).toBe('엄마 & 아빠, 이번 추석에는\n송편 빚어요.');
    const speaker = page.locator('[data-testid="nunchi-cue"] [data-testid="nunchi-speaker"]');
    expect(await speaker.getAttribute('data-speaker')).toBe('민수');
  });

  it('refuses a broken subtitle file with a clear message and keeps working', async () => {
    await page
      .locator('[data-testid="nunchi-file-input"]')
      .setInputFiles(path.join(FIXTURES, 'broken.srt'));
    const notice = page.locator('[data-testid="nunchi-notice"][data-kind="error"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Could not read “broken\.srt”/);
    await screenshot(page, 'track-bad-file');

    await seek(page, 1);
    await expect
      .poll(() => cue().textContent())
      .toBe('우리 언니가 눈이 너무 높아서 아직도 혼자예요.');
    await page.locator('[data-note-id="ko.nuni-nopda"]').hover();
    await page.locator('[data-testid="nunchi-note-card"]').waitFor();
    await page.mouse.move(5, 5);
    await page.locator('[data-testid="nunchi-note-card"]').waitFor({ state: 'detached' });
  });

  it('plays a subtitle file loaded from the popup, and saves from it', async () => {
    const popup = await openPopup(session, await tabIdOf(session, page));
    await popup
      .locator('[data-testid="subtitle-file"]')
      .setInputFiles(path.join(FIXTURES, 'good.srt'));
    await popup.getByText('Loaded 2 lines (Korean) from good.srt.').waitFor();

    await seek(page, 1);
    await expect.poll(() => cue().textContent()).toBe('세뱃돈 엄마가 맡아 준다더니 다 어디 갔어?');
    await expect.poll(() => markIds(page), MARKS).toEqual(['ko.sebaetdon']);
    await page.locator('[data-note-id="ko.sebaetdon"]').hover();
    const card = page.locator('[data-testid="nunchi-note-card"]');
    await card.locator('[data-testid="nunchi-save"]').click();
    await card.locator('[data-testid="nunchi-saved"]').waitFor();

    await popup.reload();
    const row = await expectVocabRow(popup, '세뱃돈');
    // An ordinary page cannot seek from its URL, so the link is the page as it was.
    expect(await row.locator('a').getAttribute('href')).toBe(SITE);
    expect(await row.textContent()).toContain('0:00');
    await popup.close();
  });

  it('reads a Japanese file character by character, the dictionary deciding where a word ends', async () => {
    await page
      .locator('[data-testid="nunchi-file-input"]')
      .setInputFiles(path.join(FIXTURES, 'japanese.srt'));
    await page.locator('[data-testid="nunchi-notice"][data-kind="info"]').waitFor();
    await seek(page, 1);
    await expect
      .poll(() => cue().textContent())
      .toBe('ごちそうさまでした！本当に美味しかったです。');
    await expect.poll(() => markIds(page), MARKS).toEqual(['ja.gochisousama']);
    // No spaces in Japanese: every character after the mark is its own hover target.
    expect(await page.locator('[data-testid="nunchi-cue"] [data-word]').count()).toBe(11);

    await page.locator('[data-word="美"]').hover();
    const card = page.locator('[data-testid="nunchi-word-card"]');
    await expect
      .poll(() => card.textContent(), { timeout: 60_000 })
      .toMatch(/美味しい[\s\S]*delicious/);
    // The dictionary, not the hovered character, decides how far the word reaches (here the
    // inflected adjective, possibly with its polite ending), and exactly that stretch is lit.
    const derivation = (await card.locator('[data-testid="nunchi-derivation"]').textContent())!;
    const surface = derivation.split(' ← ')[0]!;
    expect(surface.startsWith('美味しかった')).toBe(true);
    expect(derivation).toContain('← 美味しい: ');
    const active = await page
      .locator('[data-testid="nunchi-cue"] .word.active')
      .evaluateAll((els) => els.map((e) => e.textContent).join(''));
    expect(active).toBe(surface);
    await screenshot(page, 'track-japanese-word');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });

    // With the dictionary installed, its readings go above the kanji (furigana).
    const readings = () =>
      page
        .locator('[data-testid="nunchi-cue"] rt')
        .evaluateAll((rts) => rts.map((rt) => rt.getAttribute('data-rt')));
    await expect.poll(readings, { timeout: 20_000 }).toEqual(['ほんとう', 'おい']);
    // Readings are drawn from attributes: the line's text is unchanged.
    expect(await cue().textContent()).toBe('ごちそうさまでした！本当に美味しかったです。');
    await screenshot(page, 'track-furigana');
  });

  it('puts pinyin above a Chinese line, marks and all', async () => {
    await page
      .locator('[data-testid="nunchi-file-input"]')
      .setInputFiles(path.join(FILES, 'dinner.zh.srt'));
    await seek(page, 1);
    await expect.poll(() => cue().textContent()).toBe('你是不是吃醋了？我们一起去吃饭吧。');
    await expect.poll(() => markIds(page), MARKS).toEqual(['zh.chi-cu']);
    const readings = () =>
      page
        .locator('[data-testid="nunchi-cue"] rt')
        .evaluateAll((rts) => rts.map((rt) => rt.getAttribute('data-rt')).join(' '));
    await expect.poll(readings).toBe('nǐ shì bù shì chī cù le wǒ men yī qǐ qù chī fàn ba');
    await screenshot(page, 'track-pinyin');
  });

  it('shows each row’s speaker in a two-speaker cue and saves a sentence split over two cues', async () => {
    await page
      .locator('[data-testid="nunchi-file-input"]')
      .setInputFiles(path.join(FILES, 'split.ko.srt'));
    await seek(page, 5.5);
    await expect.poll(() => cue().textContent()).toBe('오빠, 초 치지 마.\n내 코가 석 자야.');
    await expect
      .poll(() => markIds(page), MARKS)
      .toEqual(['ko.oppa', 'ko.choreul-chida', 'ko.nae-koga-seok-ja']);
    const speakers = await page
      .locator('[data-testid="nunchi-cue"] [data-testid="nunchi-speaker"]')
      .evaluateAll((labels) => labels.map((l) => l.getAttribute('data-speaker')));
    expect(speakers).toEqual(['민수', '지은']);
    await screenshot(page, 'track-speakers');

    // This line does not end its sentence: the card offers to save it with the next one.
    await seek(page, 1);
    await expect.poll(() => cue().textContent()).toBe('엄마, 김칫국부터');
    await page.locator('[data-word="김칫국부터"]').hover();
    const card = page.locator('[data-testid="nunchi-word-card"]');
    await card.waitFor();
    const joined = card.locator('[data-testid="nunchi-save-joined"]');
    expect(await joined.getAttribute('title')).toContain('마시지 마세요.');
    await screenshot(page, 'track-save-joined');
    // Saved under what the card shows as its headword, once the lookup has answered.
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).not.toContain('Looking up');
    const term = (await card.locator('.headword').first().textContent())!;
    await page.keyboard.press('Shift+S');
    await card.locator('[data-testid="nunchi-saved"]').waitFor();
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });

    const popup = await openPopup(session, await tabIdOf(session, page));
    const row = await expectVocabRow(popup, term);
    expect(await row.textContent()).toContain('지은: 엄마, 김칫국부터 마시지 마세요.');
    await popup.close();
  });

  it('moves a loaded file’s lines with the timing keys and remembers it for the page', async () => {
    const load = () =>
      page
        .locator('[data-testid="nunchi-file-input"]')
        .setInputFiles(path.join(FILES, 'split.ko.srt'));
    await load();
    await seek(page, 3.2);
    await expect.poll(() => cue().textContent()).toBe('마시지 마세요.');
    // A second later: the line that ended at 2.5 s now shows until 3.5 s.
    await page.keyboard.press('Shift+BracketRight');
    await page
      .locator('[data-testid="nunchi-notice"]')
      .filter({ hasText: 'Lines 1.0 s later' })
      .waitFor();
    await expect.poll(() => cue().textContent()).toBe('엄마, 김칫국부터');
    await page.keyboard.press('BracketLeft');
    await page
      .locator('[data-testid="nunchi-notice"]')
      .filter({ hasText: 'Lines 0.9 s later' })
      .waitFor();

    await page.reload();
    await load();
    await seek(page, 3.2);
    await expect.poll(() => cue().textContent()).toBe('엄마, 김칫국부터');
    await page.keyboard.press('Backslash');
    await page
      .locator('[data-testid="nunchi-notice"]')
      .filter({ hasText: 'back on their own timing' })
      .waitFor();
    await expect.poll(() => cue().textContent()).toBe('마시지 마세요.');
  });

  it('remembers the site: after a reload the script starts by itself', async () => {
    await page.reload();
    await seek(page, 4);
    await expect.poll(() => cue().textContent()).toBe('이번 주말에 시댁에 가야 돼.');
    await expect.poll(() => markIds(page), MARKS).toEqual(['ko.sidaek']);
  });
});
