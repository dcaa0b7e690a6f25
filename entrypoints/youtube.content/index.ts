import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlayUi } from '../../components/overlay/mount';
import { startPageSession } from '../../utils/overlay/page-session';
import { youtube } from '../../utils/sites/descriptions';
import { renderedCaptionSource } from '../../utils/sites/rendered-caption-source';

export default defineContentScript({
  matches: [...youtube.matches],
  runAt: 'document_idle',
  main(ctx) {
    const findVideo = () =>
      [...document.querySelectorAll<HTMLVideoElement>(youtube.video)].find((v) => v.isConnected) ??
      null;
    const session = startPageSession({
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
    ctx.addEventListener(window, 'wxt:locationchange', () =>
      session.refresh({ replaceFile: true }),
    );
  },
});
