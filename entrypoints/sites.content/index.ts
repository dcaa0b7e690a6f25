import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlayUi } from '../../components/overlay/mount';
import { describeSite, SCRIPT_SITES } from '../../utils/sites/descriptions';
import { startSiteScript } from '../../utils/sites/site-script';

/**
 * One data-driven script for every described streaming site (utils/sites/descriptions.ts):
 * the sites differ only in data (selectors, track reader, clock), and one bundle keeps one copy
 * of the overlay in the package instead of one per site. Each site's own match patterns are
 * listed, so it runs nowhere else. All frames, because Bilibili's player page is embedded in
 * other sites' iframes and Crunchyroll's player sits in one; other sites stop at once in frames.
 */
export default defineContentScript({
  matches: SCRIPT_SITES.flatMap((site) => [...site.matches]),
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const site = describeSite(location.href, SCRIPT_SITES);
    if (site) startSiteScript(ctx, site, mountOverlayUi);
  },
});
