// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { DictStatus } from '../../../utils/messaging/protocol';
import { CATEGORIES, type Language } from '../../../utils/notes/schema';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { getSettings, updateSettings } from '../../../utils/settings/storage';

/** A stand-in background for dict.* whose install advances one step per status poll. */
let dicts: Record<Language, DictStatus>;
let requests: string[];

beforeEach(() => {
  fakeBrowser.reset();
  requests = [];
  dicts = {
    ko: { lang: 'ko', state: 'ready', progress: 1, entries: 8315 },
    zh: { lang: 'zh', state: 'absent', progress: 0, entries: 0 },
    ja: { lang: 'ja', state: 'absent', progress: 0, entries: 0 },
  };
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const { type, payload } = message as { type: string; payload: { lang: Language } };
    requests.push(`${type} ${payload.lang}`);
    const current = dicts[payload.lang];
    if (type === 'dict.install') {
      dicts[payload.lang] = { ...current, state: 'installing', progress: 0 };
    } else if (type === 'dict.remove') {
      dicts[payload.lang] = { ...current, state: 'absent', progress: 0, entries: 0 };
    } else if (type === 'dict.status' && current.state === 'installing') {
      const progress = Math.min(1, current.progress + 0.5);
      dicts[payload.lang] =
        progress === 1
          ? { ...current, state: 'ready', progress: 1, entries: 113594 }
          : { ...current, progress };
    }
    sendResponse({ ok: true, value: type === 'dict.status' ? current : dicts[payload.lang] });
    return true;
  });
});
afterEach(() => {
  cleanup();
});

async function renderPage() {
  render(<OptionsApp />);
  await screen.findByTestId('language-ko');
}

