import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../utils/messaging/client';
import { sendToTab } from '../../utils/messaging/tab-client';
import { LANGUAGE_NAMES } from '../shared/languages';
import { originPermission, readTabInfo, type TabInfo } from './tab-info';
import { errorMessage } from '../../utils/error-message';

interface Props {
  tabId: number | null;
}

/** Largest subtitle file the tab accepts (see contentProtocol 'subtitles.load'). */
const MAX_FILE_CHARS = 20_000_000;

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * "What Nunchi sees on this tab", with what a viewer can do about it: turn Nunchi on for the
 * site, point at the page's captions (when the tab's source reads what is pointed at), load a
 * subtitle file.
 */
export function TabPanel({ tabId }: Props) {
  const [info, setInfo] = useState<TabInfo | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // Bumped after an action changed what the tab shows, to read it again.
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (tabId === null) return;
    let current = true;
    void readTabInfo(tabId).then((next) => current && setInfo(next));
    return () => {
      current = false;
    };
  }, [tabId, version]);

  const turnOn = () => {
    const origin = info?.origin;
    if (!origin || tabId === null) return;
    setBusy(true);
    // The permission prompt must be requested right here, in the click handler: browsers only
    // show it for a user gesture, and an await before this call would lose the gesture.
    browser.permissions
      .request({ origins: [originPermission(origin)] })
      .then(async (granted) => {
        if (!granted) {
          setNotice({ kind: 'error', text: 'Nunchi was not given access to this site.' });
          return;
        }
        const reply = await send('site.enable', { origin, tabId });
        setNotice(
          reply.error
            ? { kind: reply.enabled ? 'ok' : 'error', text: reply.error }
            : { kind: 'ok', text: `Nunchi is on for ${new URL(origin).host}.` },
        );
        refresh();
      })
      .catch((error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }))
      .finally(() => setBusy(false));
  };

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || tabId === null) return;
    setBusy(true);
    try {
      const text = await file.text();
      if (text.length > MAX_FILE_CHARS) throw new Error(`${file.name} is too large.`);
      const reply = await sendToTab(tabId, 'subtitles.load', { filename: file.name, text });
      const lang = reply.lang ? ` (${LANGUAGE_NAMES[reply.lang]})` : '';
      setNotice({ kind: 'ok', text: `Loaded ${reply.cues} lines${lang} from ${file.name}.` });
      refresh();
    } catch (error) {
      setNotice({ kind: 'error', text: `Could not load ${file.name}: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const pickCaptions = async () => {
    if (tabId === null) return;
    setBusy(true);
    try {
      // The tab answers at once; the viewer then clicks the captions on the page (which closes
      // the popup), and the overlay says what it found.
      const reply = await sendToTab(tabId, 'captions.pick', {});
      setNotice({ kind: reply.started ? 'ok' : 'error', text: reply.message });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const canTurnOn = !!info?.origin && !!info.site && !info.site.enabled;
  const running = !!info?.status;
  const canPick = !!info?.status?.canPick;

  return (
    <section className="panel tab-panel" aria-labelledby="tab-title">
      <h2 id="tab-title">What Nunchi sees on this tab</h2>
      <div data-testid="tab-status" className="tab-status">
        {info === null ? <p className="muted">Looking…</p> : <StatusText info={info} />}
      </div>
      {/* A tab whose address the extension may not read (a built-in site's, without the
          host permission) still has a script to talk to. */}
      {(info?.origin || running) && (
        <div className="actions">
          {canTurnOn && (
            <button type="button" className="primary" disabled={busy} onClick={turnOn}>
              Turn on Nunchi for this site
            </button>
          )}
          {canPick && (
            <button
              type="button"
              disabled={busy}
              title="Then click the subtitle text on the video (Shift+C on the page)"
              onClick={() => void pickCaptions()}
            >
              Point at the captions
            </button>
          )}
          <button
            type="button"
            disabled={busy || tabId === null || !running}
            title={running ? undefined : 'Nunchi needs to be running on this tab first'}
            onClick={() => fileInput.current?.click()}
          >
            Load subtitle file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".srt,.vtt,.ass,.ssa,.txt,text/vtt"
            hidden
            data-testid="subtitle-file"
            onChange={(e) => void loadFile(e)}
          />
        </div>
      )}
      {notice && (
        <p className={notice.kind === 'error' ? 'error' : 'notice'} role="status">
          {notice.text}
        </p>
      )}
    </section>
  );
}

function StatusText({ info }: { info: TabInfo }) {
  const { status, origin, site } = info;
  if (status && status.lines > 0) {
    return (
      <>
        <dl className="facts">
          <div>
            <dt>Source</dt>
            <dd>{status.source ?? 'unknown'}</dd>
          </div>
          <div>
            <dt>Language</dt>
            <dd>{status.lang ? LANGUAGE_NAMES[status.lang] : 'not recognised'}</dd>
          </div>
          <div>
            <dt>Lines</dt>
            <dd>{status.lines}</dd>
          </div>
        </dl>
        <SourceNote note={status.note} />
        {status.message && <p className="muted">{status.message}</p>}
      </>
    );
  }
  if (status) {
    return (
      <>
        <p>
          <strong>No subtitles found</strong> on {status.site || 'this page'}.
        </p>
        <SourceNote note={status.note} />
        <p className="muted">
          {status.message ||
            'Turn the video’s subtitles on in its player, or load a subtitle file (SRT or WebVTT).'}
        </p>
      </>
    );
  }
  if (!origin) {
    return <p className="muted">Nunchi works on web pages with a video. This tab is not one.</p>;
  }
  if (site && !site.enabled) {
    return (
      <p className="muted">
        Nunchi is not on for {new URL(origin).host}. Turn it on to read the subtitles of videos on
        this site.
      </p>
    );
  }
  return (
    <>
      <p>
        <strong>No subtitles found</strong> on this tab.
      </p>
      <p className="muted">
        Start the video with subtitles on, or reload the page if it was open before Nunchi was
        installed.
      </p>
    </>
  );
}

/** Why the source in use is a fallback, beside the facts about it. */
function SourceNote({ note }: { note: string | undefined }) {
  if (!note) return null;
  return (
    <p className="source-note" data-testid="tab-note">
      {note}
    </p>
  );
}
