import type { LookupResult } from '../../utils/messaging/protocol';
import type { Language } from '../../utils/notes/constants';
import { LANGUAGE_NAMES } from '../../utils/overlay/language';
import type { WordCardView } from '../../utils/overlay/view';
import { h, type Child } from '../overlay/dom';
import { saveRow, type CardActions } from './save-row';

/** Entries shown per word: enough for homographs, short enough to read while paused. */
const MAX_ENTRIES = 3;

/** Dictionary entries for a hovered word, or why there are none. */
export function wordCard(
  card: WordCardView,
  lang: Language,
  saveKey: string,
  actions: CardActions,
): Child[] {
  const { lookup } = card;
  const percent = lookup.state === 'installing' ? Math.round(lookup.progress * 100) : 0;
  return [
    ...(lookup.state === 'found'
      ? found(lookup.result, lookup.romanized)
      : [h('p', { class: 'headword native' }, card.surface)]),
    lookup.state === 'loading' && h('p', { class: 'message' }, 'Looking up…'),
    lookup.state === 'installing' &&
      h(
        'div',
        { 'data-testid': 'nunchi-dict-installing' },
        h(
          'p',
          { class: 'message' },
          `Installing the ${LANGUAGE_NAMES[lang]} dictionary… ${percent}%`,
        ),
        h('div', { class: 'progress' }, h('span', { style: `width: ${percent}%` })),
      ),
    lookup.state === 'missing' && h('p', { class: 'message' }, lookup.message),
    lookup.state === 'none' &&
      h(
        'p',
        { class: 'message', 'data-testid': 'nunchi-dict-none' },
        `No dictionary entry for “${card.surface}”.`,
      ),
    saveRow(card, saveKey, actions.save, actions.saveJoined),
  ];
}

function found(result: LookupResult, romanized: string | null): Child[] {
  const derived = result.reasons.length > 0 || result.surface !== result.lemma;
  return [
    derived &&
      h(
        'p',
        { class: 'derivation native', 'data-testid': 'nunchi-derivation' },
        `${result.surface} ← ${result.lemma}`,
        result.reasons.length > 0 && `: ${result.reasons.join(' + ')}`,
      ),
    ...result.entries.slice(0, MAX_ENTRIES).map((entry, i) => {
      const reading = entry.reading || (i === 0 ? romanized : null);
      return h(
        'div',
        null,
        h('p', { class: 'headword native' }, entry.headword),
        reading && h('p', { class: 'reading' }, reading),
        h(
          'ol',
          null,
          ...entry.senses.map((sense) =>
            h(
              'li',
              null,
              sense.pos.length > 0 && h('span', { class: 'pos' }, `${sense.pos.join(', ')} `),
              sense.glosses.join('; '),
            ),
          ),
        ),
      );
    }),
  ];
}
