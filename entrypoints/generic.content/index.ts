import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlayUi } from '../../components/overlay/mount';
import { genericSite } from '../../utils/sites/descriptions';
import { startSiteScript } from '../../utils/sites/site-script';

/**
 * Any page the viewer turned Nunchi on for from the popup: the background registers this script
 * for that origin only (an optional host permission), so nothing runs on sites never asked for.
 * The page goes through the same chain as the described sites, with what fits any page: the
 * largest video's TextTracks, the caption finder and the captions the viewer points at.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    const site = genericSite(location);
    // A video opened directly in a tab is a media document, which honours #t=.
    const media = /^(video|audio)\//.test(document.contentType);
    startSiteScript(ctx, media ? { ...site, timestamp: 'media-fragment' } : site, mountOverlayUi);
  },
});
