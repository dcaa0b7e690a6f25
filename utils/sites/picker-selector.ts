/**
 * Selectors for an element the viewer pointed at (picker.ts) or the caption finder chose. They
 * are stored and matched again on later visits, after the player re-created its elements, so
 * they name what stays (test ids, ids and class names a person wrote) and leave out what
 * changes (hashed class names, generated ids, positions among siblings where avoidable).
 */

/** Attributes players use as stable hooks, in order of preference. */
const STABLE_ATTRIBUTES = [
  'data-testid',
  'data-test-id',
  'data-uia',
  'data-player-hook',
  'data-role',
];

/** Most selectors need no more ancestors than this to be specific. */
const MAX_DEPTH = 5;

/**
 * Class names and ids that look machine-made: CSS-in-JS prefixes (`css-1q2w3e`, `sc-bdVaJa`),
 * CSS-module hashes (`Box_text__3xYz1`), anything with digits except a small trailing index
 * (`caption-window-1`), and very long tokens.
 */
export function looksGenerated(name: string): boolean {
  return (
    name.length > 40 ||
    /^(css|sc|jsx|emotion|svelte|styled)-/i.test(name) ||
    /\d/.test(name.replace(/[-_]\d{1,2}$/, ''))
  );
}

function escape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape
    ? CSS.escape(value)
    : value.replace(/[^\w-]/g, (c) => `\\${c}`);
}

function attributeValue(value: string): string {
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** One step for `element` alone: tag, plus the stablest hooks it has. */
function step(element: Element): { selector: string; anchored: boolean } {
  const tag = element.localName;
  for (const name of STABLE_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && !looksGenerated(value)) {
      return { selector: `${tag}[${name}=${attributeValue(value)}]`, anchored: true };
    }
  }
  if (element.id && !looksGenerated(element.id)) {
    return { selector: `${tag}#${escape(element.id)}`, anchored: true };
  }
  const classes = [...element.classList].filter((c) => !looksGenerated(c)).slice(0, 3);
  return { selector: tag + classes.map((c) => `.${escape(c)}`).join(''), anchored: false };
}

/** A selector for `element` within its own root (document or shadow root). */
function selectorInRoot(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const parts: string[] = [];
  let current: Element | null = element;
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const { selector, anchored } = step(current);
    parts.unshift(selector);
    const candidate = parts.join(' > ');
    const matches = root.querySelectorAll(candidate);
    // Unique and named by something stable enough: a hook, a class, or a parent's help.
    if (matches.length === 1 && (anchored || depth >= 1 || selector.includes('.'))) {
      return candidate;
    }
    current = current.parentElement;
  }
  // Still ambiguous: fall back to the position among same-tag siblings for the element itself.
  const parent = element.parentElement;
  if (parent) {
    const same = [...parent.children].filter((c) => c.localName === element.localName);
    if (same.length > 1) {
      parts[parts.length - 1] += `:nth-of-type(${same.indexOf(element) + 1})`;
    }
  }
  return parts.join(' > ');
}

/**
 * A selector that finds `element` again, entering open shadow roots with ` >>> ` (see
 * deep-query.ts) when the element lives in one.
 */
export function selectorFor(element: Element): string {
  const chain: string[] = [];
  let current: Element | null = element;
  while (current) {
    chain.unshift(selectorInRoot(current));
    current = shadowHostOf(current);
  }
  return chain.join(' >>> ');
}

/** Whether an element the viewer clicked sits in a caption-sized box over the video. */
function fitsOver(rect: DOMRect, video: DOMRect): boolean {
  const overlapW = Math.min(rect.right, video.right) - Math.max(rect.left, video.left);
  const overlapH = Math.min(rect.bottom, video.bottom) - Math.max(rect.top, video.top);
  return (
    overlapW > 0 &&
    overlapH > 0 &&
    rect.width * rect.height <= video.width * video.height * 0.6 &&
    rect.height <= video.height * 0.7
  );
}

/**
 * The caption container for an element the viewer clicked: captions are re-created per cue, so
 * the clicked span itself would be gone by the next line. Climbs while the ancestor still fits
 * in a caption-sized box over the video and does not hold the video or the player's controls.
 */
export function captionContainerFor(target: Element, video: HTMLVideoElement): Element {
  const videoRect = video.getBoundingClientRect();
  let best = target;
  let current: Element | null = parentAcrossShadow(target);
  while (current && current !== document.body && current !== document.documentElement) {
    if (current.contains(video) || current.querySelector('button, input, select, video')) break;
    if (!fitsOver(current.getBoundingClientRect(), videoRect)) break;
    best = current;
    current = parentAcrossShadow(current);
  }
  return best;
}

function parentAcrossShadow(element: Element): Element | null {
  return element.parentElement ?? shadowHostOf(element);
}

/** The host of the shadow root `element` lives in, or null in a document. */
function shadowHostOf(element: Element): Element | null {
  const root = element.getRootNode();
  // By node type and `host`: `instanceof ShadowRoot` fails across realms.
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root
    ? (root as ShadowRoot).host
    : null;
}
