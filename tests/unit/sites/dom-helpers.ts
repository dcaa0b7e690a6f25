/** An element with attributes and children, for building player DOM in tests. */
export function el(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
) {
  const element = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
  element.append(...children);
  return element;
}

/** Gives an element a layout box (happy-dom lays nothing out). */
export function box<T extends Element>(
  element: T,
  left: number,
  top: number,
  width: number,
  height: number,
): T {
  element.getBoundingClientRect = () =>
    ({
      left,
      top,
      width,
      height,
      right: left + width,
      bottom: top + height,
      x: left,
      y: top,
    }) as DOMRect;
  return element;
}
