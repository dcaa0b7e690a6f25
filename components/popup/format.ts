/** 61_500 -> "1:01", 3_723_000 -> "1:02:03". */
export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * Only web links and this extension's own pages (the demo) become clickable: a saved URL came
 * from a page and is not trusted. `ownOrigin` is the extension's, e.g. `chrome-extension://<id>`.
 */
export function safeLink(
  url: string,
  ownOrigin: string | undefined = globalThis.location?.origin,
): string | undefined {
  try {
    const { protocol } = new URL(url);
    if (protocol === 'https:' || protocol === 'http:') return url;
    // Compared as text: Node's URL gives non-special schemes an opaque "null" origin.
    const own =
      ownOrigin && /^(chrome|moz)-extension:\/\/[^/]+$/.test(ownOrigin) ? ownOrigin : null;
    return own && url.startsWith(`${own}/`) ? url : undefined;
  } catch {
    return undefined;
  }
}
