// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Ruby } from '../../../utils/messaging/protocol';
import { createOverlayController } from '../../../utils/overlay/controller';
import type { Store } from '../../../utils/overlay/store';
import type { OverlayView } from '../../../utils/overlay/view';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { settingsItem } from '../../../utils/settings/storage';
import type { CueSink, CueSource, ShownCue } from '../../../utils/sites/types';

/**
 * The subtitles' own readings go over the computed ones, only while the viewer has readings on
 * for the language; styles and positions pass through to the line the UI draws.
 */

const LINE: ShownCue = {
  key: 't0',
  text: '今日は東京へ',
  startMs: 0,
  endMs: 2000,
  ruby: [{ start: 3, end: 5, reading: 'とうきょう' }],
  styles: [{ start: 0, end: 2, italic: true }],
  position: { vertical: 'top' },
};
/** What the background computes for the line: a reading over 今日 and a wrong one over 東京. */
const COMPUTED: Ruby[] = [
  { start: 0, end: 2, text: 'きょう' },
  { start: 3, end: 5, text: 'ひがしきょう' },
];

let abort: AbortController;
let view: Store<OverlayView>;
let asked: string[];

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const { type, payload } = message as { type: string; payload: { lines?: string[] } };
    asked.push(type);
    const value =
      type === 'lines.annotate'
        ? { packNotes: 0, marks: payload.lines!.map(() => []), notes: [] }
        : type === 'lines.readings'
          ? { readings: payload.lines!.map(() => COMPUTED), complete: true }
          : { ok: true };
    (sendResponse as (reply: unknown) => void)({ ok: true, value });
    return true;
  });
  abort = new AbortController();
});
afterEach(() => {
  abort.abort();
  document.body.replaceChildren();
});

async function showLine(): Promise<void> {
  const video = document.createElement('video');
  document.body.append(video);
  const controller = await createOverlayController({
    video,
    site: { name: 'Test', timestamp: 'none', nativeCaptions: [] },
    signal: abort.signal,
    mountUi: (_shadow, _container, store) => {
      view = store;
      return () => undefined;
    },
  });
  const source: CueSource = {
    start(sink: CueSink) {
      sink.describe({ label: 'file', langTag: 'ja', lines: 1, sample: [LINE.text], problem: '' });
      sink.show([LINE]);
    },
    setNativeHidden: () => undefined,
  };
  controller.setSource(source);
}

describe('the overlay’s lines with the source’s styles, place and readings', () => {
  it('draws the source’s reading where it has one and the computed one elsewhere', async () => {
    await showLine();
    await expect
      .poll(() => view.get().lines[0]?.readings)
      .toEqual([
        { start: 0, end: 2, text: 'きょう' },
        { start: 3, end: 5, text: 'とうきょう' },
      ]);
    const line = view.get().lines[0]!;
    expect(line.text.styles).toEqual([{ start: 0, end: 2, italic: true }]);
    expect(line.cue.position).toEqual({ vertical: 'top' });
  });

  it('draws no readings at all when the viewer turned them off for the language', async () => {
    const languages = {
      ...DEFAULT_SETTINGS.languages,
      ja: { ...DEFAULT_SETTINGS.languages.ja, romanization: false },
    };
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, languages });
    await showLine();
    await expect.poll(() => view.get().lines.length).toBe(1);
    // The line is drawn once its marks are in: the file's reading would be there already.
    expect(view.get().lines[0]!.readings).toEqual([]);
    expect(asked).not.toContain('lines.readings');
  });
});
