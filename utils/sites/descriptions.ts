import { MatchPattern } from 'wxt/utils/match-patterns';
import type { TimestampStyle } from '../overlay/timestamp-url';

/**
 * How a site's player shows captions, as data. Selectors change with every player update
 * (see the site table in the project guide), so they live here, apart from the adapter code
 * that uses them, and each one is covered by a fixture page.
 */
export interface SiteDescription {
  id: string;
  /** Shown in the popup's status line and stored with saved words. */
  name: string;
  /** Content-script match patterns (the same strings the entrypoint declares). */
  matches: readonly string[];
  /** The site's main video; the first match that is connected and has a size wins. */
  video: string;
  /** Captions the site renders into the DOM; null when it draws them some other way. */
  captions: RenderedCaptions | null;
  /** Elements to hide while Nunchi's overlay shows the same lines. */
  nativeCaptions: readonly string[];
  /** How a URL reopens a moment on this site. */
  timestamp: TimestampStyle;
  /** What the viewer can do when no caption appears. */
  hint: string;
}

export interface RenderedCaptions {
  /** The element that holds every caption window; observed for changes. */
  container: string;
  /** One visual line, in document order, inside the container. */
  line: string;
  /** Text pieces of a line, when the line holds other things too (icons, padding spans). */
  segment?: string;
  /**
   * `recreated`: the site removes and re-adds caption elements per cue (childList is enough).
   * `in-place`: it rewrites text nodes and attributes of long-lived elements.
   */
  update: 'recreated' | 'in-place';
}

export const youtube: SiteDescription = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['*://*.youtube.com/*'],
  video: '#movie_player video.html5-main-video, #movie_player video',
  captions: {
    container: '#ytp-caption-window-container',
    line: '.caption-window span.caption-visual-line',
    segment: 'span.ytp-caption-segment',
    update: 'recreated',
  },
  nativeCaptions: ['#ytp-caption-window-container'],
  timestamp: 'youtube',
  hint: "Turn on YouTube's subtitles (the CC button) in Korean, Chinese or Japanese; Nunchi reads them from the player.",
};

/** Sites with their own adapter; any other page goes through the generic content script. */
export const SITES: readonly SiteDescription[] = [youtube];

/** The description whose match patterns cover `url`, or null. */
export function describeSite(url: string): SiteDescription | null {
  return SITES.find((site) => site.matches.some((p) => new MatchPattern(p).includes(url))) ?? null;
}
