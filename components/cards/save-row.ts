import type { CardView } from '../../utils/overlay/view';
import { h } from '../overlay/dom';

/** What a card's buttons do. */
export interface CardActions {
  save: () => void;
  saveJoined: () => void;
}

const keyLabel = (key: string) => (key.length === 1 ? key.toUpperCase() : key);

/**
 * The save button with its keyboard shortcut, "save with next line" when the line runs on into
 * the next cue, and the confirmation once saved.
 */
export function saveRow(
  card: Pick<CardView, 'saving' | 'saved' | 'following'>,
  saveKey: string,
  onSave: () => void,
  onSaveJoined: () => void,
): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'save', 'data-testid': 'nunchi-save', disabled: card.saving },
    card.saving ? 'Saving…' : 'Save',
    h('kbd', null, keyLabel(saveKey)),
  );
  button.addEventListener('click', onSave);
  const joined =
    card.following &&
    h(
      'button',
      {
        type: 'button',
        class: 'save-joined',
        'data-testid': 'nunchi-save-joined',
        disabled: card.saving,
        title: `Saves this line and the next as one sentence: “${card.following.text}”`,
      },
      'Save with next line',
      h('kbd', null, `Shift+${keyLabel(saveKey)}`),
    );
  joined?.addEventListener('click', onSaveJoined);
  return h(
    'div',
    { class: 'actions' },
    button,
    joined,
    card.saved &&
      h('span', { class: 'saved', 'data-testid': 'nunchi-saved', role: 'status' }, card.saved),
  );
}
