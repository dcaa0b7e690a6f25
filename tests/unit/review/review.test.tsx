// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shuffled } from '../../../entrypoints/review/shuffle';
import { ReviewApp } from '../../../entrypoints/review/ReviewApp';
import { openVocabDb, type VocabDb } from '../../../utils/vocabulary/db';
import { highlight } from '../../../utils/vocabulary/highlight';
import { saveTerm } from '../../../utils/vocabulary/repository';
import { DAY_MS, newSchedule } from '../../../utils/vocabulary/schedule';
import type { Language } from '../../../utils/notes/schema';

describe('highlight', () => {
  it.each([
    [
      'the surface form',
      '밥 먹었어?',
      ['먹었어', '먹다'],
      [
        ['밥 ', false],
        ['먹었어', true],
        ['?', false],
      ],
    ],
    [
      'the term when the surface is absent',
      '눈이 높다니까',
      [undefined, '눈이 높다'],
      [
        ['눈이 높다', true],
        ['니까', false],
      ],
    ],
    [
      'every occurrence',
      '好好好',
      ['好'],
      [
        ['好', true],
        ['好', true],
        ['好', true],
      ],
    ],
    ['nothing when neither occurs', '안녕', ['먹다'], [['안녕', false]]],
    [
      'markup as plain text',
      '<b>대박</b>',
      ['대박'],
      [
        ['<b>', false],
        ['대박', true],
        ['</b>', false],
      ],
    ],
  ] as const)('marks %s', (_what, line, needles, parts) => {
    expect(highlight(line, needles).map((p) => [p.text, p.hit])).toEqual(parts);
  });
});

describe('shuffled', () => {
  it('returns every item once, without touching the input', () => {
    const input = [1, 2, 3, 4, 5];
    const out = shuffled(input, () => 0);
    expect(out).toEqual([2, 3, 4, 5, 1]);
    expect(input).toEqual([1, 2, 3, 4, 5]);
    expect([...shuffled(input)].sort()).toEqual(input);
  });
});

