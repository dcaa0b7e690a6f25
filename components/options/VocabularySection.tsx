import { useRef, useState, type ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { toAnkiTsv } from '../../utils/vocabulary/anki-tsv';
import {
  backupJson,
  makeBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
} from '../../utils/vocabulary/backup';
import { vocabDb, type VocabDb } from '../../utils/vocabulary/db';
import { importEntries } from '../../utils/vocabulary/import';
import { downloadText } from './download';
import { errorMessage } from '../../utils/error-message';

interface Props {
  /** Injectable for tests; the page uses the extension's vocabulary database. */
  db?: VocabDb;
  now?: () => number;
}

type Status = { kind: 'done' | 'error'; text: string } | null;

/**
 * Export the vocabulary for Anki (TSV) or as a backup (JSON), and merge a backup back in. Here
 * rather than on the review page: these are things done once in a while, like the dictionaries,
 * and the review page stays a place for drilling.
 */
export function VocabularySection({ db = vocabDb(), now = Date.now }: Props) {
  const count = useLiveQuery(() => db.entries.count(), [db]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const exportAs = async (kind: 'tsv' | 'json') => {
    setStatus(null);
    try {
      const entries = await db.entries.orderBy('id').toArray();
      const day = new Date(now()).toISOString().slice(0, 10);
      if (kind === 'tsv') {
        downloadText(
          `nunchi-vocabulary-${day}.tsv`,
          toAnkiTsv(entries),
          'text/tab-separated-values',
        );
      } else {
        const json = backupJson(makeBackup(entries, now()));
        downloadText(`nunchi-vocabulary-${day}.json`, json, 'application/json');
      }
    } catch (e) {
      setStatus({ kind: 'error', text: `Could not export: ${errorMessage(e)}` });
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again fires another change.
    event.target.value = '';
    if (!file) return;
    setStatus(null);
    if (file.size > MAX_BACKUP_BYTES) {
      setStatus({
        kind: 'error',
        text: `Nothing was imported: the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`,
      });
      return;
    }
    setBusy(true);
    try {
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) {
        setStatus({ kind: 'error', text: `Nothing was imported. ${parsed.error}` });
        return;
      }
      const report = await importEntries(db, parsed.entries);
      setStatus({
        kind: 'done',
        text: `Imported ${file.name}: ${report.added} added, ${report.merged} merged, ${report.unchanged} already there.`,
      });
    } catch (e) {
      setStatus({ kind: 'error', text: `Nothing was imported: ${errorMessage(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const empty = !count;
  return (
    <section className="card" aria-labelledby="vocab-title" data-testid="vocabulary-section">
      <header className="card-header">
        <h3 id="vocab-title">Your vocabulary</h3>
        <p className="muted">
          {count === undefined ? 'Counting…' : `${count} saved ${count === 1 ? 'word' : 'words'}. `}
          Take them to Anki, or keep a backup with every line and review schedule and merge it back
          here or in another browser.
        </p>
      </header>
      <div className="vocab-actions">
        <button type="button" disabled={empty} onClick={() => void exportAs('tsv')}>
          Export for Anki (TSV)
        </button>
        <button type="button" disabled={empty} onClick={() => void exportAs('json')}>
          Export a backup (JSON)
        </button>
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          Import a backup…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Backup file to import"
          data-testid="vocabulary-import"
          onChange={(e) => void importFile(e)}
        />
      </div>
      <p className="muted vocab-hint">
        In Anki: File › Import, choose the .tsv file; the columns are Term, Reading, Meaning,
        Sentence (the word «marked»), Show, Link and Tags.
      </p>
      {status && (
        <p
          className={status.kind === 'error' ? 'error' : 'vocab-done'}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
