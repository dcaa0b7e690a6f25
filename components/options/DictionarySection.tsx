import { useEffect, useState } from 'react';
import { send } from '../../utils/messaging/client';
import type { DictStatus } from '../../utils/messaging/protocol';
import { LANGUAGES, type Language } from '../../utils/notes/schema';
import { LANGUAGE_NAMES } from '../shared/languages';
import { errorMessage } from '../../utils/error-message';

/** How often the page asks for progress while a dictionary installs. */
const POLL_MS = 300;
/** Otherwise: a word card may start an install while this page is open. */
const IDLE_POLL_MS = 3000;

/** Installed dictionaries, one row per language, with install / remove and progress. */
export function DictionarySection() {
  return (
    <section className="card" aria-labelledby="dict-title">
      <header className="card-header">
        <h3 id="dict-title">Dictionaries</h3>
        <p className="muted">
          Word cards look words up in dictionaries stored in your browser. A language’s dictionary
          installs by itself the first time you hover one of its words; you can also install or
          remove it here.
        </p>
      </header>
      <ul className="dict-list">
        {LANGUAGES.map((lang) => (
          <DictionaryRow key={lang} lang={lang} />
        ))}
      </ul>
    </section>
  );
}

function DictionaryRow({ lang }: { lang: Language }) {
  const [status, setStatus] = useState<DictStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Removing deletes thousands of records: say so while it runs.
  const [removing, setRemoving] = useState(false);
  // Bumped after an action, to read the status again (and poll while it installs).
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () =>
      send('dict.status', { lang }).then(
        (next) => {
          if (!live) return;
          setStatus(next);
          const wait = next.state === 'installing' ? POLL_MS : IDLE_POLL_MS;
          timer = setTimeout(() => void tick(), wait);
        },
        (e: unknown) => live && setFailure(errorMessage(e)),
      );
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [lang, version]);

  const act = (type: 'dict.install' | 'dict.remove') => {
    setFailure(null);
    setRemoving(type === 'dict.remove');
    send(type, { lang })
      .then(
        (next) => {
          setStatus(next);
          setVersion((v) => v + 1);
        },
        (e: unknown) => setFailure(errorMessage(e)),
      )
      .finally(() => setRemoving(false));
  };

  const name = LANGUAGE_NAMES[lang];
  const installing = status?.state === 'installing';
  return (
    <li className="dict-row" data-testid={`dict-${lang}`} data-state={status?.state ?? 'loading'}>
      <div className="dict-name">{name}</div>
      <div className="dict-state">
        {status === null && !failure && <span className="muted">Checking…</span>}
        {status?.state === 'ready' && <span>{status.entries.toLocaleString('en')} entries</span>}
        {status?.state === 'absent' && <span className="muted">Not installed</span>}
        {installing && (
          <span className="dict-progress">
            <progress
              max={1}
              value={status.progress}
              aria-label={`Installing the ${name} dictionary`}
            />
            <span>{Math.round(status.progress * 100)}%</span>
          </span>
        )}
        {status?.error && <span className="error">{status.error}</span>}
        {failure && <span className="error">{failure}</span>}
      </div>
      <div className="dict-actions">
        {status?.state === 'ready' ? (
          <button type="button" disabled={removing} onClick={() => act('dict.remove')}>
            {removing ? 'Removing…' : 'Remove'}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={!status || installing}
            onClick={() => act('dict.install')}
          >
            {status?.state === 'error' ? 'Try again' : 'Install'}
          </button>
        )}
      </div>
    </li>
  );
}
