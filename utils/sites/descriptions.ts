import { MatchPattern } from 'wxt/utils/match-patterns';
import type { TimestampStyle } from '../overlay/timestamp-url';
import type { TrackSite } from '../tracks/types';

/**
 * How a site's player shows captions, as data. Selectors change with every player update
 * (see the site table in the project guide), so they live here, apart from the adapter code
 * that uses them, and each one is covered by a fixture page and a unit test. Selectors may
 * enter open shadow roots with ` >>> ` (see deep-query.ts).
 */
export interface SiteDescription {
  id: string;
  /** Shown in the popup's status line and stored with saved words. */
  name: string;
  /** Content-script match patterns (the same strings the entrypoint declares). */
  matches: readonly string[];
  /** The site's main video: of the connected matches, the largest on screen wins. */
  video: string;
  /** Captions the site renders into the DOM, current player; null when it draws them some other way. */
  captions: RenderedCaptions | null;
  /** Layouts of older player builds still served to some viewers (staged rollouts), tried next. */
  olderCaptions?: readonly RenderedCaptions[];
  /** Elements to hide while Nunchi's overlay shows the same lines. */
  nativeCaptions: readonly string[];
  /** How a URL reopens a moment on this site. */
  timestamp: TimestampStyle;
  /** What the viewer can do when no caption appears. */
  hint: string;
  /** The reader of the site's whole subtitle track, when the site sends one (main-world hook). */
  track?: TrackSite;
  /**
   * Where the page URL names the video: a pattern on the path whose first group is the id, or a
   * query parameter. Absent: the video of the latest track list the player asked for (players
   * whose URL names the show, not the episode, or that live in an iframe).
   */
  videoId?: { path?: RegExp; param?: string };
  /**
   * The site's own content clock, when `video.currentTime` is not content time (Disney+
   * restarts it per media source): an element whose `aria-valuenow` is the position in seconds.
   */
  clock?: { progress: string };
  /** Run in sub-frames too: the site's player page is embedded in iframes (Bilibili, Crunchyroll). */
  inFrames?: boolean;
  /**
   * The player lives in this iframe of the top page (Crunchyroll): the top frame leaves the
   * tab's status to the frame with the video. Sites whose player page is embedded by others
   * (Bilibili's player.bilibili.com) are covered because their script runs in every frame.
   */
  playerFrame?: string;
}

export interface RenderedCaptions {
  /** The element that holds every caption window; observed for changes. */
  container: string;
  /** One visual line or caption box, in document order, inside the container; absent: the container itself. */
  line?: string;
  /** Text pieces of a line, when the line holds other things too (icons, padding spans). */
  segment?: string;
  /**
   * `recreated`: the site removes and re-adds caption elements per cue.
   * `in-place`: it rewrites text nodes and attributes of long-lived elements (observed too).
   */
  update: 'recreated' | 'in-place';
  /** Captions drawn as pictures (no text in the DOM), to say so instead of "no captions". */
  images?: string;
  /** How the status names this layout when it is not the current one ("older player"). */
  layout?: string;
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
  track: 'youtube',
  videoId: { param: 'v', path: /^\/(?:shorts|live)\/([\w-]+)/ },
};

export const netflix: SiteDescription = {
  id: 'netflix',
  name: 'Netflix',
  matches: ['*://*.netflix.com/*'],
  video: '.watch-video video',
  // Newer builds nest `span > span` with inline styles inside the container; the text reader
  // takes any nesting, with <br> as line breaks.
  captions: {
    container: '.watch-video .player-timedtext',
    line: '.player-timedtext-text-container',
    update: 'recreated',
    images: '.image-based-timed-text image, .image-based-timed-text svg',
  },
  nativeCaptions: ['.watch-video .player-timedtext'],
  timestamp: 'none',
  hint: "Turn on Netflix's subtitles in Korean, Chinese or Japanese (the speech-bubble button). If the episode was already playing, reload the page so Nunchi sees the player load them.",
  track: 'netflix',
  videoId: { path: /^\/watch\/(\d+)/ },
};

export const viki: SiteDescription = {
  id: 'viki',
  name: 'Viki',
  matches: ['*://*.viki.com/*'],
  video: '.video-js video.vjs-tech, .video-js video',
  captions: {
    container: '.video-js .vjs-text-track-display',
    line: '.vjs-text-track-cue > div',
    update: 'recreated',
  },
  nativeCaptions: ['.video-js .vjs-text-track-display'],
  timestamp: 'none',
  hint: "Pick Korean, Chinese or Japanese subtitles in Viki's player (the CC button). Some titles only have subtitles burned into the picture, which Nunchi cannot read.",
  track: 'viki',
  videoId: { path: /^\/videos\/(\d+v)/ },
};

