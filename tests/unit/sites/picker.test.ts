// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCaptionElement } from '../../../utils/sites/caption-finder';
import { queryDeep } from '../../../utils/sites/deep-query';
import { parsePickedStore } from '../../../utils/sites/picked-captions';
import { pickCaptionElement } from '../../../utils/sites/picker';
import {
  captionContainerFor,
  looksGenerated,
  selectorFor,
} from '../../../utils/sites/picker-selector';
import { box, el } from './dom-helpers';

beforeEach(() => document.body.replaceChildren());

describe('looksGenerated', () => {
  it.each([
    ['player-timedtext', false],
    ['caption-window-1', false],
    ['CaptionBox', false],
    ['subtitle_text', false],
    ['css-1q2w3e', true],
    ['sc-bdVaJa', true],
    ['Caption_box__3xYz1', true],
    ['a1b2c3', true],
    ['x'.repeat(41), true],
  ])('%s → %s', (name, generated) => {
    expect(looksGenerated(name)).toBe(generated);
  });
});

describe('selectorFor', () => {
  it('prefers test ids and stable ids, and leaves hashed classes out', () => {
    const target = el('div', { 'data-testid': 'cue-box', class: 'css-9x8y7z' }, '줄');
    document.body.append(el('div', { id: 'player' }, target));
    expect(selectorFor(target)).toBe('div[data-testid="cue-box"]');
    const byId = el('div', { id: 'caption-layer', class: 'sc-AbC12' });
    document.body.append(byId);
    expect(selectorFor(byId)).toBe('div#caption-layer');
  });

  it('adds ancestors until the selector is unique, and finds the element again after the player rebuilds it', () => {
    const build = () => {
      document.body.replaceChildren(
        el('div', { class: 'menu' }, el('div', { class: 'text' }, '메뉴')),
        el(
          'div',
          { class: 'player' },
          el('div', { class: 'layer' }, el('div', { class: 'text' }, '자막')),
        ),
      );
      return document.querySelector('.player .text')!;
    };
    const selector = selectorFor(build());
    expect(document.querySelectorAll(selector)).toHaveLength(1);
    const rebuilt = build();
    expect(document.querySelector(selector)).toBe(rebuilt);
  });

  it('uses a position only when nothing else tells same-looking siblings apart', () => {
    const parent = el('section', {}, el('span', {}, 'a'), el('span', {}, 'b'));
    document.body.append(
      el('main', {}, el('article', {}, el('aside', {}, el('nav', {}, el('footer', {}, parent))))),
    );
    const second = parent.children[1]!;
    expect(document.querySelector(selectorFor(second))).toBe(second);
  });

  it('crosses shadow roots with >>>', () => {
    const host = el('x-player', { id: 'main-player' });
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const captions = el('div', { class: 'captions' }, '자막');
    root.append(el('div', { class: 'frame' }, captions));
    const selector = selectorFor(captions);
    expect(selector).toContain(' >>> ');
    expect(queryDeep(document, selector)).toBe(captions);
  });
});

describe('captionContainerFor', () => {
  it('climbs from the clicked text to the box that outlives single cues, short of the player', () => {
    const video = box(el('video'), 0, 0, 960, 540) as HTMLVideoElement;
    const line = box(el('div', { class: 'row' }, '줄'), 300, 460, 360, 30);
    const layer = box(el('div', { class: 'layer' }, line), 0, 440, 960, 80);
    const player = box(el('div', { class: 'player' }, video, layer), 0, 0, 960, 540);
    document.body.append(player);
    expect(captionContainerFor(line, video)).toBe(layer);
  });

  it('stops below an ancestor that holds controls', () => {
    const video = box(el('video'), 0, 0, 960, 540) as HTMLVideoElement;
    const line = box(el('span', {}, '줄'), 300, 460, 360, 30);
    const bar = box(el('div', {}, line, el('button', {}, '▶')), 0, 440, 960, 100);
    document.body.append(el('div', {}, video, bar));
    expect(captionContainerFor(line, video)).toBe(line);
  });
});

