// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CueLine } from '../../../components/overlay/CueLine';
import { NoteCard } from '../../../components/cards/NoteCard';
import type { OverlayActions } from '../../../utils/overlay/controller';
import { segmentLine } from '../../../utils/overlay/segment';
import { testNote } from '../overlay/note-fixture';

afterEach(cleanup);

const actions = (): OverlayActions => ({
  hoverSegment: vi.fn(),
  leaveSegment: vi.fn(),
  enterCard: vi.fn(),
  leaveCard: vi.fn(),
  save: vi.fn(),
  loadFile: vi.fn(),
  dismissNotice: vi.fn(),
});

describe('CueLine', () => {
  it('shows markup in a subtitle line as the characters it is', () => {
    const text = '<b>굵게</b> <img src=x onerror="window.pwned=1"> <script>window.pwned=2</script>';
    const { container } = render(
      <CueLine
        line={{ cue: { key: 'k', text }, segments: segmentLine(text, [], 'word') }}
        hover={null}
        actions={actions()}
      />,
    );
    const cue = container.querySelector('[data-testid="nunchi-cue"]')!;
    expect(cue.textContent).toBe(text);
    expect(cue.querySelector('b, img, script')).toBeNull();
  });

  it('marks notes with their id, headword and category, and reports hovers', () => {
    const note = testNote({ id: 'ko.nun-i-nopda', headword: '눈이 높다', category: 'idiom' });
    const text = '누나는 눈이 높아';
    const line = {
      cue: { key: 'k', text },
      segments: segmentLine(text, [{ start: 4, end: 9, note }], 'word'),
    };
    const spy = actions();
    const { container } = render(<CueLine line={line} hover={null} actions={spy} />);
    const mark = container.querySelector('[data-note-id]')!;
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
    const word = container.querySelector('[data-word="누나는"]')!;
    fireEvent.pointerLeave(word);
    expect(spy.leaveSegment).toHaveBeenCalled();
  });
});

describe('NoteCard', () => {
  const note = testNote({
    id: 'ko.nun-i-nopda',
    headword: '눈이 높다',
    reading: 'nuni nopda',
    pitfall: true,
    equivalents: [{ lang: 'en', text: 'to be picky' }],
    meaning: '<i>high</i> standards',
  });
  const card = {
    kind: 'note' as const,
    note,
    related: [{ id: 'zh.yan-gao', lang: 'zh', headword: '眼光高' }],
    cue: { key: 'k', text: '눈이 높다' },
    surface: '눈이 높다',
    anchor: { left: 0, top: 0, right: 1, bottom: 1 },
    saved: 'Added this context',
    saving: false,
  };

  it('shows every field as text, the pitfall flag, related notes and the save confirmation', () => {
    const onSave = vi.fn();
    const { getByText, getByTestId, queryByText } = render(
      <NoteCard card={card} romanization saveKey="s" onSave={onSave} />,
    );
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
      expect(getByText(text, { exact: false })).toBeTruthy();
    }
    expect(getByText('<i>high</i> standards')).toBeTruthy();
    fireEvent.click(getByTestId('nunchi-save'));
    expect(onSave).toHaveBeenCalledOnce();
    expect(queryByText('Saving…')).toBeNull();
  });

  it('hides the romanization when the viewer turned it off', () => {
    const { queryByText } = render(
      <NoteCard card={card} romanization={false} saveKey="s" onSave={vi.fn()} />,
    );
    expect(queryByText('nuni nopda')).toBeNull();
  });
});
