// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteCard } from '../../../components/cards/note-card';
import { wordCard } from '../../../components/cards/word-card';
import { cueLine } from '../../../components/overlay/cue-line';
import { append, h } from '../../../components/overlay/dom';
import { mountOverlayUi } from '../../../components/overlay/mount';
import type { OverlayActions } from '../../../utils/overlay/controller';
import { segmentLine } from '../../../utils/overlay/segment';
import { createStore } from '../../../utils/overlay/store';
import type {
  LineView,
  NoteCardView,
  OverlayView,
  WordCardView,
} from '../../../utils/overlay/view';
import { testNote } from '../overlay/note-fixture';

afterEach(() => document.body.replaceChildren());

const actions = (): OverlayActions => ({
  hoverSegment: vi.fn(),
  leaveSegment: vi.fn(),
  enterCard: vi.fn(),
  leaveCard: vi.fn(),
  save: vi.fn(),
  loadFile: vi.fn(),
  dismissNotice: vi.fn(),
});

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
    const { element } = cueLine(
      { cue: { key: 'k', text: MARKUP }, segments: segmentLine(MARKUP, [], 'word') },
      actions(),
    );
    expect(element.getAttribute('data-testid')).toBe('nunchi-cue');
    expect(element.textContent).toBe(MARKUP);
    expect(element.querySelector('b, img, script')).toBeNull();
  });

  it('marks notes with their id, headword and category, reports hovers and lights the hovered stretch', () => {
    const note = testNote({ id: 'ko.nun-i-nopda', headword: '눈이 높다', category: 'idiom' });
    const text = '누나는 눈이 높아';
    const spy = actions();
    const line = cueLine(
      {
        cue: { key: 'k', text },
        segments: segmentLine(text, [{ start: 4, end: 9, note }], 'word'),
      },
      spy,
    );
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
};

describe('noteCard', () => {
  const note = testNote({
    id: 'ko.nun-i-nopda',
    headword: '눈이 높다',
    reading: 'nuni nopda',
    pitfall: true,
    equivalents: [{ lang: 'en', text: 'to be picky' }],
    meaning: '<i>high</i> standards',
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
    const view = within(mount(...noteCard(card, true, 's', onSave)));
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
    const view = within(mount(...noteCard({ ...card, saving: true }, false, 'Enter', vi.fn())));
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
    const view = within(mount(...wordCard(found, 'ko', 's', vi.fn())));
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
          vi.fn(),
        ),
      ),
    );
    expect(installing.getByText('Installing the Chinese dictionary… 42%')).toBeTruthy();
    const bar = installing.getByTestId('nunchi-dict-installing').querySelector('.progress span');
    expect((bar as HTMLElement).style.width).toBe('42%');
    const none = within(
      mount(...wordCard({ ...found, lookup: { state: 'none' } }, 'ko', 's', vi.fn())),
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
          vi.fn(),
        ),
      ),
    );
    expect(missing.getByText('Not installed.')).toBeTruthy();
  });
});

describe('mountOverlayUi', () => {
  const initial: OverlayView = {
    visible: true,
    lang: 'ko',
    lines: [],
    boxWidth: 1280,
    fontSize: 28,
    romanization: true,
    saveKey: 's',
    card: null,
    hover: null,
    notice: null,
    pointerOver: false,
  };
  const lineOf = (key: string, text: string): LineView => ({
    cue: { key, text },
    segments: segmentLine(text, [], 'word'),
  });
  const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

  function setUp() {
    const host = h('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const container = h('div');
    shadow.append(container);
    const store = createStore<OverlayView>(initial);
    const unmount = mountOverlayUi(shadow, container, store, actions());
    const cues = () => [...shadow.querySelectorAll('[data-testid="nunchi-cue"]')];
    return { shadow, store, unmount, cues };
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
