import { clockTime } from '../../utils/overlay/guide';
import type { Shortcut } from '../../utils/overlay/shortcuts';
import type { GuideView } from '../../utils/overlay/view';
import { h } from './dom';

function closeButton(onClose: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  button.addEventListener('click', onClose);
  return button;
}

/**
 * The episode's culture guide: its notes in order of first appearance, each a button that plays
 * from its line. Spoiler-safe by default (only lines already reached); all on request.
 */
export function guidePanel(
  guide: GuideView,
  actions: { seekTo: (ms: number) => void; showAll: (all: boolean) => void; close: () => void },
): HTMLElement {
  const scope = h(
    'button',
    { type: 'button', class: 'scope', 'data-testid': 'nunchi-guide-all' },
    guide.all
      ? 'Only what I have seen'
      : guide.later
        ? `Show all (${guide.later} later: spoilers)`
        : 'Show all',
  );
  scope.addEventListener('click', () => actions.showAll(!guide.all));
  const items = guide.entries.map((entry) => {
    const item = h(
      'button',
      {
        type: 'button',
        class: 'guide-item',
        'data-testid': 'nunchi-guide-item',
        'data-note-id': entry.noteId,
        'data-category': entry.category,
        'data-start-ms': entry.startMs,
        disabled: entry.startMs === null,
        title: entry.line,
      },
      h('span', { class: 'time' }, entry.startMs === null ? '' : clockTime(entry.startMs)),
      h('span', { class: 'headword native' }, entry.headword),
      entry.surface !== entry.headword && h('span', { class: 'surface native' }, entry.surface),
      entry.count > 1 && h('span', { class: 'count' }, `×${entry.count}`),
    );
    const { startMs } = entry;
    if (startMs !== null) item.addEventListener('click', () => actions.seekTo(startMs));
    return h('li', null, item);
  });
  const empty = guide.all ? 'No notes in these subtitles.' : 'No notes in the lines so far.';
  return h(
    'aside',
    { class: 'panel guide', 'data-testid': 'nunchi-guide', 'aria-label': 'Culture guide' },
    h(
      'header',
      null,
      h('strong', null, 'Culture guide'),
      h(
        'span',
        { class: 'sub' },
        guide.all ? 'the whole episode' : guide.wholeTrack ? 'up to here' : 'lines seen so far',
      ),
      closeButton(actions.close),
    ),
    guide.wholeTrack && scope,
    items.length ? h('ol', null, ...items) : h('p', { class: 'empty' }, empty),
    !guide.complete && h('p', { class: 'empty' }, 'Still marking the rest of the subtitles…'),
  );
}

/** The keys the overlay answers to. */
export function helpPanel(shortcuts: readonly Shortcut[], onClose: () => void): HTMLElement {
  return h(
    'div',
    { class: 'panel help', 'data-testid': 'nunchi-help', role: 'dialog', 'aria-label': 'Keys' },
    h('header', null, h('strong', null, 'Nunchi keys'), closeButton(onClose)),
    h(
      'dl',
      null,
      ...shortcuts.flatMap((s) => [h('dt', null, h('kbd', null, s.keys)), h('dd', null, s.what)]),
    ),
  );
}
