// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cueLine } from '../../../components/overlay/cue-line';
import { OVERLAY_CSS } from '../../../components/overlay/styles';
import type { ShownCue } from '../../../utils/sites/types';
import { testNote } from '../note-fixture';
import { actions, emptyView, flush, lineView, mountOverlay } from './dom-fixture';

afterEach(() => document.body.replaceChildren());

/** The text of each styled stretch with its classes. */
const styled = (element: Element) =>
  [...element.querySelectorAll('[class^="s-"]')].map((s) => [s.className, s.textContent]);

describe('cueLine styles', () => {
  it('sets the source’s italics inside the hover targets, and hovering still reaches the word', () => {
    const spy = actions();
    const { element } = cueLine(
      lineView({
        key: 'k',
        text: '그냥 혼잣말이야',
        styles: [{ start: 0, end: 8, italic: true }],
      }),
      spy,
    );
    expect(element.textContent).toBe('그냥 혼잣말이야');
    expect(styled(element)).toEqual([
      ['s-i', '그냥'],
      ['s-i', ' '],
      ['s-i', '혼잣말이야'],
    ]);
    const word = element.querySelector('[data-word="혼잣말이야"]')!;
    expect(word.firstElementChild?.className).toBe('s-i');
    word.dispatchEvent(new Event('pointerenter'));
    expect(spy.hoverSegment).toHaveBeenCalledWith(
      'k',
      expect.objectContaining({ text: '혼잣말이야' }),
      expect.anything(),
    );
  });

  it('cuts a style at the edges of marks and words, with every combination of styles', () => {
    const note = testNote({ id: 'ko.nunchi', headword: '눈치' });
    const { element } = cueLine(
      lineView(
        {
          key: 'k',
          text: '눈치 좀 봐',
          styles: [
            { start: 1, end: 3, bold: true },
            { start: 3, end: 6, bold: true, italic: true, underline: true },
          ],
        },
        'word',
        [{ start: 0, end: 2, note }],
      ),
      actions(),
    );
    expect(element.textContent).toBe('눈치 좀 봐');
    const mark = element.querySelector('[data-note-id="ko.nunchi"]')!;
    expect(mark.textContent).toBe('눈치');
    expect(styled(mark)).toEqual([['s-b', '치']]);
    expect(styled(element)).toEqual([
      ['s-b', '치'],
      ['s-b', ' '],
      ['s-i s-b s-u', '좀'],
      ['s-i s-b s-u', ' '],
      ['s-i s-b s-u', '봐'],
    ]);
  });

  it('styles text after a speaker label taken out of the row', () => {
    const { element } = cueLine(
      lineView({ key: 'k', text: '민수: 안녕', styles: [{ start: 4, end: 6, italic: true }] }),
      actions(),
    );
    expect(element.textContent).toBe('안녕');
    expect(styled(element)).toEqual([['s-i', '안녕']]);
  });

  it('never turns a style into markup: the styled text stays text', () => {
    const text = '<b>x</b><img src=x>';
    const { element } = cueLine(
      lineView({ key: 'k', text, styles: [{ start: 0, end: text.length, italic: true }] }),
      actions(),
    );
    expect(element.textContent).toBe(text);
    expect(element.querySelector('b, img')).toBeNull();
  });
});

describe('cueLine readings from the source', () => {
  it('puts the file’s furigana over the kanji it covers, as one stretch over several targets', () => {
    const { element } = cueLine(
      lineView(
        {
          key: 'k',
          text: '東京へ行く',
          ruby: [
            { start: 0, end: 2, reading: 'とうきょう' },
            { start: 3, end: 4, reading: 'い' },
          ],
          styles: [{ start: 0, end: 2, italic: true }],
        },
        'char',
      ),
      actions(),
    );
    expect(element.classList.contains('ruby')).toBe(true);
    const group = [...element.children].find((c) => c.tagName === 'RUBY')!;
    expect(group.querySelector(':scope > rt')?.getAttribute('data-rt')).toBe('とうきょう');
    expect([...group.querySelectorAll('[data-word]')].map((w) => w.textContent)).toEqual([
      '東',
      '京',
    ]);
    expect(styled(group)).toEqual([
      ['s-i', '東'],
      ['s-i', '京'],
    ]);
    expect(element.querySelector('[data-word="行"] rt')?.getAttribute('data-rt')).toBe('い');
    // Readings are drawn from attributes: the line reads as its words alone.
    expect(element.textContent).toBe('東京へ行く');
  });
});

