/**
 * Shared by the build-dict-<lang>.ts converters: validation and deterministic output.
 * The converters read ../shared/data only when a person runs them; the build never does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  DictHeaderSchema,
  DictLineSchema,
  formatDict,
  type DictHeader,
  type DictLine,
} from '../utils/dictionary/format/index';

export const REPO = path.resolve(import.meta.dirname, '..');
/** Third-party sources live beside the checkout, never inside it. */
export const SHARED_DATA = path.resolve(REPO, '../shared/data');
export const DICT_DIR = path.join(REPO, 'public/dict');

export function readSource(name: string): string {
  const buf = readFileSync(path.join(SHARED_DATA, name));
  return (name.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/**
 * Validates every line and writes `public/dict/<lang>.jsonl.gz`. gzipSync writes mtime 0 and
 * no file name, so the same input gives the same bytes on every run.
 */
export function writeDict(header: Omit<DictHeader, 'entries'>, lines: readonly DictLine[]): void {
  const full = DictHeaderSchema.parse({ ...header, entries: lines.length });
  lines.forEach((line, i) => {
    const result = DictLineSchema.safeParse(line);
    if (!result.success) {
      throw new Error(`${full.lang} entry ${i + 1} (${line.h}): ${result.error.message}`);
    }
  });
  const gz = gzipSync(Buffer.from(formatDict(full, lines), 'utf8'), { level: 9 });
  const out = path.join(DICT_DIR, `${full.lang}.jsonl.gz`);
  writeFileSync(out, gz);
  console.log(`${path.relative(REPO, out)}: ${lines.length} entries, ${gz.length} bytes`);
}
