import { captionText } from './caption-text';

/**
 * Elements that name themselves as captions: class, id or test-id mentioning captions,
 * subtitles, timed text or cues, and live regions (accessible players announce lines there).
 */
const CANDIDATES = [
  '[class*="caption" i]',
  '[class*="subtitle" i]',
  '[class*="timedtext" i]',
  '[class*="text-track" i]',
  '[class*="cue" i]',
  '[id*="caption" i]',
  '[id*="subtitle" i]',
  '[data-testid*="caption" i]',
  '[data-testid*="subtitle" i]',
  '[aria-live]',
].join(', ');

/** Captions are short; a longer text is a description, a menu or a transcript panel. */
const MAX_TEXT = 300;

/**
 * The generic caption finder: for a page Nunchi has no adapter for, or a site whose player no
 * longer matches its description, the element most likely to hold the captions of `video`.
 * A candidate names itself as captions, lies over the video in a caption-sized box, holds no
 * controls, and is not inside another candidate (the outermost box keeps every line). Among
 * those, one showing text now wins. Searches the document and the shadow root the video lives
 * in. Null when nothing qualifies.
 */
export function findCaptionElement(video: HTMLVideoElement): Element | null {
  const videoRect = video.getBoundingClientRect();
  if (videoRect.width === 0 || videoRect.height === 0) return null;
  const roots = new Set<ParentNode>([document, video.getRootNode() as ParentNode]);
  const candidates = [...roots].flatMap((root) => [...root.querySelectorAll(CANDIDATES)]);
  const fitting = candidates.filter((el) => qualifies(el, video, videoRect));
  const outermost = fitting.filter((el) => !fitting.some((o) => o !== el && o.contains(el)));
  return outermost.find((el) => captionText(el).trim() !== '') ?? outermost[0] ?? null;
}

function qualifies(el: Element, video: HTMLVideoElement, videoRect: DOMRect): boolean {
  if (el === video || el.contains(video) || el.closest('nunchi-overlay, nunchi-picker')) {
    return false;
  }
  if (el.matches('button, input, select, a, video, track')) return false;
  if (el.querySelector('button, input, select, a, video')) return false;
  const text = captionText(el).trim();
  if (text.length > MAX_TEXT) return false;
  const r = el.getBoundingClientRect();
  // An empty caption box often has no height (or no size): keep it when it sits over the video
  // or beside it in the player's tree.
  if (r.width === 0 || r.height === 0) {
    const inside =
      r.left >= videoRect.left &&
      r.left <= videoRect.right &&
      r.top >= videoRect.top &&
      r.top <= videoRect.bottom;
    return text === '' && (inside || sharesPlayer(el, video));
  }
  const overlapW = Math.min(r.right, videoRect.right) - Math.max(r.left, videoRect.left);
  const overlapH = Math.min(r.bottom, videoRect.bottom) - Math.max(r.top, videoRect.top);
  return overlapW > 0 && overlapH > 0 && r.height <= videoRect.height * 0.6;
}

/** Whether `el` and the video have a common ancestor within three levels of the video. */
function sharesPlayer(el: Element, video: HTMLVideoElement): boolean {
  let ancestor: Element | null = video.parentElement;
  for (let i = 0; ancestor && i < 3; i++, ancestor = ancestor.parentElement) {
    if (ancestor.contains(el)) return true;
  }
  return false;
}
