import { readInterceptedResponse } from '../tracks/intercept';
import { loadTrack } from '../tracks/load';
import type { TrackParsers } from '../tracks/parsers';
import { chooseTrack, isReadableTrack } from '../tracks/pick';
import type { FetchText, TrackCues, TrackInfo, TrackSite } from '../tracks/types';
import { extensionEnvelope, parsePageMessage, type PageMessage } from './channel';
import { errorMessage } from '../error-message';

export interface TrackFeedOptions {
  site: TrackSite;
  /** The video the page URL names, or null when the URL does not (then: the latest listed). */
  urlVideoId: () => string | null;
  /** Languages to read, the viewer's order (normalised tags: `ko`, `zh`, `ja`). */
  preferred: () => readonly string[];
  fetchText: FetchText;
  /** Where files and manifests become cues and tracks (the background, in a content script). */
  parsers: TrackParsers;
  signal: AbortSignal;
  /** Something changed for the current video (a track became ready, or failed). */
  onChange: () => void;
}

/** What the feed knows about the current video, for the popup when no track is ready. */
export type FeedState =
  | { state: 'ready'; loaded: TrackCues }
  | { state: 'loading'; track: TrackInfo }
  /** Tracks are listed but none can be read: image-only, other languages, no address. */
  | { state: 'unreadable'; tracks: readonly TrackInfo[] }
  | { state: 'failed'; track: TrackInfo; message: string }
  /** Nothing seen yet for this video (the hook may have started after the player). */
  | { state: 'none' };

export interface TrackFeed {
  /** The current video: the URL's, else the latest one the player asked tracks for. */
  videoId(): string | null;
  state(): FeedState;
  /** Whether the main-world hook answered on this page. */
  readonly hooked: boolean;
}

/** Keeps this many videos' tracks (the current one, a preloaded next episode, one back). */
const KEEP_VIDEOS = 4;

/**
 * The content-script end of the track channel: takes what the main-world hook reports (tracks
 * it read from page objects, and responses the player received), routes responses through the
 * track readers, keeps tracks per video (sites preload the next episode), and loads the best
 * track for the current video with the page-origin fetch. Prefers the track the player itself
 * loaded, when it is in a wanted language (that is the one the viewer picked in the player);
 * before the player loads one, the choice is `chooseTrack`'s (selected, original language, the
 * viewer's order).
 * Never throws into the page: malformed messages are ignored, failures become a state.
 */
