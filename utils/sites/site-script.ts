import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import type { MountUi } from '../overlay/controller';
import { startPageSession, type PageSession } from '../overlay/page-session';
import { DEFAULT_SETTINGS, readingOrder, type Settings } from '../settings/schema';
import { getSettings, watchSettings } from '../settings/storage';
import { createOffsetStore, type OffsetStorage } from '../tracks/offset-store';
import type { FetchText } from '../tracks/types';
import { backgroundTrackParsers } from './background-parsers';
import { videoIdFromUrl, type SiteDescription } from './descriptions';
import { pickedCaptions } from './picked-captions';
import { createSiteSources, type SiteSources } from './site-sources';
import { createTimingOffsets, type TimingOffsets } from './timing-offset';
import { createTrackFeed } from './track-feed';

/** Timing offsets in extension storage (`local:timing-offset:…`), readable from any frame. */
export const extensionOffsetStorage: OffsetStorage = {
  get: (key) => storage.getItem<unknown>(`local:${key}`),
  set: (key, value) =>
    value === undefined
      ? storage.removeItem(`local:${key}`)
      : storage.setItem(`local:${key}`, value),
};

/**
 * The page-origin fetch for a track's files: the content script's fetch runs with the page's
 * origin, so the site's CDN answers it as it answers the player. Cookies only go to the page's
 * own host, as the player's own requests for subtitle files do.
 */
const fetchText: FetchText = async (url) => {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
};

/** How long the top frame of a site whose player sits in an iframe waits for its own video. */
const TOP_FRAME_WAIT_MS = 3000;

export interface SiteScript {
  sources: SiteSources;
  offsets: TimingOffsets;
  session: PageSession;
}

/**
 * Starts Nunchi on a page of `site`: the track feed (when the site sends whole tracks), the
 * fallback chain and the overlay session, which owns every key (timing keys while a source
 * that follows the offsets plays, Shift+C to point at captions), and single-page navigation.
 * Every content script runs it: each described site, YouTube, and any page the viewer turned
 * Nunchi on for (`genericSite`).
 */
export function startSiteScript(
  ctx: ContentScriptContext,
  site: SiteDescription,
  mountUi: MountUi,
  onStarted?: (script: SiteScript) => void,
): void {
  const top = window === window.top;
  if (!top && !site.inFrames) return;
  const start = () => {
    const script = run(ctx, site, mountUi);
    onStarted?.(script);
  };
  if (!top || !site.playerFrame) {
    start();
    return;
  }
  // The player may sit in an iframe whose own script reports to the popup; the top frame only
  // starts when it has a video itself, or when no player frame shows up (a page without video).
  const began = Date.now();
  const timer = ctx.setInterval(() => {
    const hasVideo = document.querySelector('video') !== null;
    const hasFrame = document.querySelector(site.playerFrame!) !== null;
    if (hasVideo || (!hasFrame && Date.now() - began >= TOP_FRAME_WAIT_MS)) {
      clearInterval(timer);
      start();
    }
  }, 500);
}

function run(ctx: ContentScriptContext, site: SiteDescription, mountUi: MountUi): SiteScript {
  const signal = ctx.signal;
  let settings: Settings = DEFAULT_SETTINGS;
  void getSettings()
    .then((s) => (settings = s))
    .catch(() => undefined);
  const unwatch = watchSettings((s) => (settings = s));
  signal.addEventListener('abort', unwatch);
  // The enabled languages in the viewer's order (options page): for the site's tracks, after
  // the player's choice and the video's original language, and for the video's TextTracks.
  const preferred = () => readingOrder(settings);

  let session: PageSession | null = null;
  let sources: SiteSources | null = null;
  const refresh = () => session?.refresh();
  const feed = site.track
    ? createTrackFeed({
        site: site.track,
        urlVideoId: () => videoIdFromUrl(site, location.href),
        preferred,
        fetchText,
        parsers: backgroundTrackParsers,
        signal,
        onChange: () => sources?.recheck(),
      })
    : null;
  const offsets = createTimingOffsets(site.id, createOffsetStore(extensionOffsetStorage));
  sources = createSiteSources({
    site,
    signal,
    refresh,
    feed,
    picked: pickedCaptions,
    offsets,
    preferred,
  });

  session = startPageSession({
    site,
    signal,
    // Files the viewer loads here follow the same per-site, per-video offsets.
    timing: offsets,
    mountUi,
    findVideo: sources.findVideo,
    sourceFor: sources.sourceFor,
    noVideoMessage: `Open a video on ${site.name}: Nunchi reads its subtitles while it plays.`,
    answerPopup: true,
  });
  // Single-page sites keep the page (and often the <video>) for the next episode: drop the old
  // lines, and a subtitle file loaded for the old episode.
  ctx.addEventListener(window, 'wxt:locationchange', () => session?.refresh({ replaceFile: true }));

  return { sources, offsets, session };
}
