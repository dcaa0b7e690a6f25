import type { SiteAccessDeps } from '../../../entrypoints/background/site-access';

type Registered = { id: string; js?: string[]; matches?: string[] };

/**
 * In-memory stand-ins for `scripting` and `permissions`, which fake-browser does not implement.
 * They keep the state a real browser would, so tests assert on outcomes, not on call lists.
 */
export function fakeSiteApis(grantedOrigins: string[] = []) {
  const registered = new Map<string, Registered>();
  const injected: { tabId: number; files: string[] }[] = [];
  const granted = new Set(grantedOrigins);
  let injectError: Error | undefined;

  const scripting: SiteAccessDeps['scripting'] = {
    getRegisteredContentScripts: (filter?: { ids?: string[] }) =>
      Promise.resolve(
        [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      ),
    registerContentScripts: (scripts: Registered[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) return Promise.reject(new Error(`Duplicate script ID '${s.id}'`));
        registered.set(s.id, structuredClone(s));
      }
      return Promise.resolve();
    },
    updateContentScripts: (scripts: Registered[]) => {
      for (const s of scripts) {
        const current = registered.get(s.id);
        if (!current) return Promise.reject(new Error(`No script with ID '${s.id}'`));
        registered.set(s.id, { ...current, ...structuredClone(s) });
      }
      return Promise.resolve();
    },
    unregisterContentScripts: (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
      return Promise.resolve();
    },
    executeScript: (injection: { target: { tabId: number }; files?: string[] }) => {
      if (injectError) return Promise.reject(injectError);
      injected.push({ tabId: injection.target.tabId, files: injection.files ?? [] });
      return Promise.resolve([]);
    },
  } as SiteAccessDeps['scripting'];

  const permissions: SiteAccessDeps['permissions'] = {
    contains: (p: { origins?: string[] }) =>
      Promise.resolve((p.origins ?? []).every((o) => granted.has(o))),
    remove: (p: { origins?: string[] }) => {
      for (const o of p.origins ?? []) granted.delete(o);
      return Promise.resolve(true);
    },
  };

  return {
    scripting,
    permissions,
    registered,
    injected,
    granted,
    failInjection(error: Error) {
      injectError = error;
    },
  };
}
