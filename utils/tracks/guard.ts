/**
 * Whether a result fetched for `fetchedVideoId` still belongs on screen. Single-page sites
 * (YouTube, Shorts swiping, Netflix preloading the next episode) change video while a track is
 * in flight; a result for another video must be dropped, and so must one when the current
 * video is unknown.
 */
export function isForCurrentVideo(
  currentVideoId: string | null | undefined,
  fetchedVideoId: string,
): boolean {
  return !!currentVideoId && currentVideoId === fetchedVideoId;
}

/** A track (or loaded track) when it belongs to the current video, else null. */
export function keepIfCurrent<T extends { videoId: string } | { track: { videoId: string } }>(
  result: T,
  currentVideoId: string | null | undefined,
): T | null {
  const videoId = 'track' in result ? result.track.videoId : result.videoId;
  return isForCurrentVideo(currentVideoId, videoId) ? result : null;
}
