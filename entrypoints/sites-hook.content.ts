import { defineContentScript } from 'wxt/utils/define-content-script';
import { describeSite, SITES } from '../utils/sites/descriptions';
import { installPageHook } from '../utils/sites/page-hook';

/**
 * The main-world half of reading a site's whole subtitle track (utils/sites/page-hook.ts): it
 * must run in the page's own world, before the player's code, to see the player's requests and
 * parsed manifests. Only sites that send whole tracks (YouTube's: the player's own caption
 * request, which carries the token a request of Nunchi's would lack).
 */
export default defineContentScript({
  matches: SITES.filter((site) => site.track).flatMap((site) => [...site.matches]),
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  main() {
    const site = describeSite(location.href, SITES);
    if (!site?.track || (window !== window.top && !site.inFrames)) return;
    installPageHook(site.track);
  },
});
