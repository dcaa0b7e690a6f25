import type { Notice } from '../../utils/overlay/view';
import { h } from './dom';

/** Extensions the subtitle parsers read (utils/subtitles/detect.ts); content decides in the end. */
const ACCEPT =
  '.srt,.vtt,.webvtt,.ass,.ssa,.ttml,.dfxp,.xml,.json,.json3,text/vtt,application/x-subrip';

export interface ControlActions {
  loadFile: (file: File) => void;
  toggleGuide: () => void;
  toggleHelp: () => void;
  pickCaptions: () => void;
}

/**
 * The buttons at the top right of the video, shown while the pointer is over it: the culture
 * guide (once the lines' language is known), "Point at captions" (while nothing is read yet and
 * the source can read what the viewer points at; Shift+C any time), the list of keys, and
 * "Load subtitles…", which plays a subtitle file the viewer picks over this video.
 */
export function controlBar(actions: ControlActions) {
  const input = h('input', { type: 'file', accept: ACCEPT, 'data-testid': 'nunchi-file-input' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Reset so picking the same file again (after fixing it) fires another change.
    input.value = '';
    if (file) actions.loadFile(file);
  });
  const load = h(
    'button',
    { type: 'button', 'data-testid': 'nunchi-load-file' },
    'Load subtitles…',
  );
  load.addEventListener('click', () => input.click());
  const guide = h(
    'button',
    { type: 'button', 'data-testid': 'nunchi-guide-button', title: 'Culture guide (G)' },
    'Guide',
  );
  guide.addEventListener('click', actions.toggleGuide);
  const help = h(
    'button',
    {
      type: 'button',
      'data-testid': 'nunchi-help-button',
      title: 'Keys (H)',
      'aria-label': 'Keys',
    },
    '?',
  );
  help.addEventListener('click', actions.toggleHelp);
  const pick = h(
    'button',
    {
      type: 'button',
      'data-testid': 'nunchi-pick',
      title: 'Click the subtitle text on the video next (Shift+C)',
    },
    'Point at captions',
  );
  pick.addEventListener('click', actions.pickCaptions);
  const element = h('div', { class: 'file' }, guide, pick, help, load, input);
  return {
    element,
    update(shown: boolean, hasLines: boolean, canPick: boolean) {
      element.classList.toggle('shown', shown);
      guide.hidden = !hasLines;
      pick.hidden = hasLines || !canPick;
    },
  };
}

export function noticeBar(notice: Notice, onDismiss: () => void): HTMLElement {
  const dismiss = h('button', { type: 'button', 'aria-label': 'Dismiss' }, '×');
  dismiss.addEventListener('click', onDismiss);
  return h(
    'div',
    {
      class: 'notice',
      'data-testid': 'nunchi-notice',
      'data-kind': notice.kind,
      role: notice.kind === 'error' ? 'alert' : 'status',
    },
    h('span', null, notice.text),
    dismiss,
  );
}
