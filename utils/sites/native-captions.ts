/**
 * Hides a site's own caption elements with one page style sheet, so the site keeps rendering
 * them (the rendered-caption adapter still reads their text) while only Nunchi's overlay shows.
 * `visibility` rather than `display` because some players stop updating hidden subtrees'
 * layout, and a zero-size container would look like "no captions".
 */
export class NativeCaptionHider {
  private style: HTMLStyleElement | null = null;

  constructor(private readonly selectors: readonly string[]) {}

  set hidden(hidden: boolean) {
    if (!this.selectors.length) return;
    if (!hidden) {
      this.style?.remove();
      this.style = null;
      return;
    }
    if (this.style?.isConnected) return;
    this.style = document.createElement('style');
    this.style.dataset.nunchi = 'hide-native-captions';
    this.style.textContent = `${this.selectors.join(',\n')} { visibility: hidden !important; }`;
    (document.head ?? document.documentElement).append(this.style);
  }
}
