import { normalizeLang, primaryLanguage } from './lang';
import type { TrackInfo, TrackKind } from './types';

/** Human-made text first: captions add sound descriptions, machine tracks mishear. */
const KIND_RANK: Record<TrackKind, number> = { subtitles: 0, captions: 1, asr: 2, forced: 3 };

/** Whether a track can be loaded and read as a full track of dialogue. */
export function isReadableTrack(track: TrackInfo): boolean {
  if (track.kind === 'forced' || track.imageBased || track.lang === 'zxx') return false;
  if (track.completion !== undefined && track.completion <= 0) return false;
  return track.delivery === 'segments' ? (track.segmentUrls?.length ?? 0) > 0 : track.url !== '';
}

/**
 * The track to read for a viewer whose languages are `preferredLangs`, best first (the study
 * language, then the others). Skips forced, image-only, "no subtitles" and URL-less tracks;
 * within a language prefers an exact tag match, then human subtitles over captions over
 * machine-made ones, then the most complete. When no track is in a preferred language, a track
 * of unknown language (`und`) is returned so the caller can detect its language from the text;
 * otherwise null.
 */
export function pickTrack(
  tracks: readonly TrackInfo[],
  preferredLangs: readonly string[],
): TrackInfo | null {
  const readable = tracks.filter(isReadableTrack);
  for (const wanted of preferredLangs.map(normalizeLang)) {
    const base = primaryLanguage(wanted);
    const ranked = readable
      .map((track, order) => ({ track, order, exact: track.lang === wanted }))
      .filter(({ track, exact }) => exact || primaryLanguage(track.lang) === base)
      .sort(
        (a, b) =>
          Number(b.exact) - Number(a.exact) ||
          KIND_RANK[a.track.kind] - KIND_RANK[b.track.kind] ||
          (b.track.completion ?? 100) - (a.track.completion ?? 100) ||
          a.order - b.order,
      );
    if (ranked[0]) return ranked[0].track;
  }
  return readable.find((track) => track.lang === 'und') ?? null;
}

/**
 * The track to read when a video offers several and the player has not loaded one yet: the
 * track the player has selected (as the payload says), when it is in a language the viewer
 * reads; else the video's original language when the payload names it and the viewer reads it
 * (a Chinese drama offering Korean subtitles is read in Chinese); else the viewer's languages
 * in their order (`preferredLangs`, the settings' order of the enabled languages). Within a
 * language, as `pickTrack`.
 */
export function chooseTrack(
  tracks: readonly TrackInfo[],
  preferredLangs: readonly string[],
): TrackInfo | null {
  const wanted = preferredLangs.map(normalizeLang);
  const reads = (lang: string) => wanted.includes(primaryLanguage(lang)) || wanted.includes(lang);
  const selected = tracks.find((t) => t.selected && isReadableTrack(t) && reads(t.lang));
  if (selected) return selected;
  const original = tracks.find((t) => t.originalLang)?.originalLang;
  const first = original && reads(original) ? [original] : [];
  return pickTrack(tracks, [...first, ...wanted.filter((lang) => lang !== original)]);
}
