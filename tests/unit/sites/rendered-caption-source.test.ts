// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { youtube } from '../../../utils/sites/descriptions';
import { renderedCaptionSource } from '../../../utils/sites/rendered-caption-source';
import type { ShownCue, SourceInfo } from '../../../utils/sites/types';

/** Re-creates YouTube's caption window for one cue, as the player does (or removes it). */
function renderCue(container: HTMLElement, text: string | null) {
  container.replaceChildren();
  if (text === null) return;
  const window_ = document.createElement('div');
  window_.className = 'caption-window';
  const captions = document.createElement('span');
  captions.className = 'captions-text';
  const line = document.createElement('span');
  line.className = 'caption-visual-line';
  const segment = document.createElement('span');
  segment.className = 'ytp-caption-segment';
  segment.textContent = text;
  line.append(segment);
  captions.append(line);
  window_.append(captions);
  container.append(window_);
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('renderedCaptionSource', () => {
  const abort = new AbortController();
  afterEach(() => abort.abort());

  it('reports each cue once, with the line before it, and clears when captions go', async () => {
    document.body.replaceChildren();
    const container = document.createElement('div');
    container.id = 'ytp-caption-window-container';
    document.body.append(container);
    let now = 0;
    const shown: ShownCue[][] = [];
    const infos: SourceInfo[] = [];
    const source = renderedCaptionSource({
      captions: youtube.captions!,
      nativeCaptions: youtube.nativeCaptions,
      clock: () => now,
      label: 'YouTube captions',
      hint: youtube.hint,
    });
    source.start({ show: (c) => shown.push(c), describe: (i) => infos.push(i) }, abort.signal);
    expect(infos.at(-1)).toMatchObject({ lines: 0, problem: youtube.hint });

    renderCue(container, '눈이 높다');
    await flush();
    renderCue(container, '눈이 높다'); // redrawn, same cue
    await flush();
    now = 2000;
    renderCue(container, '<b>둘째</b> 줄');
    await flush();
    now = 3000;
    renderCue(container, null);
    await flush();

    expect(shown.map((cues) => cues.map((c) => [c.text, c.prev]))).toEqual([
      [['눈이 높다', undefined]],
      [['<b>둘째</b> 줄', '눈이 높다']],
      [],
    ]);
    expect(infos.at(-1)).toMatchObject({ label: 'YouTube captions', lines: 2, problem: '' });
  });

  it('hides the native captions with a page style and restores them', () => {
    const source = renderedCaptionSource({
      captions: youtube.captions!,
      nativeCaptions: youtube.nativeCaptions,
      clock: () => 0,
      label: 'YouTube captions',
      hint: '',
    });
    const style = () => document.querySelector('style[data-nunchi="hide-native-captions"]');
    source.setNativeHidden(true);
    expect(style()?.textContent).toContain('#ytp-caption-window-container');
    source.setNativeHidden(false);
    expect(style()).toBeNull();
  });
});
