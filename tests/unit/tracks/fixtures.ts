import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../fixtures/tracks');

/** A fixture file's text (payloads written for these tests, shaped like the sites' own). */
export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, name), 'utf8');
}

/** A fixture file parsed as JSON. */
export function fixtureJson(name: string): unknown {
  return JSON.parse(fixture(name)) as unknown;
}

/**
 * Inputs every extractor must survive with [] and without throwing: wrong types, empty objects,
 * the right keys holding the wrong things.
 */
export const BROKEN_PAYLOADS: readonly unknown[] = [
  undefined,
  null,
  0,
  'not json',
  [],
  {},
  { result: null },
  { result: { movieId: 1, timedtexttracks: 'x' } },
  { result: { movieId: 1, textTracks: [null, 1, 'x', { downloadables: 5 }] } },
  { data: null },
  { data: { subtitle: { subtitles: 'x' } } },
  { data: { program: { stl: [null, { lid: {} }] } } },
  { subtitles: 7, captions: [1, 2] },
  { timedTextUrls: { result: { subtitleUrls: [{ url: 5 }, null] } } },
  { captions: { playerCaptionsTracklistRenderer: { captionTracks: [{}, null] } } },
];
