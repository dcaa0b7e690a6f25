import type { Language } from '../notes/schema';
import type { LanguageEngine } from './types';

/**
 * Languages register by code. Engines are loaded lazily so a content script only pays for
 * the languages that actually appear on screen.
 */
const loaders: Record<Language, () => Promise<LanguageEngine>> = {
  ko: () => import('./ko').then((m) => m.koreanEngine),
  zh: () => import('./zh').then((m) => m.chineseEngine),
  ja: () => import('./ja').then((m) => m.japaneseEngine),
};

const cache = new Map<Language, Promise<LanguageEngine>>();

export function loadEngine(code: Language): Promise<LanguageEngine> {
  let engine = cache.get(code);
  if (!engine) {
    engine = loaders[code]();
    cache.set(code, engine);
  }
  return engine;
}