export const disneyPlus: SiteDescription = {
  id: 'disneyplus',
  name: 'Disney+',
  matches: ['*://*.disneyplus.com/*'],
  // 2026 builds keep the video in the light DOM; 2024 builds put it in the player's open shadow root.
  video: 'disney-web-player video, disney-web-player >>> video',
  captions: {
    container: 'disney-web-player .TimedTextOverlay',
    line: '.hive-subtitle-renderer-line',
    update: 'recreated',
  },
  olderCaptions: [
    {
      container: 'disney-web-player >>> .dss-subtitle-renderer-wrapper',
      line: '.dss-subtitle-renderer-line',
      update: 'recreated',
      layout: 'older player',
    },
  ],
  nativeCaptions: [
    'disney-web-player .TimedTextOverlay',
    'disney-web-player >>> .dss-subtitle-renderer-wrapper',
  ],
  timestamp: 'none',
  hint: "Turn on Disney+'s subtitles in Korean, Chinese or Japanese (Audio & Subtitles menu).",
  track: 'disneyplus',
  videoId: { path: /^\/(?:[a-z]{2}-[a-z]{2}\/)?(?:play|video)\/([\w-]+)/ },
  // The video element's clock restarts with each media source (intros, recaps, the episode).
  clock: {
    progress:
      'disney-web-player [role="slider"][aria-valuenow], disney-web-player >>> [role="slider"][aria-valuenow]',
  },
};

export const primeVideo: SiteDescription = {
  id: 'primevideo',
  name: 'Prime Video',
  // On Amazon's own domains only the video pages, not the whole shop.
  matches: [
    '*://*.primevideo.com/*',
    '*://*.amazon.com/gp/video/*',
    '*://*.amazon.co.jp/gp/video/*',
    '*://*.amazon.co.uk/gp/video/*',
    '*://*.amazon.de/gp/video/*',
  ],
  // Trailers autoplay in plain <video> elements on the same page; the episode is the MSE (blob:) one.
  video: '.webPlayerSDKContainer video[src^="blob:"], .webPlayerContainer video[src^="blob:"]',
  captions: {
    container: '.atvwebplayersdk-captions-overlay',
    line: 'span.atvwebplayersdk-captions-text',
    update: 'in-place',
  },
  nativeCaptions: ['.atvwebplayersdk-captions-overlay'],
  timestamp: 'none',
  hint: 'Turn on Prime Video subtitles in Korean, Chinese or Japanese (Subtitles and Audio menu).',
  track: 'primevideo',
};

export const max: SiteDescription = {
  id: 'max',
  name: 'Max',
  matches: ['*://*.max.com/*', '*://*.hbomax.com/*'],
  video: 'video',
  // Class names are hashed per build; data-testid attributes are what stays.
  captions: {
    container: '[data-testid="caption_renderer_overlay"]',
    line: '[data-testid="CueBoxContainer"] > div > div > div',
    update: 'recreated',
  },
  nativeCaptions: ['[data-testid="caption_renderer_overlay"]'],
  timestamp: 'none',
  hint: "Turn on Max's subtitles in Korean, Chinese or Japanese (the speech-bubble button).",
  track: 'max',
  videoId: { path: /^\/video\/watch\/([\w-]+)/ },
};

export const iqiyi: SiteDescription = {
  id: 'iqiyi',
  name: 'iQIYI',
  matches: ['*://*.iq.com/*', '*://*.iqiyi.com/*'],
  video: '.iqp-player video, video',
  captions: {
    container: '.iqp-subtitle',
    line: '[data-player-hook="subtitleelem"] .subtitle_text',
    update: 'in-place',
  },
  nativeCaptions: ['.iqp-subtitle'],
  timestamp: 'none',
  hint: "Turn on iQIYI's subtitles in Chinese, Korean or Japanese (the subtitle menu).",
  track: 'iqiyi',
};

export const wetv: SiteDescription = {
  id: 'wetv',
  name: 'WeTV',
  matches: ['*://wetv.vip/*', '*://*.wetv.vip/*'],
  video: '#internal-player-wrapper video',
  captions: {
    container: '#internal-player-wrapper .text-track',
    update: 'in-place',
  },
  nativeCaptions: ['#internal-player-wrapper .text-track'],
  timestamp: 'none',
  hint: "Turn on WeTV's subtitles in Chinese, Korean or Japanese (the subtitle menu).",
};

export const bilibili: SiteDescription = {
  id: 'bilibili',
  name: 'Bilibili',
  // www.bilibili.com and player.bilibili.com, the player page other sites embed in an iframe.
  matches: ['*://*.bilibili.com/*'],
  inFrames: true,
  video: '.bpx-player-video-wrap video, .bpx-player-container video',
  captions: {
    container: '.bpx-player-subtitle-wrap',
    line: '.bpx-player-subtitle-panel-text',
    update: 'recreated',
  },
  nativeCaptions: ['.bpx-player-subtitle-wrap'],
  timestamp: 'none',
  hint: "Turn on Bilibili's subtitles (the 字幕 button). Videos without a subtitle track often have words burned into the picture, which Nunchi cannot read.",
  track: 'bilibili',
};

