import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language, Note } from '../../../utils/notes/schema';
import { readPack } from '../../../scripts/lib/pack-assets';

// A citation names a dictionary entry a reader can look up in the dictionary we ship
// (utils/notes/README.md, "Sources"). Each cited form must be one of that entry's spellings.
const CITED: { lang: Language; prefix: string; dict: string; fields: readonly string[] }[] = [
  { lang: 'zh', prefix: 'CC-CEDICT: ', dict: 'zh.jsonl.gz', fields: ['h', 'v'] },
  { lang: 'ja', prefix: 'EDICT2: ', dict: 'ja.jsonl.gz', fields: ['h', 'v', 'r'] },
];

/** Every spelling the converted dictionary lists, read line by line from the gzip. */
async function dictionaryForms(file: string, fields: readonly string[]): Promise<Set<string>> {
  const forms = new Set<string>();
  const lines = createInterface({
    input: createReadStream(path.resolve(import.meta.dirname, '../../../public/dict', file)).pipe(
      createGunzip(),
    ),
    crlfDelay: Infinity,
  });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false; // the first line describes the file, not an entry
      continue;
    }
    if (!line) continue;
    const entry = JSON.parse(line) as Record<string, unknown>;
    for (const field of fields) {
      const value = entry[field];
      for (const form of Array.isArray(value) ? value : [value]) {
        if (typeof form === 'string') forms.add(form);
      }
    }
  }
  return forms;
}

const citations = (notes: readonly Note[], prefix: string) =>
  notes.flatMap((n) =>
    n.sources
      .filter((s) => s.startsWith(prefix))
      .map((s) => ({ id: n.id, form: s.slice(prefix.length).trim() })),
  );

describe.each(CITED)('$prefix citations in the $lang pack', ({ lang, prefix, dict, fields }) => {
  let notes: Note[];
  let forms: Set<string>;
  beforeAll(async () => {
    [notes, forms] = await Promise.all([
      readPack(lang).then((p) => p.notes),
      dictionaryForms(dict, fields),
    ]);
  }, 30_000);

  it('reads a dictionary and finds citations to check', () => {
    expect(forms.size).toBeGreaterThan(100_000);
    expect(citations(notes, prefix).length).toBeGreaterThan(0);
  });

  it(`name entries present in public/dict/${dict}`, () => {
    const missing = citations(notes, prefix)
      .filter((c) => !forms.has(c.form))
      .map((c) => `${c.id}: ${prefix}${c.form}`);
    expect(missing).toEqual([]);
  });
});
