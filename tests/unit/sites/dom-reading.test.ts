// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { captionText, isDisplayed } from '../../../utils/sites/caption-text';
import {
  isValidDeepSelector,
  queryDeep,
  queryDeepAll,
  shadowScopes,
  splitSelectorList,
} from '../../../utils/sites/deep-query';
import { NativeCaptionHider } from '../../../utils/sites/native-captions';
import { el } from './dom-helpers';

beforeEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('splitSelectorList', () => {
  it.each([
    ['a, b', ['a', 'b']],
    ['a >>> b, c', ['a >>> b', 'c']],
    [':is(a, b) > c, d', [':is(a, b) > c', 'd']],
    ['[data-x="a,b"], e', ['[data-x="a,b"]', 'e']],
    ["[title='x, \\'y']", ["[title='x, \\'y']"]],
    ['  ', []],
  ])('%j → %j', (list, parts) => {
    expect(splitSelectorList(list)).toEqual(parts);
  });
});

describe('queryDeep', () => {
  it('enters open shadow roots at >>> steps, level by level', () => {
    const outer = el('outer-player');
    document.body.append(outer);
    const first = outer.attachShadow({ mode: 'open' });
    const inner = el('inner-player');
    first.append(inner);
    const second = inner.attachShadow({ mode: 'open' });
    const video = el('video', { class: 'main' });
    second.append(el('div', { class: 'box' }, video));

    expect(queryDeep(document, 'video')).toBeNull();
    expect(queryDeep(document, 'outer-player >>> inner-player >>> .box video')).toBe(video);
    expect(queryDeep(document, 'outer-player >>> .box video')).toBeNull();
    expect(queryDeepAll(document, 'video.none, outer-player >>> inner-player >>> video')).toEqual([
      video,
    ]);
  });

  it('skips closed shadow roots and hosts without one', () => {
    const closed = el('closed-player');
    document.body.append(closed, el('plain-host'));
    closed.attachShadow({ mode: 'closed' }).append(el('video'));
    expect(queryDeepAll(document, 'closed-player >>> video, plain-host >>> video')).toEqual([]);
  });

  it('accepts only selectors the browser accepts in every step', () => {
    expect(isValidDeepSelector('a >>> b.c, d', document)).toBe(true);
    expect(isValidDeepSelector('a >>> [', document)).toBe(false);
    expect(isValidDeepSelector('', document)).toBe(false);
  });

  it('names the shadow roots a selector reaches, for style sheets', () => {
    const host = el('x-player');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    expect(shadowScopes(document, '.a, x-player >>> .b')).toEqual([
      { scope: document, selector: '.a' },
      { scope: root, selector: '.b' },
    ]);
  });
});

describe('NativeCaptionHider', () => {
  it('hides with a document sheet and a sheet in each shadow root reached, then removes both', () => {
    const host = el('x-player');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const hider = new NativeCaptionHider(['.page-captions', 'x-player >>> .captions']);
    hider.hidden = true;
    const sheets = () => [
      ...document.querySelectorAll('style[data-nunchi="hide-native-captions"]'),
      ...root.querySelectorAll('style[data-nunchi="hide-native-captions"]'),
    ];
    expect(sheets().map((s) => s.textContent)).toEqual([
      '.page-captions { visibility: hidden !important; }',
      '.captions { visibility: hidden !important; }',
    ]);
    hider.refresh();
    expect(sheets()).toHaveLength(2);
    hider.hidden = false;
    expect(sheets()).toHaveLength(0);
  });
});

describe('captionText', () => {
  it('turns <br> and blocks into line breaks', () => {
    const line = el('div', {}, el('span', {}, '눈치 좀 챙겨.', el('br'), '분위기 파악'));
    expect(captionText(line)).toBe('눈치 좀 챙겨.\n분위기 파악');
    const blocks = el('div', {}, el('p', {}, '하나'), el('p', {}, '둘'));
    expect(captionText(blocks).trim().split(/\n+/)).toEqual(['하나', '둘']);
  });

  it('leaves out ruby readings and their parentheses', () => {
    const line = el(
      'span',
      {},
      el('ruby', {}, '先輩', el('rp', {}, '('), el('rt', {}, 'せんぱい'), el('rp', {}, ')')),
      '、お疲れ様です。',
    );
    expect(captionText(line)).toBe('先輩、お疲れ様です。');
  });

  it('leaves out what the player hides with display or hidden, but not with visibility', () => {
    const line = el(
      'div',
      {},
      el('span', {}, '보이는 줄'),
      el('span', { style: 'display: none' }, '지난 줄'),
      el('span', { hidden: '' }, '숨은 줄'),
      el('span', { style: 'visibility: hidden' }, ' 가려진 줄'),
    );
    document.body.append(line);
    expect(captionText(line)).toBe('보이는 줄 가려진 줄');
    expect(isDisplayed(line.children[1]!)).toBe(false);
    expect(isDisplayed(line.children[3]!)).toBe(true);
  });

  it('gives markup in caption text back as the characters it is', () => {
    const line = el('span', {}, '<b>진짜요?</b>');
    expect(captionText(line)).toBe('<b>진짜요?</b>');
  });
});
