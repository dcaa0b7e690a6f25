import { captionText } from './caption-text';
import { findCaptionElement } from './caption-finder';
import { queryDeep, queryDeepAll } from './deep-query';
import { videoIdFromUrl, type RenderedCaptions, type SiteDescription } from './descriptions';
import { feedProblem, trackName } from './feed-status';
import { NativeCaptionHider } from './native-captions';
import type { PickedCaptions } from './picked-captions';
import { pickCaptionElement } from './picker';
import { selectorFor } from './picker-selector';
import { renderedCaptionSource } from './rendered-caption-source';
import { progressClock } from './site-clock';
import { dialogueTracks, pickTrack, textTrackSource } from './text-track-source';
import { timedTrackSource } from './timed-track-source';
import type { TimingOffsets } from './timing-offset';
import type { TrackFeed } from './track-feed';
import type { CueSink, CueSource, PickOutcome } from './types';

export interface SiteSourcesOptions {
  site: SiteDescription;
  signal: AbortSignal;
  /** Asks the page session for the source again (PageSession.refresh). */
  refresh: () => void;
  /** The site's whole tracks from the main-world hook; absent for sites that send none. */
  feed?: TrackFeed | null;
  /** Caption elements the viewer pointed at; absent: no picker. */
  picked?: PickedCaptions;
  offsets?: TimingOffsets | null;
  /** Languages to read from the video's TextTracks, the viewer's order (`ko`, `zh`, `ja`). */
  preferred?: () => readonly string[];
}

export interface SiteSources {
  /** The site's video: the largest connected match of its selector. */
  findVideo: () => HTMLVideoElement | null;
  /** The best source for `video` now (for startPageSession's `sourceFor`). */
  sourceFor: (
    video: HTMLVideoElement,
    signal: AbortSignal,
  ) => { source: CueSource | null; message: string };
  /** Starts the picking mode over the current video (also on every source as `pickCaptions`). */
  pick(): Promise<PickOutcome>;
  /** Forgets the element the viewer pointed at on this site. */
  forgetPicked(): Promise<void>;
  /** The current video's id, for offsets and status. */
  videoId(): string | null;
  /** Checks now whether a better source is available (the track feed changed). */
  recheck(): void;
}

/**
 * How often availability is checked: a track arriving, a caption layout appearing, a TextTrack
 * being added. Cheap checks (a few selector queries) so a second is plenty.
 */
const CHECK_MS = 1000;

/** A candidate source, best first; `key` changes when a different source of that kind applies. */
interface Candidate {
  rank: number;
  key: string;
  make: () => CueSource;
}

/**
 * The fallback chain for one site, as data-driven as its description: the site's whole track
 * (main-world hook) > captions the viewer pointed at > the site's caption layouts (current, then
 * older) > the video's TextTracks > the generic caption finder > waiting (and the subtitle file
 * the viewer can always load). It picks the best available for each video, then keeps checking:
 * when something better appears (the track finished loading, the layout showed up) the page
 * session is asked for the source again. It never steps down on its own (a caption container
 * that disappears between cues must not drop the lines seen); a new video starts over.
 */