describe('cueLine place and rows', () => {
  it.each<[ShownCue['position'], string, string | null]>([
    [undefined, 'bottom', null],
    [{ vertical: 'top' }, 'top', null],
    [{ line: 10, align: 'start' }, 'top', 'start'],
    [{ line: 90, align: 'end' }, 'bottom', 'end'],
    [{ align: 'center' }, 'bottom', null],
  ])('%j → data-place=%s data-align=%s', (position, place, align) => {
    const { element } = cueLine(
      lineView({ key: 'k', text: 'x', ...(position && { position }) }),
      actions(),
    );
    expect(element.getAttribute('data-place')).toBe(place);
    expect(element.getAttribute('data-align')).toBe(align);
  });

  it('keeps two and three rows apart, with a label on each row that has one', () => {
    const two = cueLine(lineView({ key: 'a', text: '- 밥 먹었어?\n- 아직.' }), actions()).element;
    expect(two.textContent).toBe('- 밥 먹었어?\n- 아직.');
    const three = cueLine(
      lineView({
        key: 'b',
        text: '지은: 하나\n민수: 둘\n셋',
        styles: [{ start: 13, end: 14, italic: true }],
      }),
      actions(),
    ).element;
    expect(three.textContent).toBe('하나\n둘\n셋');
    expect(styled(three)).toEqual([['s-i', '셋']]);
    expect(
      [...three.querySelectorAll('[data-speaker]')].map((s) => s.getAttribute('data-speaker')),
    ).toEqual(['지은', '민수']);
  });

  it('centres lines and keeps their breaks (the style sheet)', () => {
    expect(OVERLAY_CSS).toMatch(/\.cue \{[^}]*white-space: pre-line;[^}]*text-align: center;/);
  });
});

describe('mountOverlayUi with placed lines', () => {
  function setUp() {
    const { shadow, store } = mountOverlay(emptyView('ja'));
    const keysIn = (testId: string) =>
      [...shadow.querySelectorAll(`[data-testid="${testId}"] [data-testid="nunchi-cue"]`)].map(
        (c) => c.getAttribute('data-cue-key'),
      );
    return { shadow, store, keysIn };
  }

  it('shows a sign on top and the dialogue at the bottom at the same time', async () => {
    const { shadow, store, keysIn } = setUp();
    const dialogue = lineView({ key: 'd', text: 'いらっしゃいませ' });
    const sign = lineView({ key: 's', text: '商店街', position: { vertical: 'top' } });
    store.set({ lines: [dialogue, sign] });
    await flush();
    expect(keysIn('nunchi-lines-top')).toEqual(['s']);
    expect(keysIn('nunchi-lines')).toEqual(['d']);
    const boxes = [...shadow.querySelectorAll('.lines')];
    expect(boxes.map((b) => b.className)).toEqual(['lines', 'lines top']);
    // Both stacks take the text size.
    expect(boxes.every((b) => (b as HTMLElement).style.fontSize === '28px')).toBe(true);

    // The sign goes: its stack leaves the page, the dialogue's element stays.
    const element = shadow.querySelector('[data-cue-key="d"]');
    store.set({ lines: [dialogue] });
    await flush();
    expect(shadow.querySelector('[data-testid="nunchi-lines-top"]')).toBeNull();
    expect(shadow.querySelector('[data-cue-key="d"]')).toBe(element);
  });

  it('stacks lines of one place by their line percentage', async () => {
    const { store, keysIn } = setUp();
    store.set({
      lines: [
        lineView({ key: 'low', text: 'a', position: { line: 84.67, vertical: 'bottom' } }),
        lineView({ key: 'plain', text: 'b' }),
        lineView({ key: 'high', text: 'c', position: { line: 70, vertical: 'bottom' } }),
        lineView({ key: 'top2', text: 'd', position: { line: 20 } }),
        lineView({ key: 'top1', text: 'e', position: { line: 5 } }),
      ],
    });
    await flush();
    expect(keysIn('nunchi-lines-top')).toEqual(['top1', 'top2']);
    expect(keysIn('nunchi-lines')).toEqual(['high', 'low', 'plain']);
  });
});
