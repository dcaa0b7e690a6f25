// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteCard } from '../../../components/cards/note-card';
import { wordCard } from '../../../components/cards/word-card';
import { cueLine } from '../../../components/overlay/cue-line';
import { append, h } from '../../../components/overlay/dom';
import { guidePanel, helpPanel } from '../../../components/overlay/panels';
import { shortcutList } from '../../../utils/overlay/shortcuts';
import type { LineView, NoteCardView, WordCardView } from '../../../utils/overlay/view';
import { testNote } from '../note-fixture';
import { actions, emptyView, flush, lineView, mountOverlay } from '../overlay/dom-fixture';

afterEach(() => document.body.replaceChildren());

const MARKUP = '<b>굵게</b> <img src=x onerror="window.pwned=1"> <script>window.pwned=2</script>';

/** Puts built nodes in a container attached to the document. */
function mount(...children: (Node | string | null | false | undefined)[]): HTMLElement {
  const container = h('div');
  append(container, children);
  document.body.append(container);
  return container;
}

describe('the element builder', () => {
  it('turns strings into text and values into attributes, never into markup', () => {
    const element = h('p', { title: MARKUP, hidden: false, 'data-x': 3, open: true }, MARKUP);
    expect(element.textContent).toBe(MARKUP);
    expect(element.querySelector('b, img, script')).toBeNull();
    expect(element.getAttribute('title')).toBe(MARKUP);
    expect(element.hasAttribute('hidden')).toBe(false);
    expect(element.getAttribute('data-x')).toBe('3');
    expect(element.getAttribute('open')).toBe('');
  });
});

describe('cueLine', () => {
  it('shows markup in a subtitle line as the characters it is', () => {
    const { element } = cueLine(lineView({ key: 'k', text: MARKUP }), actions());
    expect(element.getAttribute('data-testid')).toBe('nunchi-cue');
    expect(element.textContent).toBe(MARKUP);
    expect(element.querySelector('b, img, script')).toBeNull();
  });

  it('marks notes with their id, headword and category, reports hovers and lights the hovered stretch', () => {
    const note = testNote({ id: 'ko.nun-i-nopda', headword: '눈이 높다', category: 'idiom' });
    const text = '누나는 눈이 높아';
    const spy = actions();
    const line = cueLine(lineView({ key: 'k', text }, 'word', [{ start: 4, end: 9, note }]), spy);
    mount(line.element);
    const mark = line.element.querySelector('[data-note-id]')!;
    expect(mark.getAttribute('data-note-id')).toBe('ko.nun-i-nopda');
    expect(mark.getAttribute('data-headword')).toBe('눈이 높다');
    expect(mark.getAttribute('data-category')).toBe('idiom');
    expect(mark.textContent).toBe('눈이 높아');
    fireEvent.pointerEnter(mark);
    expect(spy.hoverSegment).toHaveBeenCalledWith(
      'k',
      expect.objectContaining({ kind: 'mark', start: 4 }),
      expect.anything(),
    );
    const word = line.element.querySelector('[data-word="누나는"]')!;
    fireEvent.pointerLeave(word);
    expect(spy.leaveSegment).toHaveBeenCalled();

    line.setHover({ cueKey: 'k', start: 0, end: 3 });
    expect(word.classList.contains('active')).toBe(true);
    expect(mark.classList.contains('active')).toBe(false);
    line.setHover({ cueKey: 'other', start: 0, end: 3 });
    expect(word.classList.contains('active')).toBe(false);
  });
});

const base = {
  cue: { key: 'k', text: '눈이 높다' },
  surface: '눈이 높다',
  anchor: { left: 0, top: 0, right: 1, bottom: 1 },
  saving: false,
  following: null,
};
const cardActions = (save = vi.fn(), saveJoined = vi.fn()) => ({ save, saveJoined });

