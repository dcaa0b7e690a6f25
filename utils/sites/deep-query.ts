/**
 * Selectors that reach into open shadow roots. Players put their video and captions inside
 * custom elements with open shadow roots (Disney+'s older player, Apple TV+ three levels deep),
 * where `querySelector` from the document cannot see. A step ` >>> ` enters the shadow root of
 * each element matched so far: `apple-tv-plus-player >>> amp-video-player >>> .video-container`.
 * Commas separate alternatives as in CSS, each with its own steps.
 */

/** Splits a selector list at top-level commas (not inside `:is(a, b)`, `[x="a,b"]` or quotes). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The steps of one alternative: `a >>> b` → ['a', 'b']. */
function steps(alternative: string): string[] {
  return alternative.split('>>>').map((s) => s.trim());
}

/** Every element matching `selector` under `root`, entering open shadow roots at ` >>> `. */
export function queryDeepAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  for (const alternative of splitSelectorList(selector)) {
    let scopes: ParentNode[] = [root];
    const path = steps(alternative);
    path.forEach((step, i) => {
      const matched = scopes.flatMap((scope) => [...scope.querySelectorAll(step)]);
      if (i === path.length - 1) found.push(...matched);
      else scopes = matched.flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
    });
  }
  return [...new Set(found)];
}

/** The first element matching `selector` (see `queryDeepAll`), or null. */
export function queryDeep(root: ParentNode, selector: string): Element | null {
  return queryDeepAll(root, selector)[0] ?? null;
}

/**
 * The shadow roots a selector's steps pass through, with the last step to apply inside each:
 * what a style sheet needs to reach elements behind ` >>> ` (document styles stop at shadow
 * boundaries). Alternatives without steps give the document itself.
 */
export function shadowScopes(
  root: Document,
  selector: string,
): { scope: Document | ShadowRoot; selector: string }[] {
  const scopes: { scope: Document | ShadowRoot; selector: string }[] = [];
  for (const alternative of splitSelectorList(selector)) {
    const path = steps(alternative);
    const last = path.pop()!;
    if (path.length === 0) {
      scopes.push({ scope: root, selector: last });
      continue;
    }
    for (const host of queryDeepAll(root, path.join(' >>> '))) {
      if (host.shadowRoot) scopes.push({ scope: host.shadowRoot, selector: last });
    }
  }
  return scopes;
}

/** Whether a selector list is one `querySelectorAll` accepts after removing ` >>> ` steps. */
export function isValidDeepSelector(selector: string, probe: ParentNode): boolean {
  try {
    for (const alternative of splitSelectorList(selector)) {
      for (const step of steps(alternative)) probe.querySelector(step);
    }
    return splitSelectorList(selector).length > 0;
  } catch {
    return false;
  }
}
