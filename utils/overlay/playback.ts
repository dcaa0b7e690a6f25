import type { TimedCue } from '../subtitles/cue';
import type { ShownCue } from '../sites/types';
import { lineToPauseAt, SEEK_INTO_MS, stepTarget, type EndingLine, type Step } from './navigation';

export interface PlaybackDeps {
  video: HTMLVideoElement;
  signal: AbortSignal;
  /** The source's whole track, or null when it only knows what is on screen. */
  track: () => readonly TimedCue[] | null;
  shown: () => readonly ShownCue[];
  /** A time the source reports (its clock, offset included) as `video.currentTime` ms. */
  toVideoMs: (ms: number) => number;
  autoPause: () => boolean;
}

export type StepOutcome = 'moved' | 'no-track' | 'no-line';

/**
 * Moving between lines and pausing at the end of each: the video is sought and paused here,
 * and nowhere else in the overlay.
 */
export class Playback {
  private pausedAt: string | null = null;
  private frame = 0;

  constructor(private readonly deps: PlaybackDeps) {
    const { video, signal } = deps;
    // Seeking back into a line it paused at lets auto-pause stop there again.
    video.addEventListener('seeking', () => (this.pausedAt = null), { signal });
    video.addEventListener('play', () => this.watch(), { signal });
    signal.addEventListener('abort', () => cancelAnimationFrame(this.frame));
  }

  /**
   * Previous / next / replay. With a whole track any line can be reached; without one only
   * the line on screen can be replayed (its start is when it appeared).
   */
  step(step: Step): StepOutcome {
    const { video, toVideoMs } = this.deps;
    const nowMs = video.currentTime * 1000;
    const track = this.deps.track();
    let target: number | null;
    if (track?.length) {
      // Worked out in video time, so a clock other than the video's (ads, offsets) still lines up.
      const onVideo = track.map((c) => ({
        ...c,
        startMs: toVideoMs(c.startMs),
        endMs: toVideoMs(c.endMs),
      }));
      target = stepTarget(onVideo, nowMs, step);
    } else if (step === 'replay') {
      const start = this.deps.shown().find((c) => c.startMs !== undefined)?.startMs;
      target = start === undefined ? null : toVideoMs(start);
    } else {
      return 'no-track';
    }
    if (target === null) return 'no-line';
    this.pausedAt = null;
    video.currentTime = (target + SEEK_INTO_MS) / 1000;
    return 'moved';
  }

  /** Starts watching for line ends when auto-pause is on and the video plays. */
  watch(): void {
    cancelAnimationFrame(this.frame);
    const { video, signal } = this.deps;
    const tick = () => {
      if (signal.aborted || video.paused || !this.deps.autoPause()) return;
      const lines: EndingLine[] = this.deps
        .shown()
        .flatMap((c) =>
          c.endMs === undefined ? [] : [{ key: c.key, endVideoMs: this.deps.toVideoMs(c.endMs) }],
        );
      const key = lineToPauseAt(lines, video.currentTime * 1000, this.pausedAt);
      if (key) {
        this.pausedAt = key;
        video.pause();
        return;
      }
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }
}