describe('noteCard', () => {
  const note = testNote({
    id: 'ko.nun-i-nopda',
    headword: '눈이 높다',
    reading: 'nuni nopda',
    pitfall: true,
    equivalents: [{ lang: 'en', text: 'to be picky' }],
    meaning: '<i>high</i> standards',
    example: { text: 'example line', translation: 'example translation' },
  });
  const card: NoteCardView = {
    ...base,
    kind: 'note',
    note,
    related: [{ id: 'zh.yan-gao', lang: 'zh', headword: '眼光高' }],
    saved: 'Added this context',
  };

  it('shows every field as text, the pitfall flag, related notes and the save confirmation', () => {
    const onSave = vi.fn();
    const view = within(mount(...noteCard(card, true, 's', cardActions(onSave))));
    for (const text of [
      'nuni nopda',
      'literal sense',
      'cultural background',
      'what a subtitle loses',
      'who says it',
      'example line',
      'example translation',
      'Often mistranslated',
      'English: to be picky',
      'Chinese: 眼光高',
      'Added this context',
    ]) {
      expect(view.getByText(text, { exact: false })).toBeTruthy();
    }
    expect(view.getByText('<i>high</i> standards')).toBeTruthy();
    expect(view.getByTestId('nunchi-card-headword').textContent).toBe('눈이 높다');
    fireEvent.click(view.getByTestId('nunchi-save'));
    expect(onSave).toHaveBeenCalledOnce();
    expect(view.queryByText('Saving…')).toBeNull();
    expect(view.getByTestId('nunchi-save').textContent).toBe('SaveS');
  });

  it('hides the romanization when the viewer turned it off, and disables saving while it runs', () => {
    const view = within(
      mount(...noteCard({ ...card, saving: true }, false, 'Enter', cardActions())),
    );
    expect(view.queryByText('nuni nopda')).toBeNull();
    const button = view.getByTestId<HTMLButtonElement>('nunchi-save');
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Saving…Enter');
  });
});

describe('wordCard', () => {
  const found: WordCardView = {
    ...base,
    kind: 'word',
    surface: '먹었어요',
    saved: null,
    lookup: {
      state: 'found',
      romanized: 'meokda',
      result: {
        surface: '먹었어요',
        lemma: '먹다',
        reasons: ['past', 'polite'],
        entries: [
          {
            headword: '먹다',
            variants: [],
            reading: '',
            senses: [{ pos: ['verb'], glosses: ['to eat', 'to have'] }],
            tags: [],
          },
        ],
      },
    },
  };

  it('says which dictionary form the hovered form came from, with its steps', () => {
    const view = within(mount(...wordCard(found, 'ko', 's', cardActions())));
    expect(view.getByTestId('nunchi-derivation').textContent).toBe(
      '먹었어요 ← 먹다: past + polite',
    );
    expect(view.getByText('meokda')).toBeTruthy();
    expect(view.getByText('to eat; to have')).toBeTruthy();
    expect(view.getByText('verb', { exact: false })).toBeTruthy();
  });

  it('shows install progress, a missing dictionary and no entry in words', () => {
    const installing = within(
      mount(
        ...wordCard(
          { ...found, lookup: { state: 'installing', progress: 0.42 } },
          'zh',
          's',
          cardActions(),
        ),
      ),
    );
    expect(installing.getByText('Installing the Chinese dictionary… 42%')).toBeTruthy();
    const bar = installing.getByTestId('nunchi-dict-installing').querySelector('.progress span');
    expect((bar as HTMLElement).style.width).toBe('42%');
    const none = within(
      mount(...wordCard({ ...found, lookup: { state: 'none' } }, 'ko', 's', cardActions())),
    );
    expect(none.getByTestId('nunchi-dict-none').textContent).toBe(
      'No dictionary entry for “먹었어요”.',
    );
    const missing = within(
      mount(
        ...wordCard(
          { ...found, lookup: { state: 'missing', message: 'Not installed.' } },
          'ko',
          's',
          cardActions(),
        ),
      ),
    );
    expect(missing.getByText('Not installed.')).toBeTruthy();
  });
});

