import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema';

/**
 * Settings live in `storage.local` (readable from content scripts and extension pages alike).
 * `version` starts the migration chain: when the schema changes, bump it, add a step under
 * `migrations` with a stored example of the old shape, and a test that migrates the example.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  version: 1,
  fallback: DEFAULT_SETTINGS,
});

/**
 * Reads stored settings without ever failing: a valid value is used as is; a damaged one keeps
 * every field that is still valid and takes the default for the rest.
 */
export function parseSettings(raw: unknown): Settings {
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  return repair(SettingsSchema, raw, DEFAULT_SETTINGS) as Settings;
}

function repair(schema: z.ZodMiniType, raw: unknown, fallback: unknown): unknown {
  if (schema instanceof z.ZodMiniObject && isRecord(fallback)) {
    const value = isRecord(raw) ? raw : {};
    const shape = schema.shape as Record<string, z.ZodMiniType>;
    return Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [key, repair(field, value[key], fallback[key])]),
    );
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : structuredClone(fallback);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Calls `onChange` with the validated settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(parseSettings(raw)));
}

/** Applies a change to the current settings and stores the result (validated). */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = SettingsSchema.parse(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}
