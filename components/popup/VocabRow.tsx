import type { VocabEntry } from '../../utils/vocabulary/db';
import { formatClock, safeLink } from './format';

interface Props {
  entry: VocabEntry;
  onDelete: (entry: VocabEntry) => void;
}

/** One saved word: term, reading, meaning, and the latest line it was saved from with a link back. */
export function VocabRow({ entry, onDelete }: Props) {
  const latest = entry.contexts.at(-1);
  const href = latest && safeLink(latest.url);
  const more = entry.contexts.length - 1;
  return (
    <li className="vocab-row" data-testid="vocab-row" data-term={entry.term}>
      <div className="vocab-head">
        <span className="vocab-term" lang={entry.lang}>
          {entry.term}
        </span>
        {entry.reading && <span className="vocab-reading">{entry.reading}</span>}
        <button
          type="button"
          className="vocab-delete"
          aria-label={`Delete ${entry.term}`}
          title="Delete"
          onClick={() => onDelete(entry)}
        >
          ×
        </button>
      </div>
      {entry.gloss && <p className="vocab-gloss">{entry.gloss}</p>}
      {latest && (
        <>
          <p className="vocab-line" lang={entry.lang}>
            {latest.line}
          </p>
          <p className="vocab-source">
            {href ? (
              <a href={href} target="_blank" rel="noreferrer" title="Reopen this moment">
                {latest.title || latest.site}
              </a>
            ) : (
              <span>{latest.title || latest.site}</span>
            )}
            {latest.title && latest.site && !latest.title.includes(latest.site) && (
              <span> · {latest.site}</span>
            )}
            {latest.startMs !== undefined && <span> · {formatClock(latest.startMs)}</span>}
            {more > 0 && <span className="vocab-more"> · seen {more + 1}×</span>}
          </p>
        </>
      )}
    </li>
  );
}
