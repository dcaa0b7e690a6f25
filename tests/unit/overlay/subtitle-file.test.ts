import { describe, expect, it } from 'vitest';
import {
  readSubtitleFile,
  SubtitleFileError,
  tagFromFilename,
} from '../../../utils/overlay/subtitle-file';

describe('readSubtitleFile', () => {
  it('reads an SRT file and its language from the file name', () => {
    const file = readSubtitleFile(
      '1\n00:00:01,000 --> 00:00:02,500\n눈이 높다\n',
      'drama.e01.ko.srt',
    );
    expect(file.format).toBe('srt');
    expect(file.langTag).toBe('ko');
    expect(file.cues).toEqual([
      expect.objectContaining({ text: '눈이 높다', startMs: 1000, endMs: 2500 }),
    ]);
  });

  it('reads WebVTT given as bytes', () => {
    const bytes = new TextEncoder().encode('WEBVTT\n\n00:01.000 --> 00:02.000\n안녕\n');
    expect(readSubtitleFile(bytes, 'a.vtt').cues).toHaveLength(1);
  });

  it.each([
    ['not subtitles at all', 'notes.txt', /Could not read “notes.txt”/],
    ['WEBVTTX\n\n00:01.000 --> 00:02.000\nhi\n', 'bad.vtt', /Could not read “bad.vtt”.*WebVTT/],
    ['WEBVTT\n\nno cues here\n', 'empty.vtt', /“empty.vtt” has no subtitle lines/],
  ])('refuses %j with a message naming the file', (text, name, message) => {
    expect(() => readSubtitleFile(text, name)).toThrow(SubtitleFileError);
    expect(() => readSubtitleFile(text, name)).toThrow(message);
  });
});

describe('tagFromFilename', () => {
  it.each([
    ['show.s01e02.ko.srt', 'ko'],
    ['show.zh-Hans.vtt', 'zh-Hans'],
    ['C:\\subs\\ep1.ja.ass', 'ja'],
    ['show.en.srt', null],
    ['korean.srt', null],
    ['noext', null],
  ])('%s → %j', (name, expected) => {
    expect(tagFromFilename(name)).toBe(expected);
  });
});
