import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedPublicFile } from 'wxt';
import { LANGUAGES, type Language, type Pack } from '../../utils/notes/schema';
import { mergePackFragments } from '../../utils/notes/pack';

export const PACKS_DIR = path.resolve(import.meta.dirname, '../../public/packs');

/** Reads and validates every fragment of a language's pack (Node only: CLI, bench, build). */
export async function readPack(language: Language): Promise<Pack> {
  const dir = path.join(PACKS_DIR, language);
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.json')).sort();
  const fragments = await Promise.all(
    names.map(async (name) => ({
      name: `${language}/${name}`,
      data: JSON.parse(await readFile(path.join(dir, name), 'utf8')) as unknown,
    })),
  );
  return mergePackFragments(language, fragments);
}

/** WXT build hook: replace the per-category fragments with one validated pack per language. */
export async function packAssets(files: ResolvedPublicFile[]): Promise<void> {
  for (let i = files.length - 1; i >= 0; i--) {
    if (/^packs\/[a-z]{2}\/.+\.json$/.test(files[i]!.relativeDest)) files.splice(i, 1);
  }
  for (const language of LANGUAGES) {
    const pack = await readPack(language);
    files.push({ relativeDest: `packs/${language}.json`, contents: JSON.stringify(pack) });
  }
}
