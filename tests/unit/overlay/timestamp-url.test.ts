import { describe, expect, it } from 'vitest';
import {
  fragmentSeconds,
  urlAtMoment,
  type TimestampStyle,
} from '../../../utils/overlay/timestamp-url';

describe('urlAtMoment', () => {
  it.each<[string, number, TimestampStyle, string]>([
    [
      'https://www.youtube.com/watch?v=abc123',
      83.9,
      'youtube',
      'https://www.youtube.com/watch?v=abc123&t=83s',
    ],
    [
      'https://www.youtube.com/watch?v=abc&t=10s',
      95,
      'youtube',
      'https://www.youtube.com/watch?v=abc&t=95s',
    ],
    [
      'https://www.youtube.com/watch?t=10&v=abc&list=L1',
      5,
      'youtube',
      'https://www.youtube.com/watch?v=abc&list=L1&t=5s',
    ],
    ['https://youtu.be/abc', 0.4, 'youtube', 'https://youtu.be/abc?t=0s'],
    [
      'https://www.youtube.com/watch?v=abc#t=3',
      7,
      'youtube',
      'https://www.youtube.com/watch?v=abc&t=7s',
    ],
    [
      'chrome-extension://abcdef/demo.html',
      12.7,
      'media-fragment',
      'chrome-extension://abcdef/demo.html#t=12',
    ],
    [
      'chrome-extension://abcdef/demo.html#t=3',
      40,
      'media-fragment',
      'chrome-extension://abcdef/demo.html#t=40',
    ],
    [
      'https://cdn.nunchi.test/clip.mp4',
      61,
      'media-fragment',
      'https://cdn.nunchi.test/clip.mp4#t=61',
    ],
    [
      'https://site.nunchi.test/watch/1?ep=2#comments',
      61,
      'none',
      'https://site.nunchi.test/watch/1?ep=2#comments',
    ],
    [
      'https://www.youtube.com/watch?v=abc',
      -3,
      'youtube',
      'https://www.youtube.com/watch?v=abc&t=0s',
    ],
    [
      'https://www.youtube.com/watch?v=abc',
      Number.NaN,
      'youtube',
      'https://www.youtube.com/watch?v=abc&t=0s',
    ],
  ])('%s at %d s (%s) → %s', (url, seconds, style, expected) => {
    expect(urlAtMoment(url, seconds, style)).toBe(expected);
  });

  it('leaves a string that is not a URL alone', () => {
    expect(urlAtMoment('not a url', 5, 'youtube')).toBe('not a url');
  });
});

describe('fragmentSeconds', () => {
  it.each<[string, number | null]>([
    ['#t=83', 83],
    ['#t=83.5', 83.5],
    ['t=12', 12],
    ['#t=npt:40', 40],
    ['#t=10,20', 10],
    ['', null],
    ['#comments', null],
    ['#t=abc', null],
  ])('%j → %j', (hash, expected) => {
    expect(fragmentSeconds(hash)).toBe(expected);
  });
});