describe('options page', () => {
  it('has one section per language', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { name: /Korean/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Chinese/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Japanese/ })).toBeTruthy();
    const ko = within(screen.getByTestId('language-ko'));
    expect(ko.getAllByRole('checkbox')).toHaveLength(2 + CATEGORIES.length);
  });

  it('stores a language switched off and keeps it after a reload', async () => {
    await renderPage();
    const ko = within(screen.getByTestId('language-ko'));
    const enabled = ko.getByRole('checkbox', { name: /Read Korean subtitles/ });
    expect(enabled).toHaveProperty('checked', true);
    fireEvent.click(enabled);
    await waitFor(async () => expect((await getSettings()).languages.ko.enabled).toBe(false));
    expect((await getSettings()).languages.zh.enabled).toBe(true);
    cleanup();
    await renderPage();
    expect(
      within(screen.getByTestId('language-ko')).getByRole('checkbox', { name: /Read Korean/ }),
    ).toHaveProperty('checked', false);
  });

  it('stores which note categories to show, in a stable order', async () => {
    await renderPage();
    const zh = within(screen.getByTestId('language-zh'));
    fireEvent.click(zh.getByRole('checkbox', { name: 'Slang & internet language' }));
    fireEvent.click(zh.getByRole('checkbox', { name: 'Idioms' }));
    fireEvent.click(zh.getByRole('checkbox', { name: 'Idioms' }));
    await waitFor(async () =>
      expect((await getSettings()).languages.zh.categories).toEqual(
        CATEGORIES.filter((c) => c !== 'slang'),
      ),
    );
    expect((await getSettings()).languages.ko.categories).toEqual([...CATEGORIES]);
  });

  it('stores the preferred subtitle language order, moved with up and down', async () => {
    await renderPage();
    const order = within(screen.getByTestId('language-order'));
    const names = () =>
      [...screen.getByTestId('language-order').querySelectorAll('li')].map((li) =>
        li.getAttribute('data-lang'),
      );
    expect(names()).toEqual(['ko', 'zh', 'ja']);
    expect(order.getByRole('button', { name: 'Move Korean up' })).toHaveProperty('disabled', true);
    fireEvent.click(order.getByRole('button', { name: 'Move Chinese up' }));
    expect(names()).toEqual(['zh', 'ko', 'ja']);
    fireEvent.click(order.getByRole('button', { name: 'Move Korean down' }));
    await waitFor(async () =>
      expect((await getSettings()).languageOrder).toEqual(['zh', 'ja', 'ko']),
    );
    expect(order.getByRole('button', { name: 'Move Korean down' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('stores romanization per language', async () => {
    await renderPage();
    fireEvent.click(
      within(screen.getByTestId('language-ja')).getByRole('checkbox', { name: /readings/ }),
    );
    await waitFor(async () => expect((await getSettings()).languages.ja.romanization).toBe(false));
    expect((await getSettings()).languages.ko.romanization).toBe(true);
  });

  it('stores the overlay switches', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('checkbox', { name: /Pause the video/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Hide the site’s own captions/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Pause at the end of each line/ }));
    await waitFor(async () =>
      expect((await getSettings()).overlay).toEqual({
        ...DEFAULT_SETTINGS.overlay,
        pauseOnHover: false,
        hideNativeCaptions: false,
        autoPause: true,
      }),
    );
  });

  it('previews the subtitle size live and stores the last value of a drag', async () => {
    await renderPage();
    const slider = screen.getByRole('slider');
    for (const size of [30, 36, 44]) fireEvent.change(slider, { target: { value: String(size) } });
    const sample = within(screen.getByTestId('font-preview')).getByText(/큰일이야/);
    expect(sample.style.fontSize).toBe('44px');
    await waitFor(async () => expect((await getSettings()).overlay.fontSize).toBe(44));
  });

  it('captures a new save key', async () => {
    await renderPage();
    const button = screen.getByRole('button', { name: 'Save key' });
    fireEvent.click(button);
    expect(button.textContent).toBe('Press a key…');
    fireEvent.keyDown(button, { key: 'Tab' });
    fireEvent.keyDown(button, { key: 'K' });
    await waitFor(async () => expect((await getSettings()).saveKey).toBe('k'));
    expect(screen.getByText('K', { selector: 'kbd' })).toBeTruthy();
  });

  it('follows a change made in another tab', async () => {
    await renderPage();
    await updateSettings((s) => ({ ...s, overlay: { ...s.overlay, visible: false } }));
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: /Show Nunchi’s subtitles/ })).toHaveProperty(
        'checked',
        false,
      ),
    );
  });
});

describe('options page: dictionaries', () => {
  it('shows installed dictionaries with their entry count', async () => {
    await renderPage();
    const ko = screen.getByTestId('dict-ko');
    await waitFor(() => expect(ko.textContent).toContain('8,315 entries'));
    expect(within(ko).getByRole('button', { name: 'Remove' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('dict-zh').textContent).toContain('Not installed'),
    );
  });

  it('installs a dictionary with a progress bar until it is ready', async () => {
    await renderPage();
    const zh = screen.getByTestId('dict-zh');
    fireEvent.click(await within(zh).findByRole('button', { name: 'Install' }));
    await waitFor(() => expect(zh.dataset.state).toBe('installing'));
    expect(within(zh).getByRole('progressbar')).toBeTruthy();
    await waitFor(() => expect(zh.textContent).toContain('113,594 entries'));
    expect(requests).toContain('dict.install zh');
  });

  it('removes a dictionary', async () => {
    await renderPage();
    const ko = screen.getByTestId('dict-ko');
    fireEvent.click(await within(ko).findByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(ko.textContent).toContain('Not installed'));
    expect(requests).toContain('dict.remove ko');
  });

  it('names the data sources and their licences', async () => {
    await renderPage();
    const about = screen.getByRole('region', { name: /About Nunchi/ });
    for (const text of [
      'CC-CEDICT',
      'MDBG',
      'EDRDG',
      'JMdict',
      'kengdic',
      'Mozilla Public License 2.0',
    ])
      expect(about.textContent).toContain(text);
    expect(about.textContent).toMatch(/CC BY-SA 4\.0/);
  });
});
