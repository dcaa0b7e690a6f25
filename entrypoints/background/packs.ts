import { parsePack } from '../../utils/notes/pack';
import type { Language, Pack } from '../../utils/notes/schema';

/**
 * Note packs shipped as `packs/<lang>.json`, parsed and validated once per worker. A failed load
 * is not cached, so a later request tries again.
 */
export function createPackCache(fetchJson: (path: string) => Promise<unknown>) {
  const cache = new Map<Language, Promise<Pack>>();
  return (lang: Language): Promise<Pack> => {
    let pack = cache.get(lang);
    if (!pack) {
      pack = fetchJson(`/packs/${lang}.json`).then((data) => parsePack(lang, data));
      pack.catch(() => cache.delete(lang));
      cache.set(lang, pack);
    }
    return pack;
  };
}