describe('findCaptionElement', () => {
  const player = (captions: Element) => {
    const video = box(el('video'), 0, 0, 960, 540) as HTMLVideoElement;
    document.body.append(box(el('div', { class: 'player' }, video, captions), 0, 0, 960, 540));
    return video;
  };

  it('finds the outermost caption-named box over the video', () => {
    const line = box(el('span', { class: 'subtitle-line' }, '소주 한 병'), 300, 460, 360, 30);
    const layer = box(el('div', { class: 'subtitle-layer-v2' }, line), 0, 440, 960, 80);
    expect(findCaptionElement(player(layer))).toBe(layer);
  });

  it('keeps an empty caption box between cues', () => {
    const layer = box(el('div', { class: 'ClosedCaptionLayer' }), 100, 480, 760, 0);
    expect(findCaptionElement(player(layer))).toBe(layer);
  });

  it('passes over menus, buttons, long text and boxes away from the video', () => {
    const menu = box(
      el('div', { class: 'subtitle-menu' }, el('button', {}, '한국어')),
      700,
      300,
      200,
      200,
    );
    const transcript = box(
      el('div', { class: 'captions-transcript' }, '긴 글 '.repeat(100)),
      0,
      100,
      900,
      300,
    );
    const video = player(el('div', {}, menu, transcript));
    const far = box(el('div', { class: 'caption-credit' }, '자막 제공'), 0, 900, 300, 30);
    document.body.append(far);
    expect(findCaptionElement(video)).toBeNull();
  });

  it('looks in the shadow root the video lives in', () => {
    const host = el('x-player');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const video = box(el('video'), 0, 0, 960, 540) as HTMLVideoElement;
    const captions = box(el('div', { 'aria-live': 'polite' }, '자막'), 100, 460, 760, 40);
    root.append(video, captions);
    expect(findCaptionElement(video)).toBe(captions);
  });
});

describe('pickCaptionElement', () => {
  afterEach(() => document.querySelector('nunchi-picker')?.remove());

  const setUp = () => {
    const video = box(el('video'), 0, 0, 960, 540) as HTMLVideoElement;
    const line = box(el('div', { class: 'row' }, '막내야, 커피 좀 타 와.'), 300, 460, 360, 30);
    const layer = box(el('div', { class: 'layer' }, line), 0, 440, 960, 80);
    const overlay = el('nunchi-overlay');
    document.body.append(box(el('div', {}, video, layer), 0, 0, 960, 540), overlay);
    return { video, line, layer, overlay };
  };

  it('resolves with the caption box the viewer clicked, keeps the click from the page, and cleans up', async () => {
    const { video, line, layer, overlay } = setUp();
    let pageSawClick = false;
    document.body.addEventListener('click', () => (pageSawClick = true));
    const picked = pickCaptionElement({ video, signal: new AbortController().signal });
    expect(document.querySelector('nunchi-picker')).not.toBeNull();
    // Nunchi's overlay steps aside while the viewer picks.
    expect(overlay.style.getPropertyValue('visibility')).toBe('hidden');
    line.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, composed: true }));
    line.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await expect(picked).resolves.toBe(layer);
    expect(pageSawClick).toBe(false);
    expect(document.querySelector('nunchi-picker')).toBeNull();
    expect(overlay.style.getPropertyValue('visibility')).toBe('');
  });

  it('ignores clicks on boxes without text, and Escape cancels', async () => {
    const { video } = setUp();
    const empty = box(el('div', { class: 'empty' }), 0, 0, 10, 10);
    document.body.append(empty);
    const picked = pickCaptionElement({ video, signal: new AbortController().signal });
    empty.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect(picked).resolves.toBeNull();
  });

  it('ends with null when its signal aborts', async () => {
    const { video } = setUp();
    const abort = new AbortController();
    const picked = pickCaptionElement({ video, signal: abort.signal });
    abort.abort();
    await expect(picked).resolves.toBeNull();
    expect(document.querySelector('nunchi-picker')).toBeNull();
  });
});

describe('parsePickedStore', () => {
  it('keeps string selectors of a sane length and drops the rest', () => {
    expect(
      parsePickedStore({ hulu: '.tl-box', bad: 5, long: 'x'.repeat(700), obj: { a: 1 } }),
    ).toEqual({ hulu: '.tl-box' });
    for (const junk of [null, 'x', [1], 3]) expect(parsePickedStore(junk)).toEqual({});
  });
});
