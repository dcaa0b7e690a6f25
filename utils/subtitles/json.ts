import { stripBom } from './decode';
import { SubtitleParseError } from './errors';
import { errorMessage } from '../error-message';

/** Parses JSON subtitles, turning a syntax error into a message a viewer can act on. */
export function parseJsonDocument(text: string, what: string): unknown {
  try {
    return JSON.parse(stripBom(text)) as unknown;
  } catch (error) {
    const reason = errorMessage(error);
    throw new SubtitleParseError('invalid', `This ${what} file is not valid JSON: ${reason}`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The array under `key` of a JSON object, or a clear error naming what was expected. */
export function arrayField(data: unknown, key: string, what: string): unknown[] {
  const value = isRecord(data) ? data[key] : undefined;
  if (!Array.isArray(value)) {
    throw new SubtitleParseError(
      'invalid',
      `This does not look like a ${what} file: there is no "${key}" list`,
    );
  }
  return value as unknown[];
}

export function finiteNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
