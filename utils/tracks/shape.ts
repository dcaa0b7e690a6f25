import { isRecord } from '../subtitles/json';

/**
 * Readers for JSON a site sent. Every payload is untrusted and may be partial or renamed after
 * a player update, so each read answers "absent" instead of throwing.
 */

export { isRecord };

/** `value[key1][key2]…`, or undefined as soon as a step is not an object. */
export function dig(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** A non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A string or a finite number as a string (ids arrive as either), or undefined. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value);
}

/** The records of an array; anything else, or non-record items, are dropped. */
export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** JSON text parsed, or undefined when it is not JSON. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

/** `url` resolved against `base`, or undefined when either is not a usable http(s) URL. */
export function resolveUrl(url: string, base?: string): string | undefined {
  try {
    const resolved = new URL(url.startsWith('//') ? `https:${url}` : url, base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:'
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** A query parameter of a URL, or undefined. */
export function queryParam(url: string, name: string): string | undefined {
  try {
    return new URL(url).searchParams.get(name) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * `table[key]` for a key that came from a site: only the table's own entries, so a key such as
 * `constructor` never reaches Object.prototype.
 */
export function own<T>(
  table: Readonly<Record<string, T>>,
  key: string | null | undefined,
): T | undefined {
  return key != null && Object.hasOwn(table, key) ? table[key] : undefined;
}
