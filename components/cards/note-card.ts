import { CATEGORY_LABELS } from '../../utils/notes/constants';
import type { NoteCardView } from '../../utils/overlay/view';
import { h, type Child } from '../overlay/dom';
import { saveRow, type CardActions } from './save-row';

const LANGUAGE_LABELS: Record<string, string> = {
  en: 'English',
  ko: 'Korean',
  zh: 'Chinese',
  ja: 'Japanese',
};

/** Everything a note says about a marked expression. All fields are pack text, shown as text. */
export function noteCard(
  card: NoteCardView,
  romanization: boolean,
  saveKey: string,
  actions: CardActions,
): Child[] {
  const { note } = card;
  const field = (label: string, ...value: Child[]) => [
    h('dt', null, label),
    h('dd', null, ...value),
  ];
  return [
    h(
      'div',
      { class: 'chips' },
      h('span', { class: 'chip category' }, CATEGORY_LABELS[note.category]),
      h('span', { class: 'chip' }, note.level),
      note.pitfall && h('span', { class: 'chip pitfall' }, 'Often mistranslated'),
    ),
    h('p', { class: 'headword native', 'data-testid': 'nunchi-card-headword' }, note.headword),
    romanization && h('p', { class: 'reading' }, note.reading),
    note.forms.length > 0 && h('p', { class: 'reading native' }, `Also: ${note.forms.join(' · ')}`),
    h(
      'dl',
      null,
      ...field('Literally', note.literal),
      ...field('Meaning', note.meaning),
      ...field('Culture', note.culture),
      ...field('Lost in translation', note.lost),
      ...field('Usage', note.usage),
      h('dt', null, 'Example'),
      h(
        'dd',
        { class: 'example' },
        h('div', { class: 'native' }, note.example.text),
        h('div', { class: 'translation' }, note.example.translation),
      ),
      ...(note.equivalents.length
        ? field(
            'Equivalents',
            ...note.equivalents.map((e) =>
              h('div', null, `${LANGUAGE_LABELS[e.lang] ?? e.lang}: ${e.text}`),
            ),
          )
        : []),
      ...(card.related.length
        ? field(
            'Related',
            ...card.related.map((r) =>
              h('div', null, `${LANGUAGE_LABELS[r.lang] ?? r.lang}: ${r.headword ?? r.id}`),
            ),
          )
        : []),
      ...field('Sources', note.sources.join('; ')),
    ),
    saveRow(card, saveKey, actions.save, actions.saveJoined),
  ];
}
