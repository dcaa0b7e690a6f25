import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlayUi } from '../../components/overlay/mount';
import { startPageSession } from '../../utils/overlay/page-session';
import { findMainVideo, trackSourceFor } from '../../utils/sites/generic';
import { extensionOffsetStorage } from '../../utils/sites/site-script';
import { createTimingOffsets } from '../../utils/sites/timing-offset';
import { createOffsetStore } from '../../utils/tracks/offset-store';

/**
 * Any page the viewer turned Nunchi on for from the popup: the background registers this script
 * for that origin only (an optional host permission), so nothing runs on sites never asked for.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // One stable callback, so re-reading the tracks never stacks listeners (same listener, same type).
    const onTracksChanged = () => session.refresh();
    const mediaDocument = /^(video|audio)\//.test(document.contentType);
    // Subtitle files loaded over this site's videos keep their timing per site and per page.
    const timing = createTimingOffsets(
      location.hostname || 'file',
      createOffsetStore(extensionOffsetStorage),
    );
    const followPage = () => void timing.setVideo(location.pathname).catch(() => undefined);
    followPage();
    const session = startPageSession({
      timing,
      site: {
        name: location.hostname || 'this page',
        // A video opened directly in a tab is a media document, which honours #t=.
        timestamp: mediaDocument ? 'media-fragment' : 'none',
        nativeCaptions: [],
      },
      signal: ctx.signal,
      mountUi: mountOverlayUi,
      findVideo: findMainVideo,
      noVideoMessage: 'No video found on this page.',
      answerPopup: true,
      sourceFor: (video, signal) => trackSourceFor(video, signal, onTracksChanged),
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      followPage();
      session.refresh({ replaceFile: true });
    });
  },
});
