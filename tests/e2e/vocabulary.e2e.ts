import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backup } from '../../utils/vocabulary/backup';
import {
  createWorld,
  expectVocabRow,
  openPopup,
  screenshot,
  seek,
  tabIdOf,
  type Session,
  demoCue,
} from './harness';

describe('vocabulary: drill, export, import', () => {
  let world: Awaited<ReturnType<typeof createWorld>>;
  let session: Session;
  let demo: Page;
  /** The JSON backup downloaded by the export step, imported again later. */
  let backupPath = '';
  /** Where downloads are kept under their own names, as a browser would save them. */
  const downloads = mkdtempSync(path.join(tmpdir(), 'nunchi-vocabulary-'));

  const extensionPage = async (name: string) => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/${name}.html`);
    return page;
  };
  /** Saves the note mark `noteId` on the demo line containing `line`. */
  const saveNote = async (line: string, noteId: string) => {
    await seek(demo, demoCue(line).at, '#demo-video');
    await demo.locator(`[data-note-id="${noteId}"]`).hover();
    const card = demo.locator('[data-testid="nunchi-note-card"]');
    await card.locator('[data-testid="nunchi-save"]').click();
    await expect
      .poll(() => card.locator('[data-testid="nunchi-saved"]').textContent())
      .toBe('Saved');
    await demo.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    world = await createWorld('vocabulary');
    session = await world.launch();
    demo = await extensionPage('demo');
  });
  afterAll(async () => {
    await world?.dispose();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('saves two expressions on the demo page', async () => {
    await saveNote('눈이 높아서', 'ko.nuni-nopda');
    await saveNote('오빠, 인사해', 'ko.oppa');
    const popup = await openPopup(session, await tabIdOf(session, demo));
    await expectVocabRow(popup, '눈이 높다');
    await expectVocabRow(popup, '오빠');
    await popup.close();
  });

  it('drills both on the review page, and an Again card comes back', async () => {
    const review = await extensionPage('review');
    const count = review.locator('[data-testid="review-count"]');
    const card = review.locator('[data-testid="review-card"]');
    const answer = review.locator('[data-testid="review-answer"]');
    await expect.poll(() => count.textContent()).toBe('2 due of 2');

    // Saved first, due longest: 눈이 높다. The line shows with the expression marked.
    expect(await card.getAttribute('data-term')).toBe('눈이 높다');
    expect(await card.locator('.review-line mark').count()).toBeGreaterThan(0);
    expect(await answer.count()).toBe(0);
    await review.keyboard.press('Space');
    await answer.waitFor();
    expect(await answer.locator('.grade').allTextContents()).toEqual([
      'Again10 min',
      'Hard1 d',
      'Good2 d',
      'Easy4 d',
    ]);
    await screenshot(review, 'vocabulary-review-answer');
    await review.keyboard.press('3'); // Good

    await expect.poll(() => card.getAttribute('data-term')).toBe('오빠');
    await review.getByRole('button', { name: 'Show meaning' }).click();
    await review.getByRole('button', { name: /^Again/ }).click();

    // Again puts it at the end of the sitting.
    await expect.poll(() => card.getAttribute('data-term')).toBe('오빠');
    await expect.poll(() => card.locator('.review-meta').textContent()).toContain('3 of 3');
    await screenshot(review, 'vocabulary-review-again');
    // A grade given by mistake is undone, then given again.
    await review.keyboard.press('Control+z');
    await expect.poll(() => card.locator('.review-meta').textContent()).toContain('2 of 2');
    await review.keyboard.press('Space');
    await review.keyboard.press('1');
    await expect.poll(() => card.locator('.review-meta').textContent()).toContain('3 of 3');
    await review.keyboard.press('Enter');
    await review.keyboard.press('4'); // Easy

    await review.locator('[data-testid="review-done"]').waitFor();
    await expect.poll(() => count.textContent()).toBe('0 due of 2');
    // The page's live query catches up with the last grade's write a moment after the sitting ends.
    await expect
      .poll(() => review.locator('[data-testid="review-done"]').textContent())
      .toMatch(/Done: 3 cards reviewed\.Nothing is due right now; the next card is due in 2 d\./);
    await screenshot(review, 'vocabulary-review-done');
    await review.getByRole('button', { name: 'Practise anyway' }).click();
    await card.waitFor();
    expect(await card.locator('.review-meta').textContent()).toContain('practising ahead');
    await review.close();
  });

  it('exports an Anki TSV and a JSON backup from the options page', async () => {
    const options = await extensionPage('options');
    const section = options.locator('[data-testid="vocabulary-section"]');
    await section.scrollIntoViewIfNeeded();
    await expect.poll(() => section.textContent()).toContain('2 saved words');

    const [tsvDownload] = await Promise.all([
      options.waitForEvent('download'),
      section.getByRole('button', { name: 'Export for Anki (TSV)' }).click(),
    ]);
    expect(tsvDownload.suggestedFilename()).toMatch(/^nunchi-vocabulary-\d{4}-\d\d-\d\d\.tsv$/);
    const tsv = readFileSync(await tsvDownload.path(), 'utf8').split('\n');
    expect(tsv.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Term\tReading\tMeaning\tSentence\tShow\tLink\tTags',
      '#tags column:7',
    ]);
    const rows = new Map(
      tsv
        .slice(4)
        .filter(Boolean)
        .map((line) => line.split('\t'))
        .map((fields) => [fields[0], fields]),
    );
    const high = rows.get('눈이 높다')!;
    expect(high).toHaveLength(7);
    // The saved line, its expression between guillemets.
    expect(high[3]!.replace(/[«»]/g, '')).toBe(demoCue('눈이 높아서').text);
    expect(high[3]).toMatch(/«눈이 높[^»]*»/);
    expect(high[2]!.length).toBeGreaterThan(0);
    expect(high[4]).toBe('Nunchi demo · Chuseok Eve');
    // The link reopens the moment (the demo reads a media fragment).
    expect(high[5]).toMatch(/demo\.html#t=\d+$/);
    expect(high[6]).toBe('nunchi ko');
    expect(rows.get('오빠')?.[3]).toMatch(/«오빠»/);

    const [jsonDownload] = await Promise.all([
      options.waitForEvent('download'),
      section.getByRole('button', { name: 'Export a backup (JSON)' }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
    backupPath = path.join(downloads, jsonDownload.suggestedFilename());
    await jsonDownload.saveAs(backupPath);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as Backup;
    expect(backup).toMatchObject({ format: 'nunchi-vocabulary', version: 1 });
    const byTerm = new Map(backup.entries.map((e) => [e.term, e]));
    expect([...byTerm.keys()].sort()).toEqual(['눈이 높다', '오빠']);
    // The grades given on the review page travel with the words.
    expect(byTerm.get('눈이 높다')!.schedule).toMatchObject({ interval: 2, reps: 1 });
    expect(byTerm.get('오빠')!.schedule).toMatchObject({ interval: 4, reps: 1 });
    expect(byTerm.get('오빠')!.contexts[0]!.line).toBe(demoCue('오빠, 인사해').text);
    await options.close();
  });

  it('removes a word, imports the backup, and has it back with its schedule', async () => {
    const popup = await openPopup(session, await tabIdOf(session, demo));
    await (
      await expectVocabRow(popup, '오빠')
    )
      .getByRole('button', { name: 'Delete 오빠' })
      .click();
    await popup
      .locator('[data-testid="vocab-row"][data-term="오빠"]')
      .waitFor({ state: 'detached' });
    await popup.close();

    const options = await extensionPage('options');
    const section = options.locator('[data-testid="vocabulary-section"]');
    await expect.poll(() => section.textContent()).toContain('1 saved word.');

    // A file that is not a backup changes nothing and says why.
    await section.locator('[data-testid="vocabulary-import"]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await expect
      .poll(() => section.getByRole('alert').textContent())
      .toBe('Nothing was imported. The file is not a Nunchi vocabulary backup.');

    await section.locator('[data-testid="vocabulary-import"]').setInputFiles(backupPath);
    await expect
      .poll(() => section.getByRole('status').textContent())
      .toBe(`Imported ${path.basename(backupPath)}: 1 added, 0 merged, 1 already there.`);
    await expect.poll(() => section.textContent()).toContain('2 saved words');
    await section.scrollIntoViewIfNeeded();
    await screenshot(options, 'vocabulary-options-imported');
    await options.close();

    const again = await openPopup(session, await tabIdOf(session, demo));
    expect(await (await expectVocabRow(again, '오빠')).textContent()).toContain(
      demoCue('오빠, 인사해').text,
    );
    await again.close();
    // Back with its schedule: not due again before its four days are up.
    const review = await extensionPage('review');
    await expect
      .poll(() => review.locator('[data-testid="review-count"]').textContent())
      .toBe('0 due of 2');
    await review.close();
  });
});
