/**
 * A tiny element builder for the in-page overlay. The overlay is plain DOM rather than React:
 * content scripts have a 200 KB budget (issue 4) and React DOM alone is about 220 KB minified.
 * React stays for the extension's own pages (popup, options, review).
 *
 * Text only ever becomes text nodes and values only ever become attributes: subtitle, pack and
 * file text is untrusted, and nothing here parses markup (no innerHTML anywhere).
 */

export type Child = Node | string | null | undefined | false;

/** Attribute values; `false`, null and undefined leave the attribute out, `true` sets it empty. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (attrs) setAttrs(element, attrs);
  append(element, children);
  return element;
}

export function setAttrs(element: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Appends children in order; strings as text nodes. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's children with `children` (strings as text nodes). */
export function setChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
