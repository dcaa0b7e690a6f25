import { send } from '../messaging/client';
import { MAX_LINE, type LineMark, type Ruby, type TabStatus } from '../messaging/protocol';
import { LANGUAGES, type Language } from '../notes/constants';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { getSettings, updateSettings, watchSettings } from '../settings/storage';
import { timedTrackSource, type OffsetControl } from '../sites/timed-track-source';
import { NativeCaptionHider } from '../sites/native-captions';
import type { CueSource, ShownCue, SourceInfo } from '../sites/types';
import type { TimedCue } from '../subtitles/cue';
import { LineAnnotations } from './annotations';
import { CardController } from './cards';
import { buildGuide, type GuideLine } from './guide';
import { mountHost } from './host';
import { HOVER_UNIT, LANGUAGE_NAMES, languageOfTag } from './language';
import { lineText, type LineText } from './line-text';
import { SEEK_INTO_MS } from './navigation';
import { Playback } from './playback';
import { LineReadings, SourceReadings } from './readings';
import { endsSentence, type FollowingLine } from './save-request';
import { segmentLine, type Segment, type SegmentMark } from './segment';
import { commandFor, shortcutList, type Command } from './shortcuts';
import { createStore, type Store } from './store';
import { parseSubtitleFile } from './file-request';
import type { TimestampStyle } from './timestamp-url';
import type { LineView, OverlayView } from './view';
import { errorMessage } from '../error-message';

/** What the page side knows about the site it runs on. */
export interface SiteContext {
  /** Shown in the popup and stored with saved words ("YouTube", a host name, "Nunchi demo"). */
  name: string;
  timestamp: TimestampStyle;
  /** The site's own caption elements, hidden while a loaded file's lines show. */
  nativeCaptions: readonly string[];
}

/**
 * The viewer's timing correction for this page (per site and per video, remembered), as the
 * sites' TimingOffsets provide it (utils/sites/timing-offset.ts). When the page session is
 * given one, subtitle files loaded over the video follow it, and the overlay answers the timing
 * keys whenever the source playing follows it (a file, a site's whole track): the one place
 * those keys are handled.
 */
export interface TimingControl extends OffsetControl {
  nudge(deltaMs: number): Promise<{ totalMs: number }>;
  reset(): Promise<{ totalMs: number }>;
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
  /** Saves the card's line together with the next one, as one sentence. */
  saveJoined: () => void;
  loadFile: (file: File) => void;
  dismissNotice: () => void;
  toggleGuide: () => void;
  /** The guide lists every note of the episode (true) or only those already reached. */
  showWholeGuide: (all: boolean) => void;
  /** Plays from a moment of the track (a guide entry), in the source's time. */
  seekTo: (startMs: number) => void;
  toggleHelp: () => void;
  /** Lets the viewer point at the page's captions (when the source can read what is picked). */
  pickCaptions: () => void;
}

/** Whether pointing at captions started, and what to tell the viewer. */
export interface PickStart {
  started: boolean;
  message: string;
}

/** The lines of one language being marked: marks come from the background, by text. */
interface Pipeline {
  lang: Language;
  annotations: LineAnnotations;
  /** Readings above the lines (zh, ja) when the viewer has them on. */
  readings: LineReadings | null;
  /** The subtitles' own readings (ruby) over the computed ones, when the viewer has them on. */
  sourceReadings: SourceReadings | null;
  /** Segments per line text, kept while the marks they were made from stay the same. */
  segments: Map<string, { marks: readonly LineMark[]; segments: Segment[] }>;
}

export interface OverlayController {
  /** Replaces the cue source (null: none yet); language is worked out again for the new one. */
  setSource(source: CueSource | null, noSourceMessage?: string): void;
  /** Plays a subtitle file over this video. Rejects with a viewer-facing message. */
  loadFile(
    input: string | Uint8Array,
    filename: string,
  ): Promise<{ cues: number; lang: Language | null }>;
  status(): TabStatus;
  /** Starts pointing at the page's captions (popup, key, button); the outcome shows as a notice. */
  pickCaptions(): PickStart;
  /** True while a subtitle file the viewer loaded is playing. */
  readonly playingFile: boolean;
}

