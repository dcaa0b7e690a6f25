import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, demoCue, markIds, screenshot, seek, type Session } from './harness';

const HIGH = demoCue('눈이 높아서');

describe('options page: per-language settings reach the overlay, dictionaries come and go', () => {
  let world: Awaited<ReturnType<typeof createWorld>>;
  let session: Session;
  let demo: Page;
  let options: Page;
  const korean = () => options.getByTestId('language-ko');
  const cue = () => demo.locator('[data-testid="nunchi-cue"]');
  const fontSize = () =>
    cue().evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
  /** Clicks a checkbox by its label and waits until it reads `checked`. */
  const setBox = async (scope: Locator, label: string, checked: boolean) => {
    const box = scope.getByRole('checkbox', { name: label });
    await box.setChecked(checked);
    expect(await box.isChecked()).toBe(checked);
  };

  beforeAll(async () => {
    world = await createWorld('options');
    session = await world.launch();
    demo = await session.context.newPage();
    await demo.goto(`chrome-extension://${session.extensionId}/demo.html`);
    await seek(demo, HIGH.at, '#demo-video');
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  });
  afterAll(async () => {
    await world?.dispose();
  });

  it('has a section per language and credits each dictionary', async () => {
    for (const [lang, name] of [
      ['ko', 'Korean'],
      ['zh', 'Chinese'],
      ['ja', 'Japanese'],
    ] as const) {
      const section = options.getByTestId(`language-${lang}`);
      await section.waitFor();
      expect(await section.getByLabel(`Read ${name} subtitles`).isChecked()).toBe(true);
      expect(await section.getByRole('checkbox').count()).toBeGreaterThan(10);
    }
    const about = await options.locator('.about').textContent();
    for (const credit of ['CC-CEDICT', 'EDRDG', 'CC BY-SA 4.0', 'Mozilla Public License 2.0']) {
      expect(about).toContain(credit);
    }
    await screenshot(options, 'options-page');
  });

  it('takes a category’s marks off the line on screen at once, and puts them back', async () => {
    await expect.poll(() => cue().textContent()).toBe(HIGH.text);
    await expect.poll(() => markIds(demo)).toContain('ko.nuni-nopda');
    await setBox(korean(), 'Idioms', false);
    await expect.poll(() => markIds(demo)).not.toContain('ko.nuni-nopda');
    // Only idioms went: the line is still drawn.
    expect(await cue().textContent()).toBe(HIGH.text);
    await setBox(korean(), 'Idioms', true);
    await expect.poll(() => markIds(demo)).toContain('ko.nuni-nopda');
  });

  it('stops marking Korean when Korean is turned off, and starts again', async () => {
    await setBox(korean(), 'Read Korean subtitles', false);
    // The category switches follow the language: nothing to choose while it is off.
    expect(await korean().getByRole('checkbox', { name: 'Idioms' }).isDisabled()).toBe(true);
    await expect.poll(() => markIds(demo)).toEqual([]);
    // Nunchi steps aside: the browser draws the track again.
    await expect
      .poll(() =>
        demo.locator('#demo-video').evaluate((v: HTMLVideoElement) => v.textTracks[0]?.mode),
      )
      .toBe('showing');
    await screenshot(demo, 'options-korean-off');
    await setBox(korean(), 'Read Korean subtitles', true);
    await expect.poll(() => markIds(demo)).toContain('ko.nuni-nopda');
  });

  it('sets the subtitle size, previewed on the page and applied to the overlay', async () => {
    const before = await fontSize();
    const slider = options.locator('#font-size');
    await slider.fill('48');
    await expect.poll(() => options.locator('output[for="font-size"]').textContent()).toBe('48 px');
    const preview = options.getByTestId('font-preview').locator('p[lang="ko"]');
    expect(await preview.evaluate((p) => getComputedStyle(p).fontSize)).toBe('48px');
    await expect.poll(fontSize).toBeGreaterThan(before * 1.3);
    await screenshot(demo, 'options-large-subtitles');
  });

  it('installs a dictionary with a progress bar and removes it again', async () => {
    const row = options.getByTestId('dict-ja');
    await expect.poll(() => row.getAttribute('data-state')).toBe('absent');
    await row.getByRole('button', { name: 'Install' }).click();
    // EDICT2 is the largest of the three: long enough to watch the bar move.
    await expect.poll(() => row.getAttribute('data-state')).toBe('installing');
    const bar = row.getByRole('progressbar', { name: 'Installing the Japanese dictionary' });
    await bar.waitFor();
    await screenshot(options, 'options-dict-installing');
    await expect
      .poll(() => row.getAttribute('data-state'), { timeout: 60_000, interval: 250 })
      .toBe('ready');
    const entries = Number((await row.locator('.dict-state').textContent())!.replace(/\D/g, ''));
    expect(entries).toBeGreaterThan(100_000);
    await screenshot(options, 'options-dict-ready');

    await row.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 30_000 }).toBe('absent');
    expect(await row.textContent()).toContain('Not installed');
  });
});
