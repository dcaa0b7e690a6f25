import { normalizeLang } from '../tracks/lang';
import type { TrackInfo } from '../tracks/types';
import type { FeedState } from './track-feed';

/** The languages Nunchi reads, by normalised tag. */
const STUDY: Record<string, string> = { ko: 'Korean', zh: 'Chinese', ja: 'Japanese' };

/** A language tag in words: "Korean", "English", or the tag itself. */
export function languageName(tag: string): string {
  if (Object.hasOwn(STUDY, tag)) return STUDY[tag]!;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function list(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)!}`;
}

/** A track as the popup names it: “Korean”, or “한국어” (Korean) when the site names it so. */
export function trackName(track: TrackInfo): string {
  const language = languageName(track.lang);
  // A label that is only a language tag (`ja-JP`) says nothing the language name does not.
  const plain =
    !track.label || track.label === language || normalizeLang(track.label) === track.lang;
  return plain ? `“${language}”` : `“${track.label}” (${language})`;
}

/**
 * Why the site's own track cannot be read, in words a viewer can act on; null when the feed has
 * nothing to say (no track seen, or one is loading or ready).
 */
export function feedProblem(siteName: string, state: FeedState): string | null {
  switch (state.state) {
    case 'failed':
      return `${siteName}'s subtitle track ${trackName(state.track)} could not be loaded (${state.message}). Reloading the page usually gets a fresh address.`;
    case 'unreadable': {
      const study = state.tracks.filter((t) => Object.hasOwn(STUDY, t.lang));
      if (study.length > 0 && study.every((t) => t.imageBased)) {
        return `${siteName} sends ${list(study.map((t) => languageName(t.lang)))} subtitles for this video only as pictures, which Nunchi cannot read. Try another subtitle language in the player, or load a subtitle file.`;
      }
      if (study.length === 0) {
        const langs = state.tracks.map((t) => languageName(t.lang)).filter((n) => n !== 'und');
        return `This video's subtitles are in ${list(langs) || 'languages Nunchi does not read'}; Nunchi reads Korean, Chinese and Japanese. Load a subtitle file to read another one.`;
      }
      return `${siteName} lists ${list(study.map((t) => languageName(t.lang)))} subtitles but has not sent them yet: turn them on in the player.`;
    }
    default:
      return null;
  }
}
