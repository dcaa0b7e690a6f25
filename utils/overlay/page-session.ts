import { send } from '../messaging/client';
import type { TabStatus } from '../messaging/protocol';
import type { CueSource } from '../sites/types';
import { listenToPopup } from './content-messages';
import {
  createOverlayController,
  type MountUi,
  type OverlayController,
  type SiteContext,
  type TimingControl,
} from './controller';

export interface PageSessionOptions {
  site: SiteContext;
  signal: AbortSignal;
  mountUi: MountUi;
  /** The video to cover, or null when the page has none (yet). */
  findVideo: () => HTMLVideoElement | null;
  /**
   * The cue source for a video, with the status message to show when there is none. Called for
   * each new video; `refresh` asks for it again later (a track was added to the video).
   */
  sourceFor: (
    video: HTMLVideoElement,
    signal: AbortSignal,
  ) => { source: CueSource | null; message: string };
  /** Status when the page has no video. */
  noVideoMessage: string;
  /** Answer the popup's messages (content scripts; the demo page is not reached by them). */
  answerPopup: boolean;
  /**
   * The viewer's timing offsets for this page: subtitle files loaded over the video follow
   * them and the overlay answers the timing keys (`[` `]` `\`) while one plays. Optional.
   */
  timing?: TimingControl;
}

export interface PageSession {
  /**
   * Asks `sourceFor` again for the current video: a track was added (a subtitle file the viewer
   * loaded stays), or a new episode started in the same player (`replaceFile`: it goes).
   */
  refresh(options?: { replaceFile?: boolean }): void;
}

/** How often the page is checked for its video being added, replaced or removed. */
const VIDEO_POLL_MS = 1000;

/**
 * Keeps one overlay on the page's video: creates it when a video appears, replaces it when the
 * player swaps its element, reports status when there is none, and answers the popup.
 */
export function startPageSession(options: PageSessionOptions): PageSession {
  const { signal, site } = options;
  let video: HTMLVideoElement | null = null;
  let videoAbort: AbortController | null = null;
  let controller: Promise<OverlayController> | null = null;

  const noVideoStatus = (): TabStatus => ({
    source: null,
    lang: null,
    lines: 0,
    message: options.noVideoMessage,
    site: site.name,
  });

  const attach = (next: HTMLVideoElement | null) => {
    if (next === video) return;
    videoAbort?.abort();
    video = next;
    controller = null;
    if (!next) {
      // Frames without a video stay quiet: the tab's status belongs to the frame that has one.
      if (isTopFrame()) send('tab.status.set', noVideoStatus()).catch(() => undefined);
      return;
    }
    videoAbort = new AbortController();
    const videoSignal = AbortSignal.any([signal, videoAbort.signal]);
    controller = createOverlayController({
      video: next,
      site,
      signal: videoSignal,
      mountUi: options.mountUi,
      ...(options.timing && { timing: options.timing }),
    });
    controller.then(
      (c) => {
        const { source, message } = options.sourceFor(next, videoSignal);
        c.setSource(source, message);
      },
      () => undefined,
    );
  };

  const check = () => {
    const found = options.findVideo();
    if (found !== video || (video && !video.isConnected)) attach(found?.isConnected ? found : null);
  };
  check();
  const timer = setInterval(check, VIDEO_POLL_MS);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    videoAbort?.abort();
  });

  if (options.answerPopup) {
    listenToPopup(
      // The popup's message reaches every frame and the first answer wins: only the top frame
      // and frames with a video answer.
      () => isTopFrame() || video !== null,
      {
        'status.refresh': async () => (controller ? (await controller).status() : noVideoStatus()),
        'subtitles.load': async ({ filename, text }) => {
          if (!controller) throw new Error('There is no video on this page to load subtitles for.');
          return (await controller).loadFile(text, filename);
        },
        'captions.pick': async () =>
          controller
            ? (await controller).pickCaptions()
            : {
                started: false,
                message: 'There is no video on this page to point at captions for.',
              },
      },
      signal,
    );
  }

  return {
    refresh({ replaceFile = false } = {}) {
      const current = video;
      if (!current || !controller) return;
      void controller.then((c) => {
        if (video !== current || !videoAbort || (c.playingFile && !replaceFile)) return;
        const { source, message } = options.sourceFor(current, videoAbort.signal);
        c.setSource(source, message);
      });
    },
  };
}

function isTopFrame(): boolean {
  return window === window.top;
}
