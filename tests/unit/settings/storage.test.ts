import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../../../utils/notes/schema';
import { DEFAULT_SETTINGS, readingOrder, type Settings } from '../../../utils/settings/schema';
import {
  getSettings,
  parseSettings,
  settingsItem,
  updateSettings,
  watchSettings,
} from '../../../utils/settings/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parseSettings', () => {
  it('keeps a valid value as is', () => {
    const custom: Settings = structuredClone(DEFAULT_SETTINGS);
    custom.overlay.fontSize = 40;
    custom.languages.zh.categories = ['idiom'];
    expect(parseSettings(custom)).toEqual(custom);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('falls back to the defaults for %s', (_what, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields of a damaged value and defaults the rest', () => {
    const raw = {
      languages: {
        ko: { enabled: false, categories: ['idiom', 'not-a-category'], romanization: false },
        zh: 'broken',
      },
      overlay: { visible: false, hideNativeCaptions: true, pauseOnHover: 'yes', fontSize: 999 },
      saveKey: '',
      extra: true,
    };
    const settings = parseSettings(raw);
    expect(settings.languages.ko).toEqual({
      enabled: false,
      categories: DEFAULT_SETTINGS.languages.ko.categories,
      romanization: false,
    });
    expect(settings.languages.zh).toEqual(DEFAULT_SETTINGS.languages.zh);
    expect(settings.overlay).toEqual({ ...DEFAULT_SETTINGS.overlay, visible: false });
    expect(settings.saveKey).toBe(DEFAULT_SETTINGS.saveKey);
    expect(settings).not.toHaveProperty('extra');
  });

  it('reads settings stored before the subtitle language order existed, with the default order', () => {
    // As version 1 stored them, before autoPause and languageOrder were added.
    const stored = {
      languages: {
        ko: { enabled: true, categories: ['idiom'], romanization: true },
        zh: { enabled: true, categories: [...CATEGORIES], romanization: false },
        ja: { enabled: false, categories: [...CATEGORIES], romanization: true },
      },
      overlay: { visible: true, hideNativeCaptions: true, pauseOnHover: false, fontSize: 32 },
      saveKey: 'q',
    };
    const settings = parseSettings(stored);
    expect(settings.languageOrder).toEqual(['ko', 'zh', 'ja']);
    expect(settings.overlay.autoPause).toBe(false);
    expect(settings.languages.ko.categories).toEqual(['idiom']);
    expect(settings.saveKey).toBe('q');
  });

  it.each([
    ['a language twice', ['zh', 'zh', 'ja']],
    ['a language missing', ['zh', 'ko']],
    ['an unknown language', ['zh', 'ko', 'th']],
  ])('refuses a subtitle language order with %s', (_what, languageOrder) => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, languageOrder }).languageOrder).toEqual(
      DEFAULT_SETTINGS.languageOrder,
    );
  });

  it('reads the enabled languages in the viewer’s order', () => {
    const settings: Settings = structuredClone(DEFAULT_SETTINGS);
    settings.languageOrder = ['zh', 'ja', 'ko'];
    settings.languages.ja.enabled = false;
    expect(readingOrder(settings)).toEqual(['zh', 'ko']);
  });

  it('never hands out the defaults object itself', async () => {
    const repaired = parseSettings({ languages: 1 });
    repaired.languages.ko.categories.length = 0;
    const read = await getSettings();
    read.overlay.fontSize = 60;
    expect(DEFAULT_SETTINGS.languages.ko.categories).toHaveLength(CATEGORIES.length);
    expect(DEFAULT_SETTINGS.overlay.fontSize).toBe(28);
  });
});

describe('settings storage', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads defaults instead of crashing on a corrupted stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not settings' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores a change and reads it back', async () => {
    await updateSettings((s) => ({ ...s, saveKey: 'k' }));
    expect((await getSettings()).saveKey).toBe('k');
    expect(await fakeBrowser.storage.local.get('settings')).toMatchObject({
      settings: { saveKey: 'k' },
    });
  });

  it('refuses to store an invalid change', async () => {
    await expect(
      updateSettings((s) => ({ ...s, overlay: { ...s.overlay, fontSize: 2 } })),
    ).rejects.toThrow();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes, validated', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, overlay: { ...s.overlay, pauseOnHover: false } }));
    await settingsItem.setValue({ broken: true });
    unwatch();
    await updateSettings((s) => ({ ...s, saveKey: 'x' }));
    expect(seen.map((s) => s.overlay.pauseOnHover)).toEqual([false, true]);
  });
});
