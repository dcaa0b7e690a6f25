import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlayUi } from '../../components/overlay/mount';
import { youtube } from '../../utils/sites/descriptions';
import { startSiteScript } from '../../utils/sites/site-script';

/**
 * YouTube through the same chain as every described site (utils/sites/site-script.ts): the
 * caption track the player itself requests (json3, read by the main-world hook) for whole-track
 * viewing, else the rendered captions, the TextTracks, the caption finder and the picker. Its
 * own entrypoint keeps YouTube's match pattern apart from the streaming sites'.
 */
export default defineContentScript({
  matches: [...youtube.matches],
  runAt: 'document_idle',
  main(ctx) {
    startSiteScript(ctx, youtube, mountOverlayUi);
  },
});
