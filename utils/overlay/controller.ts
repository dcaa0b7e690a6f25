import { send } from '../messaging/client';
import { MAX_LINE, type LineMark, type TabStatus } from '../messaging/protocol';
import { LANGUAGES, type Language } from '../notes/constants';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { getSettings, watchSettings } from '../settings/storage';
import { timedTrackSource } from '../sites/timed-track-source';
import { NativeCaptionHider } from '../sites/native-captions';
import type { CueSource, ShownCue, SourceInfo } from '../sites/types';
import { LineAnnotations } from './annotations';
import { CardController } from './cards';
import { mountHost } from './host';
import { HOVER_UNIT, LANGUAGE_NAMES, languageOfTag } from './language';
import { segmentLine, type Segment, type SegmentMark } from './segment';
import { createStore, type Store } from './store';
import { readSubtitleFile } from './subtitle-file';
import type { TimestampStyle } from './timestamp-url';
import type { OverlayView } from './view';

/** What the page side knows about the site it runs on. */
export interface SiteContext {
  /** Shown in the popup and stored with saved words ("YouTube", a host name, "Nunchi demo"). */
  name: string;
  timestamp: TimestampStyle;
  /** The site's own caption elements, hidden while a loaded file's lines show. */
  nativeCaptions: readonly string[];
}

/** The overlay's user interface, mounted into the shadow root (components/overlay). */
export type MountUi = (
  shadow: ShadowRoot,
  container: HTMLElement,
  store: Store<OverlayView>,
  actions: OverlayActions,
) => () => void;

/** What the UI can ask for (arrow-typed: components pass them around unbound). */
export interface OverlayActions {
  hoverSegment: (cueKey: string, segment: Segment, anchor: DOMRect) => void;
  leaveSegment: () => void;
  enterCard: () => void;
  leaveCard: () => void;
  save: () => void;
  loadFile: (file: File) => void;
  dismissNotice: () => void;
}

/** The lines of one language being marked: marks come from the background, by text. */
interface Pipeline {
  lang: Language;
  annotations: LineAnnotations;
  /** Segments per line text, kept while the marks they were made from stay the same. */
  segments: Map<string, { marks: readonly LineMark[]; segments: Segment[] }>;
}

export interface OverlayController {
  /** Replaces the cue source (null: none yet); language is worked out again for the new one. */
  setSource(source: CueSource | null, noSourceMessage?: string): void;
  /** Plays a subtitle file over this video. Throws SubtitleFileError with a viewer-facing message. */
  loadFile(
    input: string | Uint8Array,
    filename: string,
  ): Promise<{ cues: number; lang: Language | null }>;
  status(): TabStatus;
  /** True while a subtitle file the viewer loaded is playing. */
  readonly playingFile: boolean;
}

const STATUS_DEBOUNCE_MS = 250;

/**
 * One overlay over one video: takes cues from a source, works out their language, annotates each
 * line once, renders it, and handles hovering, saving, pausing, the toggle key and file loading.
 */