describe('mountOverlayUi', () => {
  const lineOf = (key: string, text: string): LineView => lineView({ key, text });

  function setUp() {
    const mounted = mountOverlay(emptyView('ko'));
    const cues = () => [...mounted.shadow.querySelectorAll('[data-testid="nunchi-cue"]')];
    return { ...mounted, cues };
  }

  it('keeps the element of a line that stays on screen, so a hovered word is not replaced', async () => {
    const { store, cues } = setUp();
    const first = lineOf('t1', '첫 줄이에요');
    store.set({ lines: [first] });
    await flush();
    const [element] = cues();
    store.set({
      lines: [first, lineOf('t2', '둘째 줄')],
      hover: { cueKey: 't1', start: 0, end: 1 },
    });
    await flush();
    expect(cues()).toHaveLength(2);
    expect(cues()[0]).toBe(element);
    expect(element!.querySelector('.word.active')?.textContent).toBe('첫');
  });

  it('draws a line again when its readings arrive', async () => {
    const { store, cues } = setUp();
    const line = lineView({ key: 't1', text: '我们' }, 'char');
    store.set({ lines: [line] });
    await flush();
    expect(cues()[0]!.querySelector('rt')).toBeNull();
    store.set({ lines: [{ ...line, readings: [{ start: 0, end: 1, text: 'wǒ' }] }] });
    await flush();
    expect(cues()[0]!.querySelector('rt')?.getAttribute('data-rt')).toBe('wǒ');
  });

  it('takes the lines away while hidden (key N) and brings them back', async () => {
    const { store, cues } = setUp();
    store.set({ lines: [lineOf('t1', '안녕')] });
    await flush();
    expect(cues()).toHaveLength(1);
    store.set({ visible: false });
    await flush();
    expect(cues()).toHaveLength(0);
    store.set({ visible: true });
    await flush();
    expect(cues()).toHaveLength(1);
  });

  it('opens, refills and closes one card element, with the test hooks', async () => {
    const { shadow, store } = setUp();
    const note = testNote({ id: 'ko.oppa', headword: '오빠', category: 'address' });
    store.set({ card: { ...base, kind: 'note', note, related: [], saved: null } });
    await flush();
    const card = shadow.querySelector('[data-testid="nunchi-note-card"]');
    expect(card?.getAttribute('data-category')).toBe('address');
    store.set((s) => ({ card: s.card && { ...s.card, saved: 'Saved' } }));
    await flush();
    expect(shadow.querySelector('[data-testid="nunchi-saved"]')?.textContent).toBe('Saved');
    expect(shadow.querySelector('.card')).toBe(card);
    store.set({ card: null });
    await flush();
    expect(shadow.querySelector('.card')).toBeNull();
  });

  it('offers to point at the captions while none are read, where the source can take them', async () => {
    const { shadow, store, actions: spy } = setUp();
    const pick = () => shadow.querySelector<HTMLButtonElement>('[data-testid="nunchi-pick"]')!;
    store.set({ lang: null, pointerOver: true });
    await flush();
    // The source cannot read what is pointed at (a track, a file): no button.
    expect(pick().hidden).toBe(true);
    store.set({ canPick: true });
    await flush();
    expect(pick().hidden).toBe(false);
    fireEvent.click(pick());
    expect(spy.pickCaptions).toHaveBeenCalledOnce();
    // Lines are read: the key (Shift+C) is still there, the button makes room.
    store.set({ lang: 'ko' });
    await flush();
    expect(pick().hidden).toBe(true);
  });

  it('shows a notice and removes everything it added on unmount', async () => {
    const { shadow, store, unmount } = setUp();
    store.set({ notice: { kind: 'error', text: 'Could not read “a.srt”' } });
    await flush();
    expect(shadow.querySelector('[data-testid="nunchi-notice"]')?.getAttribute('role')).toBe(
      'alert',
    );
    unmount();
    expect(shadow.querySelector('style, .layer')).toBeNull();
  });
});

describe('cueLine rows, speakers, italics and readings', () => {
  it('shows speaker labels apart from the words, one per row, and italics as style', () => {
    const { element } = cueLine(
      lineView({ key: 'k', text: '뭐 해?\n지은: 아무것도 아니야.', speaker: '민수', italic: true }),
      actions(),
    );
    expect(element.classList.contains('italic')).toBe(true);
    const labels = [...element.querySelectorAll('[data-testid="nunchi-speaker"]')];
    expect(labels.map((l) => l.getAttribute('data-speaker'))).toEqual(['민수', '지은']);
    // The names are drawn from attributes: the cue's text is the words alone.
    expect(element.textContent).toBe('뭐 해?\n아무것도 아니야.');
    // Each label sits at the start of its row.
    expect(element.firstChild).toBe(labels[0]);
    expect(labels[1]!.nextSibling?.textContent).toBe('아무것도');
  });

  it('puts a reading over one character inside its hover target', () => {
    const text = '我们';
    const readings = [
      { start: 0, end: 1, text: 'wǒ' },
      { start: 1, end: 2, text: 'men' },
    ];
    const { element } = cueLine(lineView({ key: 'k', text }, 'char', [], readings), actions());
    const words = [...element.querySelectorAll('[data-word]')];
    expect(words.map((w) => w.querySelector('rt')?.getAttribute('data-rt'))).toEqual(['wǒ', 'men']);
    expect(element.textContent).toBe('我们');
  });

  it('holds several hover targets under one reading, and reads inside a mark', () => {
    const note = testNote({ id: 'ja.honto', headword: '本当' });
    const text = '本当に美味しい';
    const readings = [
      { start: 0, end: 2, text: 'ほんとう' },
      { start: 3, end: 5, text: 'おい' },
    ];
    const { element } = cueLine(
      lineView({ key: 'k', text }, 'char', [{ start: 0, end: 2, note }], readings),
      actions(),
    );
    const mark = element.querySelector('[data-note-id="ja.honto"]')!;
    expect(mark.querySelector('rt')?.getAttribute('data-rt')).toBe('ほんとう');
    const group = [...element.children].find((c) => c.tagName === 'RUBY')!;
    expect([...group.querySelectorAll('[data-word]')].map((w) => w.textContent)).toEqual([
      '美',
      '味',
    ]);
    expect(group.querySelector(':scope > rt')?.getAttribute('data-rt')).toBe('おい');
    expect(element.textContent).toBe(text);
  });

  it('leaves out a reading that would cut a hover target in two', () => {
    const text = '먹었어요';
    const { element } = cueLine(
      lineView({ key: 'k', text }, 'word', [], [{ start: 1, end: 6, text: 'x' }]),
      actions(),
    );
    expect(element.querySelector('rt')).toBeNull();
  });
});