export const bilibiliTv: SiteDescription = {
  id: 'bilibili-tv',
  name: 'Bilibili',
  matches: ['*://*.bilibili.tv/*'],
  video: 'video',
  captions: null,
  nativeCaptions: [],
  timestamp: 'none',
  hint: "Turn on Bilibili's subtitles in Chinese, Korean or Japanese (the subtitle menu).",
  track: 'bilibili',
};

export const crunchyroll: SiteDescription = {
  id: 'crunchyroll',
  name: 'Crunchyroll',
  matches: ['*://*.crunchyroll.com/*'],
  inFrames: true,
  video: '#player0, .video-player-wrapper video, video',
  // libass draws the ASS track on a canvas: there is no caption text in the DOM at all. While
  // Nunchi plays the track, the canvas is what to hide.
  captions: null,
  nativeCaptions: ['canvas.libassjs-canvas'],
  timestamp: 'none',
  hint: "Pick Japanese subtitles in Crunchyroll's player settings. Crunchyroll draws subtitles as pictures, so Nunchi reads the subtitle file the player loads; if the episode was already playing, reload the page.",
  track: 'crunchyroll',
  playerFrame: 'iframe.video-player, iframe[src*="vilos"]',
};

const APPLE_PLAYER = 'apple-tv-plus-player >>> amp-video-player-internal >>> amp-video-player';

export const appleTv: SiteDescription = {
  id: 'appletv',
  name: 'Apple TV+',
  matches: ['*://tv.apple.com/*'],
  // Three nested open shadow roots around the video and its captions.
  video: `${APPLE_PLAYER} >>> video`,
  captions: {
    container: `${APPLE_PLAYER} >>> .video-container`,
    line: ':scope > div > div',
    update: 'recreated',
  },
  nativeCaptions: [`${APPLE_PLAYER} >>> .video-container > div`],
  timestamp: 'none',
  hint: 'Turn on Apple TV+ subtitles in Korean, Chinese or Japanese (the speech-bubble button).',
  track: 'appletv',
  videoId: { path: /\/(umc\.cmc\.[a-z0-9]+)(?:[/?]|$)/ },
};

export const hulu: SiteDescription = {
  id: 'hulu',
  name: 'Hulu',
  matches: ['*://*.hulu.com/*'],
  video: 'video',
  captions: { container: '.ClosedCaption', line: '.CaptionBox', update: 'recreated' },
  olderCaptions: [
    {
      container: 'div.caption-text-box',
      line: ':scope > p',
      update: 'recreated',
      layout: 'older player',
    },
  ],
  nativeCaptions: ['.ClosedCaption', 'div.caption-text-box'],
  timestamp: 'none',
  hint: "Turn on Hulu's subtitles (the CC button).",
};

/** Sites read by the data-driven site script (YouTube runs the same code from its own entrypoint). */
export const SCRIPT_SITES: readonly SiteDescription[] = [
  netflix,
  viki,
  disneyPlus,
  primeVideo,
  max,
  iqiyi,
  wetv,
  bilibili,
  bilibiliTv,
  crunchyroll,
  appleTv,
  hulu,
];

/** Sites described here; any other page goes through the generic content script (`genericSite`). */
export const SITES: readonly SiteDescription[] = [youtube, ...SCRIPT_SITES];

/** The description whose match patterns cover `url`, or null. */
export function describeSite(
  url: string,
  sites: readonly SiteDescription[] = SITES,
): SiteDescription | null {
  return sites.find((site) => site.matches.some((p) => new MatchPattern(p).includes(url))) ?? null;
}

/**
 * A description for a page Nunchi has no adapter for (the viewer turned it on): the largest
 * video, its TextTracks, the caption finder and whatever the viewer points at.
 */
export function genericSite(location: { hostname: string; origin: string }): SiteDescription {
  return {
    id: location.origin,
    name: location.hostname || 'this page',
    matches: [],
    video: 'video',
    captions: null,
    nativeCaptions: [],
    timestamp: 'none',
    hint: 'No captions found yet. Turn on the video’s subtitles, point Nunchi at them (Shift+C, then click the caption text), or load a subtitle file (SRT, WebVTT, ASS, TTML).',
    // Each page is its own video for timing offsets (the whole path names it).
    videoId: { path: /^(.+)$/ },
  };
}

/** The video id the page URL names, or null (see `SiteDescription.videoId`). */
export function videoIdFromUrl(site: SiteDescription, href: string): string | null {
  if (!site.videoId) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const fromParam = site.videoId.param ? url.searchParams.get(site.videoId.param) : null;
  if (fromParam) return fromParam;
  return site.videoId.path?.exec(url.pathname)?.[1] ?? null;
}
