// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { timedTrackSource } from '../../../utils/sites/timed-track-source';
import type { ShownCue, SourceInfo } from '../../../utils/sites/types';

/** A <video> whose clock the test sets; the source listens to its media events. */
function fakeVideo() {
  const video = document.createElement('video');
  let time = 0;
  Object.defineProperty(video, 'currentTime', { get: () => time, configurable: true });
  return {
    video,
    at: (seconds: number, event = 'timeupdate') => {
      time = seconds;
      video.dispatchEvent(new Event(event));
    },
  };
}

describe('timedTrackSource', () => {
  const cues = [
    { startMs: 1000, endMs: 3000, text: '하나' },
    { startMs: 3000, endMs: 5000, text: '둘' },
    { startMs: 3000, endMs: 5000, text: '둘' },
    { startMs: 6000, endMs: 8000, text: '셋' },
  ];

  it('shows the cues of the moment with their neighbours, once per change, following seeks', () => {
    const { video, at } = fakeVideo();
    const shown: ShownCue[][] = [];
    const infos: SourceInfo[] = [];
    const source = timedTrackSource(video, cues, { label: 'Subtitle file “a.srt”', langTag: 'ko' });
    const abort = new AbortController();
    source.start({ show: (c) => shown.push(c), describe: (i) => infos.push(i) }, abort.signal);

    expect(infos).toEqual([
      {
        label: 'Subtitle file “a.srt”',
        langTag: 'ko',
        lines: 3,
        sample: ['하나', '둘', '셋'],
        problem: '',
        track: source.timeline.cues,
      },
    ]);
    at(1.5);
    at(2.0); // same cue: nothing new
    at(3.2);
    at(5.5); // between cues
    at(1.2, 'seeked'); // back to the first line
    abort.abort();
    at(6.5); // stopped: no more reports

    expect(shown.map((list) => list.map((c) => [c.text, c.prev ?? null, c.next ?? null]))).toEqual([
      [],
      [['하나', null, '둘']],
      [['둘', '하나', '셋']],
      [],
      [['하나', null, '둘']],
    ]);
  });

  it('says plainly when a track has no lines', () => {
    const { video } = fakeVideo();
    const infos: SourceInfo[] = [];
    timedTrackSource(video, [], { label: 'x', langTag: null }).start(
      { show: () => undefined, describe: (i) => infos.push(i) },
      new AbortController().signal,
    );
    expect(infos[0]).toMatchObject({ lines: 0, problem: 'The subtitle track has no lines.' });
  });
});
