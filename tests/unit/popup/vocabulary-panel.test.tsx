// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VocabularyPanel } from '../../../components/popup/VocabularyPanel';
import type { SaveRequest } from '../../../utils/messaging/protocol';
import { openVocabDb, type VocabDb } from '../../../utils/vocabulary/db';
import { saveTerm } from '../../../utils/vocabulary/repository';

let db: VocabDb;
let n = 0;
beforeEach(() => {
  db = openVocabDb(`popup-vocab-${++n}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const save = (term: string, line: string, extra: Partial<SaveRequest> = {}, at = Date.now()) =>
  saveTerm(
    db,
    {
      lang: 'ko',
      term,
      context: {
        line,
        title: 'Demo scene',
        site: 'YouTube',
        url: 'https://www.youtube.com/watch?v=abc&t=75s',
        startMs: 75_000,
      },
      ...extra,
    },
    at,
  );

const terms = () => screen.queryAllByTestId('vocab-row').map((r) => r.dataset.term);

describe('popup vocabulary', () => {
  it('lists saved words newest first with their line, source and a link back', async () => {
    await save('먹다', '밥 먹었어?', { gloss: 'to eat', reading: 'meokda' }, 1000);
    await save('눈이 높다', '눈이 너무 높아.', { gloss: 'to have high standards' }, 2000);
    render(<VocabularyPanel db={db} />);
    await waitFor(() => expect(terms()).toEqual(['눈이 높다', '먹다']));
    const row = screen.getAllByTestId('vocab-row')[1]!;
    expect(within(row).getByText('meokda')).toBeTruthy();
    expect(within(row).getByText('to eat')).toBeTruthy();
    expect(within(row).getByText('밥 먹었어?')).toBeTruthy();
    const link = within(row).getByRole('link', { name: 'Demo scene' });
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=abc&t=75s');
    expect(row.textContent).toContain('YouTube');
    expect(row.textContent).toContain('1:15');
  });

  it('shows a word saved while the popup is open', async () => {
    render(<VocabularyPanel db={db} />);
    await screen.findByText(/Nothing saved yet/);
    await save('대박', '대박이다!');
    await waitFor(() => expect(terms()).toEqual(['대박']));
    await save('먹다', '밥 먹었어?');
    await waitFor(() => expect(terms()).toEqual(['먹다', '대박']));
  });

  it('searches terms, meanings and lines', async () => {
    await save('먹다', '밥 먹었어?', { gloss: 'to eat' }, 1);
    await save('눈이 높다', '눈이 너무 높아.', { gloss: 'to have high standards' }, 2);
    render(<VocabularyPanel db={db} />);
    await waitFor(() => expect(terms()).toHaveLength(2));
    const search = screen.getByRole('searchbox');
    fireEvent.change(search, { target: { value: 'standards' } });
    await waitFor(() => expect(terms()).toEqual(['눈이 높다']));
    fireEvent.change(search, { target: { value: '밥' } });
    await waitFor(() => expect(terms()).toEqual(['먹다']));
    fireEvent.change(search, { target: { value: 'nothing like this' } });
    await screen.findByText(/Nothing saved matches/);
    fireEvent.change(search, { target: { value: '' } });
    await waitFor(() => expect(terms()).toHaveLength(2));
  });

  it('deletes a word and brings it back exactly with Undo', async () => {
    const { id } = await save('먹다', '밥 먹었어?', { gloss: 'to eat' }, 1);
    await save('먹다', '많이 먹어!', {}, 2);
    await save('대박', '대박이다!', {}, 3);
    const before = await db.entries.get(id);
    render(<VocabularyPanel db={db} />);
    await waitFor(() => expect(terms()).toEqual(['대박', '먹다']));
    fireEvent.click(screen.getByRole('button', { name: 'Delete 먹다' }));
    await waitFor(() => expect(terms()).toEqual(['대박']));
    expect(screen.getByRole('status').textContent).toContain('Deleted 먹다');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(terms()).toEqual(['대박', '먹다']));
    expect(await db.entries.get(id)).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('lets the undo offer lapse after a while', async () => {
    await save('대박', '대박이다!');
    render(<VocabularyPanel db={db} undoMs={100} />);
    await waitFor(() => expect(terms()).toEqual(['대박']));
    fireEvent.click(screen.getByRole('button', { name: 'Delete 대박' }));
    await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(await db.entries.count()).toBe(0);
  });

  it('does not make a link of a saved URL that is not a web page', async () => {
    await saveTerm(db, {
      lang: 'ko',
      term: '위험',
      context: { line: '위험해', title: 'Odd page', site: 'x', url: 'javascript:alert(1)' },
    });
    render(<VocabularyPanel db={db} />);
    await waitFor(() => expect(terms()).toEqual(['위험']));
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Odd page')).toBeTruthy();
  });
});
