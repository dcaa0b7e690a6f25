import { describe, expect, it } from 'vitest';
import { pickTrack } from '../../../utils/sites/text-track-source';

/** Only what the choice reads of a TextTrack. */
const track = (language: string, mode: TextTrackMode = 'disabled') =>
  ({ language, mode, kind: 'subtitles' }) as unknown as TextTrack;

describe('pickTrack (a video’s TextTracks)', () => {
  const en = track('en', 'showing');
  const ko = track('ko-KR');
  const zh = track('zh-Hant');
  const zhShowing = track('zh-CN', 'showing');

  it.each<[string, TextTrack[], string[], TextTrack | null]>([
    ['the viewer’s order', [en, ko, zh], ['zh', 'ko', 'ja'], zh],
    ['another order', [en, zh, ko], ['ko', 'zh', 'ja'], ko],
    ['the page’s choice first when the viewer reads it', [ko, zhShowing], ['ko', 'zh'], zhShowing],
    ['the page’s choice, even in a language the viewer does not read', [ko, en], [], en],
    ['a disabled language is not read', [ko, en], ['zh'], en],
    ['the first when nothing else decides', [ko, zh], [], ko],
    ['none', [], ['ko'], null],
  ])('%s', (_name, tracks, preferred, expected) => {
    expect(pickTrack(tracks, preferred)).toBe(expected);
  });
});