export function createTrackFeed(options: TrackFeedOptions): TrackFeed {
  const { site, signal } = options;
  const tracksByVideo = new Map<string, TrackInfo[]>();
  /** The track whose file the player loaded, per video: the one the viewer chose. */
  const playerChoice = new Map<string, TrackInfo>();
  const loaded = new Map<string, TrackCues>();
  const failed = new Map<string, string>();
  let loading: { key: string; track: TrackInfo } | null = null;
  let latestVideo: string | null = null;
  let hooked = false;

  const videoId = () => options.urlVideoId() ?? latestVideo;
  const keyOf = (t: TrackInfo) => `${t.videoId}|${t.trackId ?? ''}|${t.url}|${t.lang}|${t.label}`;
  const allTracks = () => [...tracksByVideo.values()].flat();

  const addTracks = (tracks: readonly TrackInfo[]) => {
    for (const track of tracks) {
      const list = tracksByVideo.get(track.videoId) ?? [];
      // A later listing of the same track (URL now known) replaces the earlier one.
      const same = list.findIndex(
        (t) =>
          (track.trackId !== undefined && t.trackId === track.trackId) ||
          (t.url !== '' && t.url === track.url) ||
          (t.lang === track.lang && t.label === track.label && t.kind === track.kind),
      );
      if (same >= 0) list[same] = track;
      else list.push(track);
      tracksByVideo.delete(track.videoId);
      tracksByVideo.set(track.videoId, list);
      latestVideo = track.videoId;
    }
    while (tracksByVideo.size > KEEP_VIDEOS) {
      tracksByVideo.delete(tracksByVideo.keys().next().value!);
    }
  };

  const wanted = () => options.preferred();

  const choose = (id: string): TrackInfo | null => {
    const tracks = (tracksByVideo.get(id) ?? []).filter((t) => !failed.has(keyOf(t)));
    const chosen = playerChoice.get(id);
    if (chosen && !failed.has(keyOf(chosen)) && wanted().includes(chosen.lang)) return chosen;
    return chooseTrack(tracks, wanted());
  };

  const state = (): FeedState => {
    // The video may have changed since the last message (single-page navigation to an episode
    // whose tracks were preloaded): start loading its track now.
    consider();
    const id = videoId();
    if (!id) return { state: 'none' };
    const track = choose(id);
    if (track) {
      const cues = loaded.get(keyOf(track));
      if (cues) return { state: 'ready', loaded: cues };
      return { state: 'loading', track };
    }
    const listed = tracksByVideo.get(id) ?? [];
    const lastFailure = listed.find((t) => failed.has(keyOf(t)));
    if (lastFailure) {
      return { state: 'failed', track: lastFailure, message: failed.get(keyOf(lastFailure))! };
    }
    return listed.length ? { state: 'unreadable', tracks: listed } : { state: 'none' };
  };

  const consider = () => {
    const id = videoId();
    if (!id) return;
    const track = choose(id);
    if (!track || loaded.has(keyOf(track)) || loading?.key === keyOf(track)) return;
    if (!isReadableTrack(track)) return;
    const key = keyOf(track);
    loading = { key, track };
    loadTrack(track, options.fetchText, { parsers: options.parsers, signal }).then(
      (result) => {
        loaded.set(key, result);
        if (loading?.key === key) loading = null;
        if (!signal.aborted) options.onChange();
        consider();
      },
      (error: unknown) => {
        if (signal.aborted) return;
        failed.set(key, errorMessage(error));
        if (loading?.key === key) loading = null;
        options.onChange();
        // Another track in a wanted language may still load.
        consider();
      },
    );
  };

  /** Takes in one message; true when it may change what is chosen. */
  const receive = async (message: PageMessage): Promise<boolean> => {
    switch (message.kind) {
      case 'ready':
        hooked = true;
        return false;
      case 'tracks':
        addTracks(message.tracks.filter((t) => t.site === site));
        return true;
      case 'response': {
        const result = await readInterceptedResponse(
          message,
          { site, videoId: videoId() ?? undefined, knownTracks: allTracks() },
          options.parsers,
        );
        if (!result || signal.aborted) return false;
        if (result.kind === 'tracks') {
          addTracks(result.tracks);
        } else if (result.kind === 'cues') {
          const key = keyOf(result.track);
          addTracks([result.track]);
          loaded.set(key, { track: result.track, cues: result.cues });
          // The player got the file: an earlier failure to fetch it ourselves no longer counts.
          failed.delete(key);
          if (result.track.lang !== 'und') playerChoice.set(result.track.videoId, result.track);
        } else {
          return false;
        }
        return true;
      }
    }
  };

  // One message at a time, in the order posted: a subtitle file is matched to the tracks a list
  // before it named, and parsing it may wait on the background. The choice is made once the
  // messages at hand are in (the replay after `hello` comes as a burst), so a file the player
  // already loaded is seen before Nunchi fetches the same track itself.
  let received: Promise<void> = Promise.resolve();
  let pending = 0;
  let changed = false;
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      // Only this frame's own window posts on the channel; the data is validated regardless.
      if (event.source !== window) return;
      const message = parsePageMessage(event.data);
      if (!message) return;
      pending++;
      received = received
        .then(() => receive(message))
        .then(
          (change) => void (changed ||= change),
          () => undefined,
        )
        .finally(() => {
          if (--pending > 0 || !changed || signal.aborted) return;
          changed = false;
          consider();
          options.onChange();
        });
    },
    { signal },
  );
  // The hook ran at document_start and kept what it saw; ask for it again.
  // '*' is safe: posting to our own window delivers nowhere else.
  window.postMessage(extensionEnvelope({ kind: 'hello' }), '*');

  return {
    videoId,
    state,
    get hooked() {
      return hooked;
    },
  };
}
