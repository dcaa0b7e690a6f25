// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { highlight, shuffled } from '../../../entrypoints/review/highlight';
import { ReviewApp } from '../../../entrypoints/review/ReviewApp';
import { openVocabDb, type VocabDb } from '../../../utils/vocabulary/db';
import { saveTerm } from '../../../utils/vocabulary/repository';

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
  beforeEach(() => {
    db = openVocabDb(`review-${++n}`);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  const save = (term: string, line: string, gloss: string, surface?: string) =>
    saveTerm(db, {
      lang: 'ko',
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
    });

  it('says so when there is nothing to review', async () => {
    render(<ReviewApp db={db} />);
    await screen.findByText(/Nothing to review yet/);
  });

  it('shows a line with the word marked, then its meaning, then the next card', async () => {
    await save('먹다', '밥 먹었어?', 'to eat', '먹었어');
    await save('대박', '대박이다!', 'awesome');
    // random() = 0.99 keeps the saved order: 먹다 first.
    render(<ReviewApp db={db} random={() => 0.99} />);
    const card = await screen.findByTestId('review-card');
    expect(card.dataset.term).toBe('먹다');
    expect(within(card).getByText('먹었어').tagName).toBe('MARK');
    expect(within(card).getByText('배고프다.')).toBeTruthy();
    expect(screen.queryByTestId('review-answer')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show meaning' }));
    const answer = screen.getByTestId('review-answer');
    expect(answer.textContent).toContain('to eat');
    expect(within(answer).getByRole('link', { name: 'Demo' }).getAttribute('href')).toBe(
      'https://www.youtube.com/watch?v=a&t=5s',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByTestId('review-card').dataset.term).toBe('대박'));
    expect(screen.getByText('2 of 2')).toBeTruthy();
    fireEvent.keyDown(window, { key: ' ' });
    expect(screen.getByTestId('review-answer').textContent).toContain('awesome');
    fireEvent.keyDown(window, { key: 'Enter' });
    await screen.findByText('You went through all 2 saved words.');
    fireEvent.click(screen.getByRole('button', { name: 'Shuffle and start again' }));
    await screen.findByTestId('review-card');
  });
});