const STATUS_DEBOUNCE_MS = 250;
/** What each timing key does: 0.1 s, or a second with Shift, or back to none. */
const TIMING_STEPS = {
  earlier: -100,
  later: 100,
  'earlier-big': -1000,
  'later-big': 1000,
  'reset-timing': 'reset',
} as const;
/** Lines the guide keeps for sources that only see what is on screen (YouTube's captions). */
const SEEN_LIMIT = 3000;
/** One empty list, so a line without readings keeps the same one from frame to frame. */
const NO_READINGS: readonly Ruby[] = [];

/**
 * One overlay over one video: takes cues from a source, works out their language, has each
 * line marked once, renders it, and handles hovering, saving, pausing, keys, moving between
 * lines, the episode guide and file loading.
 */
export async function createOverlayController(options: {
  video: HTMLVideoElement;
  site: SiteContext;
  signal: AbortSignal;
  mountUi: MountUi;
  timing?: TimingControl;
}): Promise<OverlayController> {
  const { video, site, signal, timing } = options;
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
    guide: null,
    help: null,
    canPick: false,
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
  let picking = false;
  /** Lines seen so far (sources without a whole track), by key, for the guide. */
  let seen = new Map<string, GuideLine>();
  /** The latest start of a line shown so far: the spoiler-safe guide lists nothing later. */
  let reachedMs = 0;
  const fileHider = new NativeCaptionHider(site.nativeCaptions);

  const toVideoMs = (ms: number) => source?.videoTimeOf?.(ms) ?? ms;

  /** The line after `cue` in the track (or as the source names it), offered for joining. */
  const following = (cue: ShownCue): FollowingLine | null => {
    if (endsSentence(cue.text)) return null;
    const track = info?.track;
    if (track && cue.startMs !== undefined) {
      const i = track.findIndex((c) => c.startMs === cue.startMs && c.text === cue.text);
      const next = i >= 0 ? track[i + 1] : undefined;
      if (next) {
        const after = track[i + 2];
        return { text: next.text, endMs: next.endMs, ...(after && { next: after.text }) };
      }
    }
    return cue.next ? { text: cue.next } : null;
  };

  const cards = new CardController({
    store,
    video,
    signal,
    settings: () => settings,
    language: () => pipeline?.lang ?? null,
    line: (cueKey) => {
      const cue = shown.find((c) => c.key === cueKey);
      return cue ? { cue, text: lineText(cue).text } : null;
    },
    following,
    place: () => ({
      title: document.title,
      site: site.name,
      url: location.href,
      timestamp: site.timestamp,
    }),
  });
  const notify = cards.notify;

  const playback = new Playback({
    video,
    signal,
    track: () => info?.track ?? null,
    shown: () => shown,
    toVideoMs,
    autoPause: () => settings.overlay.autoPause,
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
    const texts = new Map<ShownCue, LineText>(shown.map((cue) => [cue, lineText(cue)]));
    if (p) {
      const words = [...texts.values()].map((t) => t.text);
      void p.annotations.request(words).catch(() => undefined);
      p.readings?.request(words);
    }
    // A line shows once its marks are in, so it does not flash unmarked first; one whose marks
    // are late shows without them and is marked when they come.
    const lines: LineView[] = p
      ? shown.flatMap((cue) => {
          const text = texts.get(cue)!;
          const segments = segmentsOf(p, text.text);
          const computed = p.readings?.of(text.text) ?? NO_READINGS;
          const readings = p.sourceReadings?.merge(text.text, text.ruby, computed) ?? computed;
          return segments ? [{ cue, text, segments, readings }] : [];
        })
      : [];
    store.set({ lines, lang: p?.lang ?? null });
    cards.linesChanged(shown);
    applyNativeHiding();
    if (store.get().guide) refreshGuide();
  };

  const applyNativeHiding = () => {
    const hide = active() && settings.overlay.hideNativeCaptions && !videoFullscreen;
    if (hide === nativeHidden) return;
    nativeHidden = hide;
    source?.setNativeHidden(hide);
  };

  // ---- the episode guide --------------------------------------------------------------------

  const guideLines = (): GuideLine[] => {
    const track = info?.track;
    if (track) return track.map((c) => ({ text: lineText(c).text, startMs: c.startMs }));
    return [...seen.values()].sort((a, b) => (a.startMs ?? 0) - (b.startMs ?? 0));
  };

  const refreshGuide = (all = store.get().guide?.all ?? false) => {
    const p = pipeline;
    const guide = p
      ? buildGuide(
          guideLines(),
          (text) => p.annotations.marksOf(text),
          p.annotations.notes,
          all ? null : reachedMs,
        )
      : { entries: [], later: 0, complete: true };
    store.set({ guide: { all, ...guide, wholeTrack: Boolean(info?.track) } });
  };

  const rememberSeen = (cues: readonly ShownCue[]) => {
    for (const cue of cues) {
      if (cue.startMs !== undefined) reachedMs = Math.max(reachedMs, cue.startMs);
      if (info?.track || seen.has(cue.key)) continue;
      if (seen.size >= SEEN_LIMIT) seen.delete(seen.keys().next().value!);
      seen.set(cue.key, { text: lineText(cue).text, startMs: cue.startMs });
    }
  };

  // ---- language ----------------------------------------------------------------------------

  /**
   * Starts marking lines of `code`: the first request (the lines on screen, or the start of the
   * track) also makes the background load the language's pack, so nothing shows before the
   * notes can; a whole track is then sent ahead in batches (the guide lists its notes).
   */
  const buildPipeline = async (code: Language, token: number) => {
    const languageSettings = settings.languages[code];
    if (!languageSettings.enabled) {
      langProblem = `${LANGUAGE_NAMES[code]} is turned off in Nunchi's options.`;
      pipeline = null;
      return;
    }
    const redraw = () => {
      if (pipeline !== next) return;
      render();
      // New marks change what the popup says (expressions found so far).
      reportStatus();
    };
    const withReadings = languageSettings.romanization && code !== 'ko';
    const next: Pipeline = {
      lang: code,
      annotations: new LineAnnotations(
        code,
        languageSettings.categories,
        (request) => send('lines.annotate', request),
        redraw,
      ),
      readings: withReadings
        ? new LineReadings(code, (request) => send('lines.readings', request), redraw)
        : null,
      sourceReadings: languageSettings.romanization ? new SourceReadings() : null,
      segments: new Map(),
    };
    const first = shown.length ? shown.map((c) => lineText(c).text) : trackTexts().slice(0, 20);
    const loaded = await next.annotations.request(first).then(
      () => true,
      () => false,
    );
    if (token !== generation) return;
    langProblem = loaded
      ? ''
      : `Nunchi could not load its ${LANGUAGE_NAMES[code]} notes; words can still be looked up.`;
    pipeline = next;
    store.set({ romanization: languageSettings.romanization });
    if (loaded) void next.annotations.request(trackTexts()).catch(() => undefined);
  };

  /** The words of every line of the source's whole track, when it has one. */
  const trackTexts = (): string[] => info?.track?.map((c: TimedCue) => lineText(c).text) ?? [];

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
    else if (pipeline) message = markingMessage(pipeline);
    else message = 'Reading the subtitles…';
    return {
      source: source ? (info?.label ?? null) : null,
      lang: pipeline?.lang ?? lang,
      lines,
      message,
      site: site.name,
      ...(source && info?.note ? { note: info.note } : {}),
      canPick: canPick(),
    };
  };

  const markingMessage = ({ lang: code, annotations }: Pipeline): string => {
    const found = annotations.notes.size;
    const pack = annotations.packNotes;
    const expressions = `${found} ${found === 1 ? 'expression' : 'expressions'} explained so far`;
    return pack === null
      ? `Marking ${LANGUAGE_NAMES[code]} subtitles…`
      : `Marking ${LANGUAGE_NAMES[code]} subtitles from ${pack.toLocaleString('en')} notes: ${expressions}.`;
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
    seen = new Map();
    reachedMs = 0;
    lang = null;
    langProblem = '';
    pipeline = null;
    nativeHidden = null;
    if (message) noSource = message;
    cards.close();
    store.set({ canPick: canPick() });
    render();
    if (next) {
      sourceAbort = new AbortController();
      const sourceSignal = AbortSignal.any([signal, sourceAbort.signal]);
      next.start(
        {
          show(cues) {
            shown = cues;
            rememberSeen(cues);
            if (!lang) settleLanguage();
            render();
          },
          describe(described) {
            const grew = Boolean(described.track && described.track !== info?.track);
            info = described;
            settleLanguage();
            // A track that arrived (or changed: a new offset) is marked ahead again.
            if (grew && pipeline)
              void pipeline.annotations.request(trackTexts()).catch(() => undefined);
            reportStatus();
          },
        },
        sourceSignal,
      );
    }
    reportStatus();
  };

  const loadFile = async (input: string | Uint8Array, filename: string) => {
    const file = await parseSubtitleFile(input, filename);
    if (signal.aborted) throw new Error('The video went away while its subtitles were read.');
    // The old source hands the page's own tracks back first, so the file's source finds them
    // showing and hides them while its lines play (else both would show).
    sourceAbort?.abort();
    const next = timedTrackSource(video, file.cues, {
      label: `Subtitle file “${filename}”`,
      langTag: file.langTag,
      setNativeHidden: (hidden) => (fileHider.hidden = hidden),
      ...(timing && { offset: timing }),
    });
    setSource(next);
    playingFile = true;
    store.set({ canPick: false });
    await settled;
    return { cues: next.timeline.cues.length, lang: pipeline?.lang ?? lang };
  };

  // ---- commands ----------------------------------------------------------------------------

  const toggleGuide = () => {
    if (store.get().guide) store.set({ guide: null });
    else refreshGuide(false);
  };

  const step = (which: 'previous' | 'next' | 'replay') => {
    const outcome = playback.step(which);
    if (outcome === 'no-track') {
      notify(
        'info',
        'Previous and next line need the whole subtitle track; these captions come one at a time. R replays the line on screen.',
      );
    } else if (outcome === 'no-line') {
      notify(
        'info',
        which === 'next' ? 'This is the last line.' : 'There is no line before this one.',
      );
    }
  };

  const toggleAutoPause = () => {
    const autoPause = !settings.overlay.autoPause;
    settings = { ...settings, overlay: { ...settings.overlay, autoPause } };
    // Remembered like the options page's switch (the settings watcher then sees the same value).
    updateSettings((s) => ({ ...s, overlay: { ...s.overlay, autoPause } })).catch(() => undefined);
    notify(
      'info',
      autoPause
        ? 'Pausing at the end of each line (P to stop).'
        : 'No longer pausing at the end of each line.',
    );
    if (autoPause) playback.watch();
  };

  /** Timing keys move the lines of a source that follows the offsets; others keep the page's. */
  const moveTiming = (timing: TimingControl, change: number | 'reset') => {
    const moved = change === 'reset' ? timing.reset() : timing.nudge(change);
    moved.then(
      ({ totalMs }) => {
        const seconds = (Math.abs(totalMs) / 1000).toFixed(1);
        notify(
          'info',
          totalMs === 0
            ? 'Lines back on their own timing.'
            : `Lines ${seconds} s ${totalMs > 0 ? 'later' : 'earlier'} (remembered for this video).`,
        );
      },
      () => notify('error', 'Nunchi could not store the timing.'),
    );
  };

  /** Runs a key's command; false when the key means nothing now (the page keeps it). */
  const run = (command: Command): boolean => {
    const view = store.get();
    switch (command) {
      case 'save':
        if (!view.card) return false;
        cards.save();
        return true;
      case 'save-joined':
        if (!view.card?.following) return false;
        cards.save(true);
        return true;
      case 'close':
        if (view.card) cards.close();
        else if (view.help) store.set({ help: null });
        else if (view.guide) store.set({ guide: null });
        else return false;
        return true;
      case 'toggle':
        store.set({ visible: !view.visible });
        if (!store.get().visible) cards.close();
        applyNativeHiding();
        return true;
      case 'previous':
      case 'next':
      case 'replay':
        if (!pipeline) return false;
        step(command);
        return true;
      case 'auto-pause':
        if (!pipeline) return false;
        toggleAutoPause();
        return true;
      case 'guide':
        if (!pipeline) return false;
        toggleGuide();
        return true;
      case 'help':
        store.set({
          help: view.help
            ? null
            : shortcutList(settings.saveKey).filter(
                (s) => (!s.timing || movable() !== null) && (!s.pick || canPick()),
              ),
        });
        return true;
      case 'pick':
        if (!canPick()) return false;
        actions.pickCaptions();
        return true;
      case 'earlier':
      case 'later':
      case 'earlier-big':
      case 'later-big':
      case 'reset-timing': {
        const control = movable();
        if (!control) return false;
        moveTiming(control, TIMING_STEPS[command]);
        return true;
      }
    }
  };

  /**
   * The timing the keys move: the page's, while the source playing follows it (a loaded file,
   * a site's whole track); null for sources on the site's own timing (rendered captions).
   */
  const movable = (): TimingControl | null => (timing && source?.followsTiming ? timing : null);

  /** Whether the viewer can point at the page's captions for this source. */
  function canPick(): boolean {
    return !playingFile && typeof source?.pickCaptions === 'function';
  }

  function pickCaptions(): PickStart {
    const from = source;
    if (!from?.pickCaptions || playingFile) {
      return {
        started: false,
        message: playingFile
          ? 'A subtitle file you loaded is playing; Nunchi reads it instead of the page.'
          : 'Nunchi reads these subtitles without being pointed at them.',
      };
    }
    if (picking) {
      return { started: false, message: 'Nunchi is waiting for a click on the captions.' };
    }
    picking = true;
    cards.close();
    store.set({ help: null, guide: null });
    from.pickCaptions().then(
      (outcome) => {
        picking = false;
        if (outcome.picked) {
          notify(
            'info',
            'Nunchi reads the captions you pointed at, and remembers them for this site.',
          );
        } else if (outcome.reason === 'no-video') {
          notify('error', 'There is no video here to read captions for.');
        }
      },
      () => {
        picking = false;
      },
    );
    return {
      started: true,
      message: 'Click the subtitle text on the video (pause on a line first). Esc cancels.',
    };
  }

  const actions: OverlayActions = {
    hoverSegment: (cueKey, segment, anchor) => cards.hover(cueKey, segment, anchor),
    leaveSegment: () => cards.leave(),
    enterCard: () => cards.enterCard(),
    leaveCard: () => cards.leaveCard(),
    save: () => cards.save(),
    saveJoined: () => cards.save(true),
    dismissNotice: () => store.set({ notice: null }),
    toggleGuide,
    showWholeGuide: (all) => refreshGuide(all),
    seekTo(startMs) {
      video.currentTime = (toVideoMs(startMs) + SEEK_INTO_MS) / 1000;
    },
    toggleHelp: () => run('help'),
    // Once started, the picker's own bar says what to do.
    pickCaptions: () => {
      const { started, message } = pickCaptions();
      if (!started) notify('info', message);
    },
    loadFile(file) {
      file
        .arrayBuffer()
        .then((buffer) => loadFile(new Uint8Array(buffer), file.name))
        .then(
          ({ cues }) =>
            notify('info', `Loaded ${cues} line${cues === 1 ? '' : 's'} from “${file.name}”.`),
          (error: unknown) => notify('error', errorMessage(error)),
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
    const before = settings;
    settings = next;
    store.set({ fontSize: next.overlay.fontSize, saveKey: next.saveKey });
    // The options page's switch wins; otherwise the N key's choice stays.
    if (before.overlay.visible !== next.overlay.visible) {
      store.set({ visible: next.overlay.visible });
      if (!next.overlay.visible) cards.close();
    }
    applyNativeHiding();
    if (next.overlay.autoPause) playback.watch();
    // Only what changes the lines themselves (languages, categories, romanization) marks them
    // again; the source keeps running, its cues are still on screen.
    if (JSON.stringify(before.languages) === JSON.stringify(next.languages)) return;
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
      if (isEditable(event.composedPath()[0] ?? null)) return;
      const command = commandFor(event, settings.saveKey);
      if (!command || !run(command)) return;
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
    pickCaptions,
    get playingFile() {
      return playingFile;
    },
  };
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}
