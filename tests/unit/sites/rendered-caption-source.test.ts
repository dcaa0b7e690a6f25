// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { disneyPlus, primeVideo, youtube } from '../../../utils/sites/descriptions';
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

  it('follows text rewritten in place and boxes hidden by style, skipping a hidden box’s old text', async () => {
    document.body.replaceChildren();
    const overlay = document.createElement('div');
    overlay.className = 'atvwebplayersdk-captions-overlay';
    const spans = ['', ''].map(() => {
      const span = document.createElement('span');
      span.className = 'atvwebplayersdk-captions-text';
      span.append(document.createTextNode(''));
      overlay.append(span);
      return span;
    });
    document.body.append(overlay);
    const shown: ShownCue[][] = [];
    const source = renderedCaptionSource({
      captions: primeVideo.captions!,
      nativeCaptions: [],
      clock: () => 0,
      label: 'Prime Video captions',
      hint: '',
    });
    source.start({ show: (c) => shown.push(c), describe: () => undefined }, abort.signal);
    (spans[0]!.firstChild as Text).data = '치맥 어때?';
    (spans[1]!.firstChild as Text).data = '내가 쏠게.';
    await flush();
    spans[1]!.style.display = 'none';
    await flush();
    (spans[0]!.firstChild as Text).data = '';
    spans[0]!.style.display = 'none';
    await flush();
    expect(shown.map((cues) => cues.map((c) => c.text))).toEqual([
      ['치맥 어때?\n내가 쏠게.'],
      ['치맥 어때?'],
      [],
    ]);
  });

  it('finds a container inside an open shadow root', async () => {
    document.body.replaceChildren();
    const host = document.createElement('disney-web-player');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    wrapper.className = 'dss-subtitle-renderer-wrapper';
    root.append(wrapper);
    const shown: ShownCue[][] = [];
    const source = renderedCaptionSource({
      captions: disneyPlus.olderCaptions![0]!,
      nativeCaptions: disneyPlus.nativeCaptions,
      clock: () => 0,
      label: 'Disney+ captions (older player)',
      hint: '',
    });
    source.start({ show: (c) => shown.push(c), describe: () => undefined }, abort.signal);
    const line = document.createElement('div');
    line.className = 'dss-subtitle-renderer-line';
    line.textContent = '막내야, 커피 좀 타 와.';
    wrapper.append(line);
    await flush();
    expect(shown.at(-1)?.map((c) => c.text)).toEqual(['막내야, 커피 좀 타 와.']);
    source.setNativeHidden(true);
    expect(root.querySelector('style[data-nunchi="hide-native-captions"]')?.textContent).toContain(
      '.dss-subtitle-renderer-wrapper',
    );
  });
});
