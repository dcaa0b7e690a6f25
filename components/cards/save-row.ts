import { h } from '../overlay/dom';

/** The save button with its keyboard shortcut, and the confirmation once saved. */
export function saveRow(
  { saving, saved }: { saving: boolean; saved: string | null },
  saveKey: string,
  onSave: () => void,
): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'save', 'data-testid': 'nunchi-save', disabled: saving },
    saving ? 'Saving…' : 'Save',
    h('kbd', null, saveKey.length === 1 ? saveKey.toUpperCase() : saveKey),
  );
  button.addEventListener('click', onSave);
  return h(
    'div',
    { class: 'actions' },
    button,
    saved && h('span', { class: 'saved', 'data-testid': 'nunchi-saved', role: 'status' }, saved),
  );
}