describe('saving a sentence over two lines', () => {
  it('offers the next line only when the card has one, and reports which button was used', () => {
    const save = vi.fn();
    const saveJoined = vi.fn();
    const note = testNote({ id: 'ko.oppa', headword: '오빠' });
    const card: NoteCardView = {
      ...base,
      kind: 'note',
      note,
      related: [],
      saved: null,
      following: { text: '인사해.' },
    };
    const view = within(mount(...noteCard(card, true, 's', cardActions(save, saveJoined))));
    const joined = view.getByTestId('nunchi-save-joined');
    expect(joined.textContent).toBe('Save with next lineShift+S');
    expect(joined.getAttribute('title')).toContain('인사해.');
    fireEvent.click(joined);
    expect(saveJoined).toHaveBeenCalledOnce();
    expect(save).not.toHaveBeenCalled();
    const alone = within(
      mount(...noteCard({ ...card, following: null }, true, 's', cardActions())),
    );
    expect(alone.queryByTestId('nunchi-save-joined')).toBeNull();
  });
});

describe('guide and help panels', () => {
  it('lists the notes with their moment, jumps there, and asks for the rest on request', () => {
    const seekTo = vi.fn();
    const showAll = vi.fn();
    const panel = guidePanel(
      {
        all: false,
        later: 3,
        complete: true,
        wholeTrack: true,
        entries: [
          {
            noteId: 'ko.nuni-nopda',
            headword: '눈이 높다',
            category: 'idiom',
            surface: '눈이 높아서',
            line: '어머, 지은이가 눈이 높아서',
            startMs: 83_500,
            count: 2,
          },
        ],
      },
      { seekTo, showAll, close: vi.fn() },
    );
    const view = within(mount(panel));
    const item = view.getByTestId('nunchi-guide-item');
    expect(item.getAttribute('data-note-id')).toBe('ko.nuni-nopda');
    expect(item.textContent).toBe('1:23눈이 높다눈이 높아서×2');
    fireEvent.click(item);
    expect(seekTo).toHaveBeenCalledWith(83_500);
    const scope = view.getByTestId('nunchi-guide-all');
    expect(scope.textContent).toBe('Show all (3 later: spoilers)');
    fireEvent.click(scope);
    expect(showAll).toHaveBeenCalledWith(true);
  });

  it('says when there is nothing to list yet', () => {
    const panel = guidePanel(
      { all: false, later: 0, complete: false, wholeTrack: false, entries: [] },
      { seekTo: vi.fn(), showAll: vi.fn(), close: vi.fn() },
    );
    expect(panel.textContent).toContain('No notes in the lines so far.');
    expect(panel.textContent).toContain('Still marking');
    expect(panel.querySelector('[data-testid="nunchi-guide-all"]')).toBeNull();
  });

  it('lists the keys', () => {
    const close = vi.fn();
    const panel = helpPanel(shortcutList('s'), close);
    const view = within(mount(panel));
    expect(view.getByText('Previous line')).toBeTruthy();
    expect(view.getByText('Shift+S')).toBeTruthy();
    fireEvent.click(view.getByLabelText('Close'));
    expect(close).toHaveBeenCalledOnce();
  });
});
