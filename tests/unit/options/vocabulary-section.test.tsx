// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VocabularySection } from '../../../components/options/VocabularySection';
import { backupJson, makeBackup } from '../../../utils/vocabulary/backup';
import { openVocabDb, type VocabDb } from '../../../utils/vocabulary/db';
import { recordGrade, saveTerm } from '../../../utils/vocabulary/repository';

const NOW = Date.UTC(2026, 10, 22, 12);

let db: VocabDb;
let n = 0;
/** What the page handed to the browser to download: file name and text. */
let downloads: { name: string; text: Promise<string> }[];

beforeEach(() => {
  db = openVocabDb(`options-vocab-${++n}`);
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, text: blobs.get(this.href)!.text() });
  });
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await db.delete();
});

const save = (term: string, line: string, now = NOW) =>
  saveTerm(
    db,
    {
      lang: 'ko',
      term,
      gloss: `${term} meaning`,
      context: { line, title: 'Demo', site: 'demo', url: 'https://a.test/v#t=5' },
    },
    now,
  );

function choose(content: string, name = 'backup.json') {
  const input = screen.getByTestId('vocabulary-import');
  fireEvent.change(input, { target: { files: [new File([content], name)] } });
}

describe('vocabulary section', () => {
  it('counts the words and cannot export an empty vocabulary', async () => {
    render(<VocabularySection db={db} now={() => NOW} />);
    await screen.findByText(/0 saved words/);
    expect(screen.getByRole('button', { name: 'Export for Anki (TSV)' })).toHaveProperty(
      'disabled',
      true,
    );
    await save('먹다', '밥 먹었어?');
    await screen.findByText(/1 saved word\./);
    expect(screen.getByRole('button', { name: 'Export for Anki (TSV)' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('exports an Anki TSV and a JSON backup as downloads', async () => {
    await save('먹다', '밥 먹다 말고');
    await save('대박', '대박이다');
    render(<VocabularySection db={db} now={() => NOW} />);
    await screen.findByText(/2 saved words/);
    fireEvent.click(screen.getByRole('button', { name: 'Export for Anki (TSV)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export a backup (JSON)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((d) => d.name)).toEqual([
      'nunchi-vocabulary-2026-11-22.tsv',
      'nunchi-vocabulary-2026-11-22.json',
    ]);
    const tsv = (await downloads[0]!.text).split('\n');
    expect(tsv[0]).toBe('#separator:tab');
    expect(tsv[4]).toBe(
      '먹다\t\t먹다 meaning\t밥 «먹다» 말고\tDemo\thttps://a.test/v#t=5\tnunchi ko',
    );
    const json = JSON.parse(await downloads[1]!.text) as ReturnType<typeof makeBackup>;
    expect(json).toMatchObject({ format: 'nunchi-vocabulary', version: 1, exportedAt: NOW });
    expect(json.entries.map((e) => e.term)).toEqual(['먹다', '대박']);
  });

  it('merges a good backup and says how many were added and merged', async () => {
    const { id } = await save('먹다', '밥 먹었어?');
    const file = backupJson(makeBackup(await db.entries.toArray(), NOW));
    await recordGrade(db, id, 'good', NOW + 1);
    await db.entries.clear();
    await save('대박', '대박이다');
    render(<VocabularySection db={db} now={() => NOW} />);
    choose(file);
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('Imported backup.json: 1 added, 0 merged, 0 already there.');
    expect((await db.entries.toArray()).map((e) => e.term).sort()).toEqual(['대박', '먹다']);
    choose(file);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        '0 added, 0 merged, 1 already there',
      ),
    );
  });

  it.each([
    ['not JSON', 'term\tmeaning', /Nothing was imported\. The file is not JSON/],
    ['another JSON file', '{"a":1}', /not a Nunchi vocabulary backup/],
    [
      'a damaged backup',
      JSON.stringify({ format: 'nunchi-vocabulary', version: 1, exportedAt: 1, entries: [{}] }),
      /The backup is damaged at entries\[0\]/,
    ],
  ])('refuses %s with a clear error and changes nothing', async (_what, content, error) => {
    await save('먹다', '밥 먹었어?');
    const before = await db.entries.toArray();
    render(<VocabularySection db={db} now={() => NOW} />);
    choose(content);
    expect((await screen.findByRole('alert')).textContent).toMatch(error);
    expect(await db.entries.toArray()).toEqual(before);
  });

  it('refuses a file over the size bound without reading it', async () => {
    render(<VocabularySection db={db} now={() => NOW} />);
    const big = new File(['x'], 'big.json');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    const text = vi.spyOn(big, 'text');
    fireEvent.change(screen.getByTestId('vocabulary-import'), { target: { files: [big] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was imported: the file is larger than 20 MB.',
    );
    expect(text).not.toHaveBeenCalled();
  });

  it('shows hostile text from a file as text', async () => {
    render(<VocabularySection db={db} now={() => NOW} />);
    choose('{"a":1}', '<img src=x onerror=alert(1)>.json');
    await screen.findByRole('alert');
    const backup = makeBackup([], NOW);
    choose(backupJson(backup), '<img src=x onerror=alert(1)>.json');
    expect((await screen.findByRole('status')).textContent).toContain('<img src=x');
    expect(document.querySelector('img')).toBeNull();
  });
});