export async function createOverlayController(options: {
  video: HTMLVideoElement;
  site: SiteContext;
  signal: AbortSignal;
  mountUi: MountUi;
}): Promise<OverlayController> {
  const { video, site, signal } = options;
  let settings: Settings = await getSettings().catch(() => DEFAULT_SETTINGS);

  const store = createStore<OverlayView>({
    visible: settings.overlay.visible,
    lang: null,
    lines: [],
    boxWidth: video.clientWidth || 640,
    fontSize: settings.overlay.fontSize,
    romanization: true,
    saveKey: settings.saveKey,
    card: null,
    hover: null,
    notice: null,
    pointerOver: false,
  });

  let source: CueSource | null = null;
  let playingFile = false;
  let sourceAbort: AbortController | null = null;
  let info: SourceInfo | null = null;
  let noSource = 'No subtitles found on this video yet.';
  let shown: ShownCue[] = [];
  let lang: Language | null = null;
  let langProblem = '';
  let pipeline: Pipeline | null = null;
  let generation = 0;
  let settled: Promise<void> = Promise.resolve();
  let videoFullscreen = false;
  let nativeHidden: boolean | null = null;
  const fileHider = new NativeCaptionHider(site.nativeCaptions);

  const cards = new CardController({
    store,
    video,
    signal,
    settings: () => settings,
    language: () => pipeline?.lang ?? null,
    line: (cueKey) => shown.find((c) => c.key === cueKey) ?? null,
    place: () => ({
      title: document.title,
      site: site.name,
      url: location.href,
      timestamp: site.timestamp,
    }),
  });

  // ---- what is on screen -------------------------------------------------------------------

  const active = () => pipeline !== null && store.get().visible;

  /** The segments of a line once its marks are in (or late); null while they are awaited. */
  const segmentsOf = (p: Pipeline, text: string): Segment[] | null => {
    const marks = p.annotations.marksOf(text);
    if (!marks) return null;
    const cached = p.segments.get(text);
    if (cached?.marks === marks) return cached.segments;
    const found = marks.flatMap(({ start, end, noteId }): SegmentMark[] => {
      const note = p.annotations.notes.get(noteId);
      return note ? [{ start, end, note }] : [];
    });
    const segments = segmentLine(text, found, HOVER_UNIT[p.lang]);
    if (p.segments.size > 500) p.segments.clear();
    p.segments.set(text, { marks, segments });
    return segments;
  };

  const render = () => {
    const p = pipeline;
    if (p) void p.annotations.request(shown.map((c) => c.text)).catch(() => undefined);
    // A line shows once its marks are in, so it does not flash unmarked first; one whose marks
    // are late shows without them and is marked when they come.
    const lines = p
      ? shown.flatMap((cue) => {
          const segments = segmentsOf(p, cue.text);
          return segments ? [{ cue, segments }] : [];
        })
      : [];
    store.set({ lines, lang: p?.lang ?? null });
    cards.linesChanged(shown);
    applyNativeHiding();
  };

  const applyNativeHiding = () => {
    const hide = active() && settings.overlay.hideNativeCaptions && !videoFullscreen;
    if (hide === nativeHidden) return;
    nativeHidden = hide;
    source?.setNativeHidden(hide);
  };

  // ---- language ----------------------------------------------------------------------------

  /**
   * Starts marking lines of `code`: the first request (the lines on screen, or the start of the
   * track) also makes the background load the language's pack, so nothing shows before the
   * notes can; a whole track is then sent ahead in batches.
   */
  const buildPipeline = async (code: Language, token: number) => {
    if (!settings.languages[code].enabled) {
      langProblem = `${LANGUAGE_NAMES[code]} is turned off in Nunchi's options.`;
      pipeline = null;
      return;
    }
    const { categories } = settings.languages[code];
    const next: Pipeline = {
      lang: code,
      annotations: new LineAnnotations(
        code,
        categories,
        (request) => send('lines.annotate', request),
        () => {
          if (pipeline === next) render();
        },
      ),
      segments: new Map(),
    };
    const first = shown.length ? shown.map((c) => c.text) : trackTexts().slice(0, 20);
    const loaded = await next.annotations.request(first).then(
      () => true,
      () => false,
    );
    if (token !== generation) return;
    langProblem = loaded
      ? ''
      : `Nunchi could not load its ${LANGUAGE_NAMES[code]} notes; words can still be looked up.`;
    pipeline = next;
    store.set({ romanization: settings.languages[code].romanization });
    if (loaded) void next.annotations.request(trackTexts()).catch(() => undefined);
  };

  /** Every line of the source's whole track, when it has one. */
  const trackTexts = (): string[] => info?.track?.map((c) => c.text) ?? [];

  const guessFromSample = async (sample: readonly string[]): Promise<Language | null> => {
    const langs = LANGUAGES.filter((l) => settings.languages[l].enabled);
    const lines = sample.slice(0, 50).map((line) => line.slice(0, MAX_LINE));
    return send('lines.detect', { sample: lines, langs }).then(
      ({ lang: found }) => found,
      () => null,
    );
  };

  /** Works out the language from the source's tag or its lines, then builds the pipeline once. */
  const settleLanguage = () => {
    if (lang || !info) return;
    const token = generation;
    const sample = [...info.sample, ...shown.map((c) => c.text)];
    const tagged = languageOfTag(info.langTag);
    settled = (async () => {
      const found = tagged ?? (sample.length ? await guessFromSample(sample) : null);
      if (token !== generation || lang) return;
      if (!found) {
        langProblem = sample.length
          ? 'These subtitles do not look like Korean, Chinese or Japanese.'
          : '';
        reportStatus();
        return;
      }
      lang = found;
      await buildPipeline(found, token);
      if (token !== generation) return;
      render();
      reportStatus();
    })();
  };

  // ---- status for the popup -----------------------------------------------------------------

  const status = (): TabStatus => {
    const lines = info?.lines ?? 0;
    let message: string;
    if (!source) message = noSource;
    else if (info?.problem) message = info.problem;
    else if (langProblem) message = langProblem;
    else if (pipeline)
      message = `Marking ${LANGUAGE_NAMES[pipeline.lang]} subtitles with ${pipeline.annotations.packNotes ?? 0} notes.`;
    else message = 'Reading the subtitles…';
    return {
      source: source ? (info?.label ?? null) : null,
      lang: pipeline?.lang ?? lang,
      lines,
      message,
      site: site.name,
    };
  };

  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const reportStatus = () => {
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      if (signal.aborted) return;
      // The background may be restarting or the extension reloading; the next change reports again.
      send('tab.status.set', status()).catch(() => undefined);
    }, STATUS_DEBOUNCE_MS);
  };

  // ---- sources -----------------------------------------------------------------------------

  const setSource = (next: CueSource | null, message?: string) => {
    sourceAbort?.abort();
    generation++;
    source = next;
    playingFile = false;
    info = null;
    shown = [];
    lang = null;
    langProblem = '';
    pipeline = null;
    nativeHidden = null;
    if (message) noSource = message;
    cards.close();
    render();
    if (next) {
      sourceAbort = new AbortController();
      const sourceSignal = AbortSignal.any([signal, sourceAbort.signal]);
      next.start(
        {
          show(cues) {
            shown = cues;
            if (!lang) settleLanguage();
            render();
          },
          describe(described) {
            info = described;
            settleLanguage();
            reportStatus();
          },
        },
        sourceSignal,
      );
    }
    reportStatus();
  };

  const loadFile = async (input: string | Uint8Array, filename: string) => {
    const file = readSubtitleFile(input, filename);
    const next = timedTrackSource(video, file.cues, {
      label: `Subtitle file “${filename}”`,
      langTag: file.langTag,
      setNativeHidden: (hidden) => (fileHider.hidden = hidden),
    });
    setSource(next);
    playingFile = true;
    await settled;
    return { cues: next.timeline.cues.length, lang: pipeline?.lang ?? lang };
  };

  const notify = cards.notify;

  const actions: OverlayActions = {
    hoverSegment: (cueKey, segment, anchor) => cards.hover(cueKey, segment, anchor),
    leaveSegment: () => cards.leave(),
    enterCard: () => cards.enterCard(),
    leaveCard: () => cards.leaveCard(),
    save: () => cards.save(),
    dismissNotice: () => store.set({ notice: null }),
    loadFile(file) {
      file
        .arrayBuffer()
        .then((buffer) => loadFile(new Uint8Array(buffer), file.name))
        .then(
          ({ cues }) => notify('info', `Loaded ${cues} lines from “${file.name}”.`),
          (error: unknown) =>
            notify('error', error instanceof Error ? error.message : String(error)),
        );
    },
  };

  // ---- page wiring -------------------------------------------------------------------------

  const host = mountHost(
    video,
    {
      onBox: (width) => store.set({ boxWidth: width }),
      onVideoFullscreen(fullscreen) {
        videoFullscreen = fullscreen;
        applyNativeHiding();
      },
    },
    signal,
  );
  const unmount = options.mountUi(host.shadow, host.container, store, actions);
  signal.addEventListener('abort', () => {
    sourceAbort?.abort();
    clearTimeout(statusTimer);
    fileHider.hidden = false;
    unmount();
  });

  const unwatchSettings = watchSettings((next) => {
    settings = next;
    store.set({
      fontSize: next.overlay.fontSize,
      visible: next.overlay.visible,
      saveKey: next.saveKey,
    });
    // Categories, enabled languages and romanization change what every line shows: the lines
    // are annotated again (the source keeps running; its cues are still on screen).
    generation++;
    lang = null;
    langProblem = '';
    pipeline = null;
    nativeHidden = null;
    cards.close();
    settleLanguage();
    render();
    reportStatus();
  });
  signal.addEventListener('abort', unwatchSettings);

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditable(event.composedPath()[0] ?? null)) return;
      const key = event.key.toLowerCase();
      if (key === settings.saveKey.toLowerCase() && store.get().card) {
        cards.save();
      } else if (key === 'n') {
        store.set({ visible: !store.get().visible });
        if (!store.get().visible) cards.close();
        applyNativeHiding();
      } else if (key === 'escape' && store.get().card) {
        cards.close();
      } else {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    },
    { signal, capture: true },
  );

  let pointerQueued = false;
  document.addEventListener(
    'pointermove',
    (event) => {
      if (pointerQueued) return;
      pointerQueued = true;
      requestAnimationFrame(() => {
        pointerQueued = false;
        const r = video.getBoundingClientRect();
        const over =
          event.clientX >= r.left &&
          event.clientX <= r.right &&
          event.clientY >= r.top &&
          event.clientY <= r.bottom;
        if (over !== store.get().pointerOver) store.set({ pointerOver: over });
      });
    },
    { signal, passive: true },
  );

  return {
    setSource,
    loadFile,
    status,
    get playingFile() {
      return playingFile;
    },
  };
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}
