import { shadowScopes } from './deep-query';

/**
 * Hides a site's own caption elements with a style sheet, so the site keeps rendering them
 * (the rendered-caption adapter still reads their text) while only Nunchi's overlay shows.
 * `visibility` rather than `display` because some players stop updating hidden subtrees'
 * layout, and a zero-size container would look like "no captions". Document styles stop at
 * shadow boundaries, so selectors with ` >>> ` steps get a sheet inside each shadow root they
 * reach; `refresh()` adds sheets to roots created since (players build their shadow trees late).
 */
export class NativeCaptionHider {
  private readonly styles = new Map<Document | ShadowRoot, HTMLStyleElement>();
  private on = false;

  constructor(private readonly selectors: readonly string[]) {}

  set hidden(hidden: boolean) {
    this.on = hidden && this.selectors.length > 0;
    if (this.on) this.refresh();
    else {
      for (const style of this.styles.values()) style.remove();
      this.styles.clear();
    }
  }

  /** While hidden, covers shadow roots that appeared since. */
  refresh(): void {
    if (!this.on) return;
    const byScope = new Map<Document | ShadowRoot, string[]>();
    for (const selector of this.selectors) {
      for (const { scope, selector: inner } of shadowScopes(document, selector)) {
        byScope.set(scope, [...(byScope.get(scope) ?? []), inner]);
      }
    }
    for (const [scope, inner] of byScope) {
      const existing = this.styles.get(scope);
      if (existing?.isConnected) continue;
      const style = document.createElement('style');
      style.dataset.nunchi = 'hide-native-captions';
      style.textContent = `${inner.join(',\n')} { visibility: hidden !important; }`;
      if (isDocument(scope)) (scope.head ?? scope.documentElement).append(style);
      else scope.append(style);
      this.styles.set(scope, style);
    }
  }
}

/** By node type: `instanceof` fails across realms (test DOMs, frames). */
function isDocument(node: Document | ShadowRoot): node is Document {
  return node.nodeType === Node.DOCUMENT_NODE;
}
