import { mountOverlayUi } from '../../components/overlay/mount';
import { startPageSession } from '../../utils/overlay/page-session';
import { fragmentSeconds } from '../../utils/overlay/timestamp-url';
import { extensionOffsetStorage } from '../../utils/sites/site-script';
import { dialogueTracks, pickTrack, textTrackSource } from '../../utils/sites/text-track-source';
import { createTimingOffsets } from '../../utils/sites/timing-offset';
import { createOffsetStore } from '../../utils/tracks/offset-store';

const video = document.querySelector<HTMLVideoElement>('#demo-video')!;
const player = document.querySelector<HTMLElement>('#player')!;

// Saved words link back here with #t=<seconds>: open at that moment.
const openAt = fragmentSeconds(location.hash);
if (openAt !== null) video.currentTime = openAt;

// Fullscreen the player box rather than the <video>: nothing can be drawn over a fullscreen
// video element, and the overlay follows the box in.
document.querySelector('#fullscreen')!.addEventListener('click', () => {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void player.requestFullscreen();
});

// A subtitle file loaded over the clip can be moved with the timing keys, remembered.
const timing = createTimingOffsets('demo', createOffsetStore(extensionOffsetStorage));
void timing.setVideo('chuseok-eve').catch(() => undefined);

// The same pipeline the content scripts run, over the bundled clip's Korean track.
startPageSession({
  timing,
  site: { name: 'Nunchi demo', timestamp: 'media-fragment', nativeCaptions: [] },
  signal: new AbortController().signal,
  mountUi: mountOverlayUi,
  findVideo: () => video,
  noVideoMessage: '',
  // The popup talks to content scripts with tabs.sendMessage, which never reaches an
  // extension page; the demo page has its own "Load subtitles…" control instead.
  answerPopup: false,
  sourceFor: (v) => {
    const track = pickTrack(dialogueTracks(v), ['ko']);
    return track
      ? { source: textTrackSource(v, track), message: '' }
      : { source: null, message: 'The demo track is missing.' };
  },
});