export function createSiteSources(options: SiteSourcesOptions): SiteSources {
  const { site, signal, feed } = options;
  let pickedSelector: string | null = null;
  let foundSelector: string | null = null;
  let active: { video: HTMLVideoElement; rank: number; key: string } | null = null;
  let activeSource: CueSource | null = null;
  let nativeHidden = false;
  let picking = false;
  let videoId: string | null = null;
  const hasLayout = site.captions !== null || (site.olderCaptions?.length ?? 0) > 0;

  const currentVideoId = () => videoIdFromUrl(site, location.href) ?? feed?.videoId() ?? null;

  const findVideo = (): HTMLVideoElement | null => {
    let best: HTMLVideoElement | null = null;
    let bestArea = -1;
    for (const el of queryDeepAll(document, site.video)) {
      if (el.localName !== 'video' || !el.isConnected) continue;
      const { width, height } = el.getBoundingClientRect();
      if (width * height > bestArea) {
        best = el as HTMLVideoElement;
        bestArea = width * height;
      }
    }
    return best;
  };

  const clockFor = (video: HTMLVideoElement) =>
    site.clock ? progressClock(video, site.clock.progress) : undefined;

  const fallbackNote = (what: string) =>
    hasLayout
      ? `${site.name}'s captions were not where Nunchi expects them (the player may have changed); reading ${what} instead.`
      : undefined;

  const problem = () => (feed ? feedProblem(site.name, feed.state()) : null);

  const rendered = (
    video: HTMLVideoElement,
    captions: RenderedCaptions,
    label: string,
    note?: string,
  ) =>
    renderedCaptionSource({
      captions,
      nativeCaptions:
        captions === site.captions || site.olderCaptions?.includes(captions)
          ? site.nativeCaptions
          : [captions.container],
      clock: () => video.currentTime * 1000,
      label,
      hint: site.hint,
      imageHint: `${site.name} draws these subtitles as pictures, which have no text to read. Nunchi reads ${site.name}'s text track instead when the player loads one: reload the page with the subtitles on.`,
      problem,
      ...(note ? { note } : {}),
    });

  const candidates = (video: HTMLVideoElement): Candidate[] => {
    const list: Candidate[] = [];
    const state = feed?.state();
    if (state?.state === 'ready') {
      const { track, cues } = state.loaded;
      const clock = clockFor(video);
      const hider = new NativeCaptionHider(site.nativeCaptions);
      list.push({
        rank: 0,
        key: `track:${track.videoId}:${track.url}:${track.lang}`,
        make: () =>
          timedTrackSource(video, cues, {
            label: `${site.name} subtitle track ${trackName(track)}`,
            langTag: track.lang,
            setNativeHidden: (hidden) => (hider.hidden = hidden),
            ...(clock ? { clock } : {}),
            ...(options.offsets ? { offset: options.offsets } : {}),
          }),
      });
    }
    if (pickedSelector && queryDeep(document, pickedSelector)) {
      const selector = pickedSelector;
      list.push({
        rank: 1,
        key: `picked:${selector}`,
        make: () =>
          rendered(
            video,
            { container: selector, update: 'in-place' },
            'The captions you pointed at',
          ),
      });
    }
    const layouts = [...(site.captions ? [site.captions] : []), ...(site.olderCaptions ?? [])];
    layouts.forEach((captions, i) => {
      if (!queryDeep(document, captions.container)) return;
      const layout = captions.layout ? ` (${captions.layout})` : '';
      list.push({
        rank: 2 + i,
        key: `layout:${i}`,
        make: () => rendered(video, captions, `${site.name} captions${layout}`),
      });
    });
    const tracks = dialogueTracks(video);
    if (tracks.length > 0) {
      const track = pickTrack(tracks, options.preferred?.() ?? []);
      if (track) {
        list.push({
          rank: 10,
          key: `texttrack:${track.label}:${track.language}`,
          make: () =>
            withNote(textTrackSource(video, track), fallbackNote('the video’s subtitle track')),
        });
      }
    }
    if (foundSelector && queryDeep(document, foundSelector)) {
      const selector = foundSelector;
      list.push({
        rank: 11,
        key: `found:${selector}`,
        make: () =>
          rendered(
            video,
            { container: selector, update: 'in-place' },
            hasLayout ? 'Captions found on the page (fallback)' : 'Captions found on the page',
            fallbackNote('text found over the video'),
          ),
      });
    }
    return list;
  };

  /** What to use while nothing is available: the site's layout (it waits) or the finder's wait. */
  const waiting = (video: HTMLVideoElement): Candidate => {
    if (site.captions) {
      const captions = site.captions;
      return {
        rank: 50,
        key: 'waiting:layout',
        make: () => rendered(video, captions, `${site.name} captions`),
      };
    }
    return {
      rank: 50,
      key: 'waiting',
      make: () => waitingSource(site.name, () => problem() ?? site.hint),
    };
  };

  const best = (video: HTMLVideoElement): Candidate =>
    candidates(video).sort((a, b) => a.rank - b.rank)[0] ?? waiting(video);

  const pick = async (): Promise<PickOutcome> => {
    const video = active?.video ?? findVideo();
    if (!video) return { picked: false, reason: 'no-video' };
    if (picking || !options.picked) return { picked: false, reason: 'busy' };
    picking = true;
    const wasHidden = nativeHidden;
    // The site's captions must be visible to be pointed at.
    activeSource?.setNativeHidden(false);
    try {
      const element = await pickCaptionElement({ video, signal });
      if (!element) return { picked: false, reason: 'cancelled' };
      const selector = selectorFor(element);
      pickedSelector = selector;
      await options.picked.set(site.id, selector).catch(() => undefined);
      options.refresh();
      return { picked: true, selector, text: captionText(element).trim() };
    } finally {
      picking = false;
      if (wasHidden) activeSource?.setNativeHidden(true);
    }
  };

  /** Every source offers the picker and remembers whether it hid the site's captions. */
  const decorate = (source: CueSource): CueSource => ({
    start: (sink, sourceSignal) => source.start(sink, sourceSignal),
    ...(source.followsTiming ? { followsTiming: true } : {}),
    setNativeHidden(hidden) {
      nativeHidden = hidden;
      source.setNativeHidden(hidden);
    },
    ...(options.picked ? { pickCaptions: pick } : {}),
    ...(source.videoTimeOf ? { videoTimeOf: source.videoTimeOf.bind(source) } : {}),
  });

  const check = () => {
    const id = currentVideoId();
    if (id !== videoId) {
      videoId = id;
      void options.offsets?.setVideo(id).catch(() => undefined);
    }
    if (!active?.video.isConnected) return;
    // The finder only looks while nothing better than it is in use.
    if (active.rank >= 11 && !foundSelector) {
      const found = findCaptionElement(active.video);
      if (found) foundSelector = selectorFor(found);
    }
    const next = best(active.video);
    const better = next.rank < active.rank;
    const newTrack = next.rank === 0 && active.rank === 0 && next.key !== active.key;
    if (better || newTrack) options.refresh();
  };

  void options.picked
    ?.get(site.id)
    .then((selector) => {
      pickedSelector = selector;
      check();
    })
    .catch(() => undefined);
  const timer = setInterval(check, CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(timer));

  return {
    findVideo,
    sourceFor(video, sourceSignal) {
      const chosen = best(video);
      active = { video, rank: chosen.rank, key: chosen.key };
      const source = decorate(chosen.make());
      activeSource = source;
      sourceSignal.addEventListener('abort', () => {
        if (activeSource === source) activeSource = null;
      });
      return { source, message: site.hint };
    },
    pick,
    async forgetPicked() {
      pickedSelector = null;
      await options.picked?.forget(site.id);
      options.refresh();
    },
    videoId: () => videoId ?? currentVideoId(),
    recheck: check,
  };
}

/** A source's report with a note added (a fallback saying what it stands in for). */
function withNote(source: CueSource, note: string | undefined): CueSource {
  if (!note) return source;
  return {
    ...source,
    start(sink, signal) {
      source.start(
        {
          show: (cues) => sink.show(cues),
          describe: (info) => sink.describe({ ...info, label: `${info.label} (fallback)`, note }),
        },
        signal,
      );
    },
    setNativeHidden: (hidden) => source.setNativeHidden(hidden),
  };
}

/** Nothing to read yet: says why, and keeps saying it as the reason changes. */
function waitingSource(siteName: string, problem: () => string): CueSource {
  return {
    start(sink: CueSink, signal: AbortSignal) {
      let said = '';
      const describe = () => {
        const text = problem();
        if (text === said) return;
        said = text;
        sink.describe({
          label: `${siteName}: no subtitles yet`,
          langTag: null,
          lines: 0,
          sample: [],
          problem: text,
        });
      };
      describe();
      const timer = setInterval(describe, CHECK_MS);
      signal.addEventListener('abort', () => clearInterval(timer));
    },
    setNativeHidden() {},
  };
}
