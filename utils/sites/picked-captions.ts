import { storage } from 'wxt/utils/storage';
import { isValidDeepSelector } from './deep-query';

/**
 * Caption elements the viewer pointed at, remembered per site (a site id, or the page's origin
 * for sites without an adapter), so the picker is needed once. Stored values are read back as
 * untrusted: anything that is not a usable selector is ignored.
 */
export interface PickedCaptions {
  get(site: string): Promise<string | null>;
  set(site: string, selector: string): Promise<void>;
  forget(site: string): Promise<void>;
}

/** Longer than any selector the picker writes; a longer stored value is not ours. */
const MAX_SELECTOR = 600;

export function parsePickedStore(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [site, selector] of Object.entries(raw)) {
    if (typeof selector === 'string' && selector.length <= MAX_SELECTOR) out[site] = selector;
  }
  return out;
}

const item = storage.defineItem<unknown>('local:pickedCaptions', { fallback: {} });

export const pickedCaptions: PickedCaptions = {
  async get(site) {
    const selector = parsePickedStore(await item.getValue())[site];
    return selector && isValidDeepSelector(selector, document) ? selector : null;
  },
  async set(site, selector) {
    const all = parsePickedStore(await item.getValue());
    await item.setValue({ ...all, [site]: selector });
  },
  async forget(site) {
    const all = parsePickedStore(await item.getValue());
    delete all[site];
    await item.setValue(all);
  },
};
