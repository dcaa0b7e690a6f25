import { loadEngine } from '../language/registry';
import type { LanguageEngine } from '../language/types';
import { send } from '../messaging/client';
import type { TabStatus } from '../messaging/protocol';
import { createAnnotator } from '../notes/annotate';
import { parsePack } from '../notes/pack';
import type { Category, Language, Pack } from '../notes/schema';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { getSettings, watchSettings } from '../settings/storage';
import { timedTrackSource } from '../sites/timed-track-source';
import { NativeCaptionHider } from '../sites/native-captions';
import type { CueSource, ShownCue, SourceInfo } from '../sites/types';
import { CardController } from './cards';
import { mountHost } from './host';
import { guessLanguage, HOVER_UNIT, LANGUAGE_NAMES, languageOfTag } from './language';
import { LineCache } from './line-cache';
import { segmentLine, type Segment } from './segment';
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

interface Pipeline {
  lang: Language;
  engine: LanguageEngine;
  lines: LineCache<Segment[]>;
  notes: number;
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

  const packs = new Map<Language, Promise<Pack | null>>();
  const packFor = (code: Language): Promise<Pack | null> => {
    let pack = packs.get(code);
    if (!pack) {
      pack = send('pack.get', { lang: code }).then(
        (data) => parsePack(code, data),
        () => null,
      );
      packs.set(code, pack);
    }
    return pack;
  };

  const cards = new CardController({
    store,
    video,
    signal,
    settings: () => settings,
    language: () => pipeline?.lang ?? null,
    engine: () => pipeline?.engine ?? null,
    line: (cueKey) => shown.find((c) => c.key === cueKey) ?? null,
    packFor,
    place: () => ({
      title: document.title,
      site: site.name,
      url: location.href,
      timestamp: site.timestamp,
    }),
  });

  // ---- what is on screen -------------------------------------------------------------------

  const active = () => pipeline !== null && store.get().visible;

  const render = () => {
    const lines = pipeline
      ? shown.map((cue) => ({ cue, segments: pipeline!.lines.get(cue.text) }))
      : [];
    store.set({ lines, lang: pipeline?.lang ?? null });
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

  const categoriesFor = (code: Language): ReadonlySet<Category> =>
    new Set(settings.languages[code].categories);

  const buildPipeline = async (code: Language, token: number) => {
    if (!settings.languages[code].enabled) {
      langProblem = `${LANGUAGE_NAMES[code]} is turned off in Nunchi's options.`;
      pipeline = null;
      return;
    }
    let engine: LanguageEngine;
    try {
      engine = await loadEngine(code);
    } catch {
      langProblem = `Nunchi could not load its ${LANGUAGE_NAMES[code]} engine.`;
      return;
    }
    const pack = await packFor(code);
    if (token !== generation) return;
    langProblem = pack
      ? ''
      : `Nunchi could not load its ${LANGUAGE_NAMES[code]} notes; words can still be looked up.`;
    const annotator = createAnnotator(engine, pack?.notes ?? []);
    const categories = categoriesFor(code);
    const unit = HOVER_UNIT[code];
    pipeline = {
      lang: code,
      engine,
      notes: pack?.notes.length ?? 0,
      lines: new LineCache((line) =>
        segmentLine(line, annotator.annotate(line, { categories }), unit),
      ),
    };
    store.set({ romanization: settings.languages[code].romanization });
  };

  const guessFromSample = async (sample: readonly string[]): Promise<Language | null> => {
    const enabled = (['ko', 'zh', 'ja'] as const).filter((l) => settings.languages[l].enabled);
    const engines = await Promise.allSettled(enabled.map((l) => loadEngine(l)));
    const scorers: Partial<Record<Language, (text: string) => number>> = {};
    engines.forEach((result, i) => {
      if (result.status === 'fulfilled') scorers[enabled[i]!] = (t) => result.value.scriptScore(t);
    });
    return guessLanguage(sample, scorers);
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
      message = `Marking ${LANGUAGE_NAMES[pipeline.lang]} subtitles with ${pipeline.notes} notes.`;
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
