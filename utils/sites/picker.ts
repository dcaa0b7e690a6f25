import { captionText } from './caption-text';
import { captionContainerFor } from './picker-selector';

export interface PickerOptions {
  video: HTMLVideoElement;
  signal: AbortSignal;
}

/** Elements of Nunchi's own UI, never offered as captions. */
const OWN_UI = new Set(['nunchi-overlay', 'nunchi-picker']);

const STYLE = `
  :host { all: initial; }
  .box { position: fixed; pointer-events: none; z-index: 2147483647; box-sizing: border-box;
    border: 2px solid #f5b301; background: rgba(245, 179, 1, 0.18); border-radius: 4px; display: none; }
  .bar { position: fixed; left: 50%; top: 12px; transform: translateX(-50%); z-index: 2147483647;
    pointer-events: none; font: 15px/1.4 system-ui, sans-serif; color: #111; background: #f5b301;
    padding: 8px 14px; border-radius: 6px; box-shadow: 0 2px 10px rgba(0,0,0,.4); max-width: 80vw; }
`;

/**
 * The in-page picking mode: the viewer points at the page's caption text and clicks it. A
 * highlight follows the pointer over the caption box that would be remembered (the container
 * that outlives single cues, see `captionContainerFor`); a click picks it, Escape cancels.
 * Nunchi's overlay steps aside meanwhile so the site's own captions can be reached. Plain DOM
 * in a closed shadow root; all text is set with textContent. Resolves with the element, or
 * null when cancelled (Escape, or `signal` aborted).
 */
export function pickCaptionElement({ video, signal }: PickerOptions): Promise<Element | null> {
  return new Promise((resolve) => {
    const host = document.createElement('nunchi-picker');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const box = document.createElement('div');
    box.className = 'box';
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.textContent =
      'Nunchi: click the subtitle text on the video (pause on a line first). Esc cancels.';
    shadow.append(style, box, bar);
    (document.fullscreenElement ?? document.documentElement).append(host);

    // Nunchi's overlay sits where the captions are: out of the way while picking.
    const hiddenOverlays = [...document.querySelectorAll<HTMLElement>('nunchi-overlay')].map(
      (el) => [el, el.style.getPropertyValue('visibility')] as const,
    );
    for (const [el] of hiddenOverlays) el.style.setProperty('visibility', 'hidden', 'important');

    let candidate: Element | null = null;
    const done = new AbortController();
    const finish = (picked: Element | null) => {
      done.abort();
      host.remove();
      for (const [el, visibility] of hiddenOverlays) {
        if (visibility) el.style.setProperty('visibility', visibility);
        else el.style.removeProperty('visibility');
      }
      resolve(picked);
    };
    const listen = { capture: true, signal: AbortSignal.any([done.signal, signal]) };

    const targetOf = (event: Event): Element | null => {
      // composedPath reaches into open shadow roots, where document hit-testing stops at the host.
      const path = event.composedPath() as Node[];
      if (path.some((node) => OWN_UI.has((node as Element).localName))) return null;
      const first = path[0];
      return first?.nodeType === Node.ELEMENT_NODE ? (first as Element) : null;
    };

    document.addEventListener(
      'pointermove',
      (event) => {
        const target = targetOf(event);
        candidate = target && captionContainerFor(target, video);
        if (!candidate || !captionText(candidate).trim()) {
          box.style.display = 'none';
          return;
        }
        const r = candidate.getBoundingClientRect();
        Object.assign(box.style, {
          display: 'block',
          left: `${r.left - 3}px`,
          top: `${r.top - 3}px`,
          width: `${r.width + 6}px`,
          height: `${r.height + 6}px`,
        });
      },
      listen,
    );
    // The page's own handlers must not see the picking click (it would pause or seek).
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      document.addEventListener(
        type,
        (event) => {
          if (!targetOf(event)) return;
          event.preventDefault();
          event.stopImmediatePropagation();
        },
        listen,
      );
    }
    document.addEventListener(
      'click',
      (event) => {
        const target = targetOf(event);
        if (!target) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        const picked = captionContainerFor(target, video);
        if (captionText(picked).trim()) finish(picked);
      },
      listen,
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopImmediatePropagation();
        finish(null);
      },
      listen,
    );
    signal.addEventListener('abort', () => finish(null), { signal: done.signal });
  });
}
