import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../settings/schema';

// The options page stores the viewer's settings under this key. Until the settings storage
// module lands, the page side reads it directly and validates it, falling back to defaults.
const KEY = 'local:settings';

/** Stored settings when they are valid, the defaults otherwise: a bad value never breaks a page. */
export function validSettings(value: unknown): Settings {
  const parsed = SettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function loadSettings(): Promise<Settings> {
  try {
    return validSettings(await storage.getItem<unknown>(KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `onChange` with the new settings whenever the options page saves, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const unwatch = storage.watch<unknown>(KEY, (value) => onChange(validSettings(value)));
  signal.addEventListener('abort', unwatch);
}
