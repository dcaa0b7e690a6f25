/**
 * How a page URL can reopen a moment of its video:
 * - `youtube`: the `t=<seconds>s` query parameter the watch page honours;
 * - `media-fragment`: `#t=<seconds>` (W3C Media Fragments), which Chromium and Firefox honour
 *   when the URL is the media file itself and which Nunchi's demo page reads on load; ordinary
 *   pages ignore it, so it is only used for those two;
 * - `none`: the page has no way to seek from its URL, so the URL is kept as it is.
 */
export type TimestampStyle = 'youtube' | 'media-fragment' | 'none';

/** `url` rewritten to open at `seconds` (whole seconds, rounded down). */
export function urlAtMoment(url: string, seconds: number, style: TimestampStyle): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  switch (style) {
    case 'youtube':
      // One `t` only: a URL saved from a moment that was itself opened from a saved URL must
      // not carry the older time too. Any `#t=` that a player added is dropped for the same reason.
      parsed.searchParams.delete('t');
      parsed.searchParams.set('t', `${whole}s`);
      if (/^#t=/.test(parsed.hash)) parsed.hash = '';
      return parsed.toString();
    case 'media-fragment':
      parsed.hash = `t=${whole}`;
      return parsed.toString();
    case 'none':
      return parsed.toString();
  }
}

/** Seconds asked for by a `#t=` media fragment (`#t=83`, `#t=83.5`, `#t=npt:83`), or null. */
export function fragmentSeconds(hash: string): number | null {
  const match = /^#?t=(?:npt:)?(\d+(?:\.\d+)?)/.exec(hash);
  return match ? Number(match[1]) : null;
}
