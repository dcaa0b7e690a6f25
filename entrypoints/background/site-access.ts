import type { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { storage } from 'wxt/utils/storage';
import { errorMessage } from '../../utils/error-message';

/** The runtime-registered content script for sites without a built-in one (generic <video>). */
export const GENERIC_SCRIPT_ID = 'nunchi-generic';
// Typed as a public path by hand: WXT lists only files that exist at type-generation time.
export const GENERIC_SCRIPT_FILE = '/content-scripts/generic.js' as ScriptPublicPath;

const enabledItem = storage.defineItem<string[]>('local:enabledSites', { fallback: [] });

type Scripting = typeof browser.scripting;
type Permissions = typeof browser.permissions;

export interface SiteAccessDeps {
  scripting: Pick<
    Scripting,
    | 'getRegisteredContentScripts'
    | 'registerContentScripts'
    | 'updateContentScripts'
    | 'unregisterContentScripts'
    | 'executeScript'
  >;
  permissions: Pick<Permissions, 'contains' | 'remove'>;
  /** Match patterns of the manifest's static content scripts (YouTube and friends). */
  builtInMatches: readonly string[];
}

export type SiteAccess = ReturnType<typeof createSiteAccess>;

/**
 * Turning Nunchi on for a site the viewer picks: the popup obtains the optional host permission
 * (it must, inside its click handler), then this registers the generic content script for the
 * site, persists the choice, and injects the script into the open tab right away.
 */
export function createSiteAccess(deps: SiteAccessDeps) {
  const builtIn = deps.builtInMatches.map((m) => new MatchPattern(m));

  const isBuiltIn = (origin: string) => builtIn.some((p) => p.includes(`${origin}/`));
  const granted = (origin: string) =>
    deps.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);

  /**
   * Makes the registered script cover exactly the enabled sites that still have permission.
   * Idempotent: runs on every worker start, because registrations made in an earlier session
   * may or may not still be there (and `onInstalled` fires as "install" on every unpacked load).
   */
  async function sync(): Promise<void> {
    const origins = await enabledItem.getValue();
    const allowed: string[] = [];
    for (const origin of origins) if (await granted(origin)) allowed.push(originPattern(origin));
    const existing = await deps.scripting.getRegisteredContentScripts({ ids: [GENERIC_SCRIPT_ID] });
    if (!allowed.length) {
      if (existing.length)
        await deps.scripting.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] });
      return;
    }
    const script = {
      id: GENERIC_SCRIPT_ID,
      js: [GENERIC_SCRIPT_FILE],
      matches: allowed,
      runAt: 'document_idle' as const,
      allFrames: true,
      persistAcrossSessions: true,
    };
    if (existing.length) await deps.scripting.updateContentScripts([script]);
    else await deps.scripting.registerContentScripts([script]);
  }

  return {
    sync,

    async status(rawOrigin: string): Promise<{ enabled: boolean; builtIn: boolean }> {
      const origin = webOrigin(rawOrigin);
      if (isBuiltIn(origin)) return { enabled: true, builtIn: true };
      const enabled = (await enabledItem.getValue()).includes(origin) && (await granted(origin));
      return { enabled, builtIn: false };
    },

    async enable(rawOrigin: string, tabId?: number): Promise<{ enabled: boolean; error?: string }> {
      const origin = webOrigin(rawOrigin);
      if (isBuiltIn(origin)) return { enabled: true };
      if (!(await granted(origin))) {
        return { enabled: false, error: `Nunchi has no access to ${new URL(origin).host} yet.` };
      }
      const origins = await enabledItem.getValue();
      if (!origins.includes(origin)) await enabledItem.setValue([...origins, origin]);
      await sync();
      if (tabId === undefined) return { enabled: true };
      try {
        await deps.scripting.executeScript({
          target: { tabId, allFrames: true },
          files: [GENERIC_SCRIPT_FILE],
        });
        return { enabled: true };
      } catch (error) {
        const reason = errorMessage(error);
        return { enabled: true, error: `Turned on; reload the page to start (${reason}).` };
      }
    },

    async disable(rawOrigin: string): Promise<{ enabled: boolean }> {
      const origin = webOrigin(rawOrigin);
      if (isBuiltIn(origin)) return { enabled: true };
      await enabledItem.setValue((await enabledItem.getValue()).filter((o) => o !== origin));
      await sync();
      // Hand the permission back too; a site listed in the manifest cannot be removed, so ignore.
      await deps.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
      return { enabled: false };
    },
  };
}

/** `https://example.com:8080/x` -> `https://example.com:8080`; only web pages qualify. */
export function webOrigin(raw: string): string {
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Nunchi can only be turned on for web pages, not ${url.protocol} pages`);
  }
  return url.origin;
}

/** Match patterns have no port: `*://host/*` already covers every port of the host. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
