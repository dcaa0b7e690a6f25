import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../utils/language/registry';
import { createAnnotator, type Annotator } from '../../../utils/notes/annotate';
import type { Language, Pack } from '../../../utils/notes/schema';
import { readPack } from '../../../scripts/lib/pack-assets';

// Languages whose engine and pack are in place. Each must pass every gate below.
const LANGS: Language[] = ['ko', 'zh', 'ja'];

const plainLines = (lang: Language) =>
  readFileSync(path.resolve(import.meta.dirname, `../../fixtures/plain-lines/${lang}.txt`), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe.each(LANGS)('%s pack', (lang) => {
  let pack: Pack;
  let annotator: Annotator;
  beforeAll(async () => {
    pack = await readPack(lang);
    annotator = createAnnotator(await loadEngine(lang), pack.notes);
  });

  it('loads and validates', () => {
    expect(pack.notes.length).toBeGreaterThan(0);
  });

  it("matches every note's own example line with that note", () => {
    const unmatched = pack.notes
      .filter((n) => !annotator.annotate(n.example.text).some((m) => m.note.id === n.id))
      .map((n) => `${n.id}: ${n.example.text}`);
    expect(unmatched).toEqual([]);
  });

  it('finds no note in plain everyday lines', () => {
    const noisy = plainLines(lang)
      .map((line) => ({ line, ids: annotator.annotate(line).map((m) => m.note.id) }))
      .filter((r) => r.ids.length > 0)
      .map((r) => `${r.line} -> ${r.ids.join(', ')}`);
    expect(noisy).toEqual([]);
  });

  it('has every field filled and every id prefixed by its language', () => {
    for (const n of pack.notes) {
      expect(n.id.startsWith(`${lang}.`), n.id).toBe(true);
      expect(n.example.text.length, n.id).toBeGreaterThan(0);
    }
  });
});
