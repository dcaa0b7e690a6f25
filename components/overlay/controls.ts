import type { Notice } from '../../utils/overlay/view';
import { h } from './dom';

/** Extensions the subtitle parsers read (utils/subtitles/detect.ts); content decides in the end. */
const ACCEPT =
  '.srt,.vtt,.webvtt,.ass,.ssa,.ttml,.dfxp,.xml,.json,.json3,text/vtt,application/x-subrip';

/** "Load subtitles": plays a subtitle file the viewer picks over this video. */
export function fileControl(onFile: (file: File) => void) {
  const input = h('input', { type: 'file', accept: ACCEPT, 'data-testid': 'nunchi-file-input' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Reset so picking the same file again (after fixing it) fires another change.
    input.value = '';
    if (file) onFile(file);
  });
  const button = h(
    'button',
    { type: 'button', 'data-testid': 'nunchi-load-file' },
    'Load subtitles…',
  );
  button.addEventListener('click', () => input.click());
  const element = h('div', { class: 'file' }, button, input);
  return {
    element,
    setShown(shown: boolean) {
      element.classList.toggle('shown', shown);
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
