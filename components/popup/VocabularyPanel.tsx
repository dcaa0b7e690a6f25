import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { VocabDb, VocabEntry } from '../../utils/vocabulary/db';
import { listEntries, removeEntry, restoreEntry } from '../../utils/vocabulary/repository';
import { Toast } from '../shared/Toast';
import { VocabRow } from './VocabRow';

interface Props {
  db: VocabDb;
  /** How long Undo is offered after a delete. */
  undoMs?: number;
}

/** The saved vocabulary, live from IndexedDB: newest first, searchable, delete with undo. */
export function VocabularyPanel({ db, undoMs = 8000 }: Props) {
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<VocabEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entries = useLiveQuery(() => listEntries(db, query), [db, query]);
  const total = useLiveQuery(() => db.entries.count(), [db]);

  const remove = (entry: VocabEntry) => {
    removeEntry(db, entry.id).then(
      (removed) => setDeleted(removed ?? null),
      () => setError(`Could not delete ${entry.term}.`),
    );
  };
  const undo = () => {
    if (!deleted) return;
    setDeleted(null);
    restoreEntry(db, deleted).catch(() => setError(`Could not restore ${deleted.term}.`));
  };
  const dismiss = useCallback(() => setDeleted(null), []);

  return (
    <section className="panel vocab-panel" aria-labelledby="vocab-title">
      <div className="panel-title">
        <h2 id="vocab-title">Saved words</h2>
        {total !== undefined && <span className="count">{total}</span>}
      </div>
      <label className="visually-hidden" htmlFor="vocab-search">
        Search saved words
      </label>
      <input
        id="vocab-search"
        type="search"
        placeholder="Search words, meanings, lines…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {entries === undefined ? null : entries.length === 0 ? (
        <p className="empty muted">
          {query.trim()
            ? `Nothing saved matches “${query.trim()}”.`
            : 'Nothing saved yet. Hover a word or a marked expression under a video and press the save button on its card.'}
        </p>
      ) : (
        <ul className="vocab-list">
          {entries.map((entry) => (
            <VocabRow key={entry.id} entry={entry} onDelete={remove} />
          ))}
        </ul>
      )}
      {deleted && (
        <Toast key={deleted.id} actionLabel="Undo" onAction={undo} onTimeout={dismiss} ms={undoMs}>
          Deleted <span lang={deleted.lang}>{deleted.term}</span>
        </Toast>
      )}
    </section>
  );
}