describe('review page', () => {
  let db: VocabDb;
  let n = 0;
  /** The page's clock, moved by the tests. */
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    db = openVocabDb(`review-${++n}`);
    clock = Date.UTC(2026, 0, 10);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  const save = (
    term: string,
    line: string,
    gloss: string,
    surface?: string,
    lang: Language = 'ko',
  ) =>
    saveTerm(
      db,
      {
        lang,
        term,
        gloss,
        ...(surface && { surface }),
        context: {
          line,
          prev: '배고프다.',
          title: 'Demo',
          site: 'YouTube',
          url: 'https://www.youtube.com/watch?v=a&t=5s',
          startMs: 5000,
        },
      },
      clock,
    );
  const card = () => screen.getByTestId('review-card');
  const count = () => screen.getByTestId('review-count').textContent;

  it('says so when there is nothing to review', async () => {
    render(<ReviewApp db={db} now={now} />);
    await screen.findByText(/Nothing to review yet/);
  });

  it('shows a line with the word marked, then its meaning and the four grades', async () => {
    await save('먹다', '밥 먹었어?', 'to eat', '먹었어');
    render(<ReviewApp db={db} now={now} />);
    await screen.findByTestId('review-card');
    expect(card().dataset.term).toBe('먹다');
    expect(within(card()).getByText('먹었어').tagName).toBe('MARK');
    expect(within(card()).getByText('배고프다.')).toBeTruthy();
    expect(count()).toBe('1 due of 1');
    expect(screen.queryByTestId('review-answer')).toBeNull();
    expect(screen.queryByRole('button', { name: /Good/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show meaning' }));
    const answer = screen.getByTestId('review-answer');
    expect(answer.textContent).toContain('to eat');
    expect(within(answer).getByRole('link', { name: 'Demo' }).getAttribute('href')).toBe(
      'https://www.youtube.com/watch?v=a&t=5s',
    );
    // Each grade says how long it puts a new card away.
    const grades = within(answer)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(grades).toEqual(['Again10 min', 'Hard1 d', 'Good2 d', 'Easy4 d']);
  });

  it('grades with the keys, stores the schedule, and brings an Again card back at the end', async () => {
    await save('먹다', '밥 먹었어?', 'to eat', '먹었어');
    clock += 1000;
    await save('대박', '대박이다!', 'awesome');
    clock += 1000;
    render(<ReviewApp db={db} now={now} />);
    await screen.findByTestId('review-card');
    // Most overdue first: 먹다 was saved first.
    expect(card().dataset.term).toBe('먹다');
    expect(count()).toBe('2 due of 2');
    // Digits do nothing before the answer is shown.
    fireEvent.keyDown(window, { key: '3' });
    expect(screen.queryByTestId('review-answer')).toBeNull();
    fireEvent.keyDown(window, { key: ' ' });
    screen.getByTestId('review-answer');
    fireEvent.keyDown(window, { key: '1' }); // Again
    await waitFor(() => expect(card().dataset.term).toBe('대박'));
    expect(screen.getByText('2 of 3')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Enter' });
    fireEvent.keyDown(window, { key: '4' }); // Easy
    await waitFor(() => expect(card().dataset.term).toBe('먹다'));
    expect(screen.getByText('3 of 3')).toBeTruthy();
    await waitFor(() => expect(count()).toBe('0 due of 2 · 1 to relearn'));
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: ' ' }); // Space on a shown answer counts as Good
    await screen.findByText('Done: 3 cards reviewed.');

    const byTerm = new Map((await db.entries.toArray()).map((e) => [e.term, e.schedule]));
    expect(byTerm.get('대박')).toMatchObject({ interval: 4, due: clock + 4 * DAY_MS, reps: 1 });
    expect(byTerm.get('먹다')).toMatchObject({ interval: 2, reps: 1, lapses: 0 });
    await screen.findByText(/Nothing is due right now; the next card is due in 2 d/);
  });

  it('undoes the last grade with the button or Ctrl+Z, schedule included', async () => {
    await save('먹다', '밥 먹었어?', 'to eat');
    clock += 1000;
    await save('대박', '대박이다!', 'awesome');
    const before = await db.entries.toArray();
    render(<ReviewApp db={db} now={now} />);
    await screen.findByTestId('review-card');
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: '1' }); // Again: 먹다 goes to the end
    await waitFor(() => expect(card().dataset.term).toBe('대박'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo the last grade (Ctrl+Z)' }));
    await waitFor(() => expect(card().dataset.term).toBe('먹다'));
    expect(screen.getByText('1 of 2')).toBeTruthy();
    await waitFor(async () => expect(await db.entries.toArray()).toEqual(before));
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: '3' });
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: '3' });
    await screen.findByText('Done: 2 cards reviewed.');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(card().dataset.term).toBe('대박'));
    expect(screen.getByText('2 of 2')).toBeTruthy();
    await waitFor(async () =>
      expect((await db.entries.get(before[1]!.id))!.schedule).toEqual(before[1]!.schedule),
    );
  });

  it('skips a card deleted while the sitting runs', async () => {
    await save('먹다', '밥 먹었어?', 'to eat');
    clock += 1000;
    const { id } = await save('대박', '대박이다!', 'awesome');
    clock += 1000;
    await save('눈치', '눈치 없네', 'tact');
    render(<ReviewApp db={db} now={now} />);
    await screen.findByTestId('review-card');
    await act(() => db.entries.delete(id));
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: '3' });
    await waitFor(() => expect(card().dataset.term).toBe('눈치'));
    expect(screen.getByText('2 of 2')).toBeTruthy();
  });

  it('says plainly when nothing is due and practises anyway on request', async () => {
    await save('먹다', '밥 먹었어?', 'to eat');
    await save('대박', '대박이다!', 'awesome');
    await db.entries.toCollection().modify((e) => {
      e.schedule = { ...e.schedule, due: clock + 3 * DAY_MS, interval: 3, reps: 2 };
    });
    render(<ReviewApp db={db} now={now} random={() => 0.99} />);
    await screen.findByText(/Nothing is due right now; the next card is due in 3 d\./);
    expect(count()).toBe('0 due of 2');
    expect(screen.queryByTestId('review-card')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Practise anyway' }));
    await screen.findByTestId('review-card');
    expect(screen.getByText(/1 of 2 · practising ahead/)).toBeTruthy();
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: '1' });
    await screen.findByText(/2 of 3 · practising ahead/);
    expect(count()).toBe('0 due of 2 · 1 to relearn');
  });

  it('deals a card that came due while the page was open when asked', async () => {
    await save('먹다', '밥 먹었어?', 'to eat');
    await db.entries.toCollection().modify((e) => {
      e.schedule = { ...e.schedule, due: clock + 60_000 };
    });
    render(<ReviewApp db={db} now={now} />);
    await screen.findByText(/next card is due in 1 min/);
    clock += 120_000;
    // Any database change re-reads the clock; here, a second word saved from a video.
    await act(() => save('대박', '대박이다!', 'awesome'));
    await screen.findByText('2 cards are due.');
    fireEvent.click(screen.getByRole('button', { name: 'Review the due cards' }));
    await screen.findByTestId('review-card');
    expect(screen.getByText('1 of 2')).toBeTruthy();
  });

  it('filters by language', async () => {
    await save('먹다', '밥 먹었어?', 'to eat');
    await save('吃醋', '你吃醋了？', 'to be jealous', undefined, 'zh');
    await save('食べる', 'ご飯を食べる', 'to eat', undefined, 'ja');
    render(<ReviewApp db={db} now={now} />);
    await screen.findByTestId('review-card');
    expect(count()).toBe('3 due of 3');
    const filter = within(screen.getByRole('group', { name: 'Language' }));
    expect(filter.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'All',
      'Korean',
      'Chinese',
      'Japanese',
    ]);
    fireEvent.click(filter.getByRole('button', { name: 'Chinese' }));
    await waitFor(() => expect(count()).toBe('1 due of 1'));
    expect(card().dataset.term).toBe('吃醋');
    expect(filter.getByRole('button', { name: 'Chinese' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: '3' });
    await screen.findByText('Done: 1 card reviewed.');
    fireEvent.click(filter.getByRole('button', { name: 'Korean' }));
    await waitFor(() => expect(card().dataset.term).toBe('먹다'));
  });

  it('leaves Space to a focused button', async () => {
    await save('먹다', '밥 먹었어?', 'to eat');
    await save('吃醋', '你吃醋了？', 'to be jealous', undefined, 'zh');
    render(<ReviewApp db={db} now={now} />);
    await screen.findByTestId('review-card');
    const all = screen.getByRole('button', { name: 'All' });
    fireEvent.keyDown(all, { key: ' ' });
    expect(screen.queryByTestId('review-answer')).toBeNull();
  });

  it('shows another saved line at each successful review, newest first', async () => {
    const { id } = await save('먹다', '밥 먹었어?', 'to eat', '먹었어');
    await save('먹다', '또 먹었어?', 'to eat', '먹었어');
    const lineAt = async (reps: number) => {
      await db.entries.update(id, { schedule: { ...newSchedule(clock), reps } });
      render(<ReviewApp db={db} now={now} />);
      const line = (await screen.findByTestId('review-card')).querySelector('.review-line');
      const text = line?.textContent;
      cleanup();
      return text;
    };
    expect([await lineAt(0), await lineAt(1), await lineAt(2)]).toEqual([
      '또 먹었어?',
      '밥 먹었어?',
      '또 먹었어?',
    ]);
  });

  it('renders saved text as text, never as markup', async () => {
    await save('<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)> 대박', '<b>x</b>');
    render(<ReviewApp db={db} now={now} />);
    await screen.findByTestId('review-card');
    fireEvent.keyDown(window, { key: ' ' });
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByTestId('review-answer').textContent).toContain('<b>x</b>');
  });
});
