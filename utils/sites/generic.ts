import type { Language } from '../notes/schema';
import { languageOfTag } from '../overlay/language';
import { dialogueTracks, pickTrack, textTrackSource } from './text-track-source';
import type { CueSource } from './types';

/** The video a viewer is most likely watching: the largest one on screen. */
export function findMainVideo(): HTMLVideoElement | null {
  let best: HTMLVideoElement | null = null;
  let bestArea = 0;
  for (const video of document.querySelectorAll('video')) {
    const { width, height } = video.getBoundingClientRect();
    const area = width * height;
    if (area > bestArea) {
      best = video;
      bestArea = area;
    }
  }
  return best;
}

/** Languages Nunchi prefers when a video has several tracks, in order. */
const PREFERRED: readonly Language[] = ['ko', 'zh', 'ja'];

/**
 * The TextTrack source for a video's best dialogue track, or a message saying there is none.
 * Tracks added later (players often attach them after the video) call `onTracksChanged`.
 */
export function trackSourceFor(
  video: HTMLVideoElement,
  signal: AbortSignal,
  onTracksChanged: () => void,
): { source: CueSource | null; message: string } {
  video.textTracks.addEventListener('addtrack', onTracksChanged, { signal });
  video.textTracks.addEventListener('removetrack', onTracksChanged, { signal });
  const wanted = (tag: string) => {
    const lang = languageOfTag(tag);
    return lang !== null && PREFERRED.includes(lang);
  };
  const track = pickTrack(dialogueTracks(video), wanted);
  if (!track) {
    return {
      source: null,
      message:
        'This video has no subtitle track. Load a subtitle file (SRT, WebVTT, ASS, TTML) from the overlay or this popup.',
    };
  }
  return { source: textTrackSource(video, track), message: '' };
}
