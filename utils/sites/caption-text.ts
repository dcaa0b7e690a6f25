/**
 * The text of a rendered caption as the viewer reads it. `textContent` would glue lines
 * together: players break lines with `<br>` (Netflix) or one block per line (video.js, Max),
 * and put ruby readings in `<rt>` (furigana above kanji) that are not part of the line.
 */

/** Elements whose content starts and ends a visual line, by tag or by their computed display. */
const BLOCKS = new Set(['DIV', 'P', 'LI', 'SECTION', 'ARTICLE', 'TR', 'H1', 'H2', 'H3']);
const BLOCK_DISPLAYS = new Set(['block', 'flex', 'grid', 'list-item', 'table', 'table-row']);
/** Ruby readings and fallback parentheses: shown above the text, never part of it. */
const SKIPPED = new Set(['RT', 'RP', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Whether a player is keeping an element out of view with `display: none` or `hidden`, as
 * players that mutate captions in place do with the boxes of an earlier cue. `visibility` is
 * not checked: Nunchi hides the site's own captions that way and still reads them.
 */
export function isDisplayed(element: Element): boolean {
  return displayOf(element) !== 'none';
}

function displayOf(element: Element): string {
  if (element.hasAttribute('hidden')) return 'none';
  return element.ownerDocument.defaultView?.getComputedStyle(element).display ?? '';
}

/** The caption text of `element`: `<br>` and blocks become line breaks, ruby readings go. */
export function captionText(element: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        out += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        out += '\n';
        continue;
      }
      if (SKIPPED.has(tag)) continue;
      const display = displayOf(el);
      if (display === 'none') continue;
      if (BLOCKS.has(tag) || BLOCK_DISPLAYS.has(display)) {
        out += '\n';
        walk(el);
        out += '\n';
      } else walk(el);
    }
  };
  walk(element);
  return out;
}
