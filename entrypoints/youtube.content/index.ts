import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlayUi } from '../../components/overlay/mount';
import { startPageSession } from '../../utils/overlay/page-session';
import { youtube } from '../../utils/sites/descriptions';
import { renderedCaptionSource } from '../../utils/sites/rendered-caption-source';
import { extensionOffsetStorage } from '../../utils/sites/site-script';
import { createTimingOffsets } from '../../utils/sites/timing-offset';
import { createOffsetStore } from '../../utils/tracks/offset-store';
import { youtubeVideoId } from '../../utils/tracks/youtube';

export default defineContentScript({
  matches: [...youtube.matches],
  runAt: 'document_idle',
  main(ctx) {
    const findVideo = () =>
      [...document.querySelectorAll<HTMLVideoElement>(youtube.video)].find((v) => v.isConnected) ??
      null;
    // Subtitle files loaded over a video keep their timing per video, remembered.
    const timing = createTimingOffsets('youtube', createOffsetStore(extensionOffsetStorage));
    const followVideo = () =>
      void timing.setVideo(youtubeVideoId(location.href)).catch(() => undefined);
    followVideo();
    const session = startPageSession({
      timing,
      site: youtube,
      signal: ctx.signal,
      mountUi: mountOverlayUi,
      findVideo,
      noVideoMessage: 'Open a video: Nunchi reads the captions of YouTube’s player.',
      answerPopup: true,
      sourceFor: (video) => ({
        source: renderedCaptionSource({
          captions: youtube.captions!,
          nativeCaptions: youtube.nativeCaptions,
          clock: () => video.currentTime * 1000,
          label: 'YouTube captions',
          hint: youtube.hint,
        }),
        message: youtube.hint,
      }),
    });
    // YouTube is a single-page app: a new video keeps the same <video> element, so the lines
    // seen (and any file loaded for the old video) are dropped on navigation.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      followVideo();
      session.refresh({ replaceFile: true });
    });
  },
});
