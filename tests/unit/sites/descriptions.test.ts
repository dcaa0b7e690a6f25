// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeSite, SITES, youtube } from '../../../utils/sites/descriptions';

describe('describeSite', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abc', 'youtube'],
    ['https://m.youtube.com/watch?v=abc', 'youtube'],
    ['http://www.youtube.com/shorts/xyz', 'youtube'],
    ['https://youtube.com.evil.nunchi.test/watch?v=abc', null],
    ['https://notyoutube.com/watch?v=abc', null],
    ['https://site.nunchi.test/track.html', null],
  ])('%s → %j', (url, id) => {
    expect(describeSite(url)?.id ?? null).toBe(id);
  });
});

describe('site descriptions', () => {
  it.each(SITES.map((s) => [s.id, s] as const))(
    '%s has selectors a browser accepts',
    (_id, site) => {
      const selectors = [
        site.video,
        ...site.nativeCaptions,
        ...(site.captions
          ? [site.captions.container, site.captions.line, site.captions.segment ?? '*']
          : []),
      ];
      for (const selector of selectors) {
        expect(() => document.querySelector(selector), selector).not.toThrow();
      }
    },
  );

  it('reads YouTube’s caption structure: container > window > text > visual line > segment', () => {
    document.body.replaceChildren();
    const player = document.createElement('div');
    player.id = 'movie_player';
    const video = document.createElement('video');
    video.className = 'video-stream html5-main-video';
    const container = document.createElement('div');
    container.id = 'ytp-caption-window-container';
    const window_ = document.createElement('div');
    window_.className = 'caption-window ytp-caption-window-bottom';
    const text = document.createElement('span');
    text.className = 'captions-text';
    for (const words of [['눈이 ', '높다'], ['둘째 줄']]) {
      const line = document.createElement('span');
      line.className = 'caption-visual-line';
      for (const w of words) {
        const seg = document.createElement('span');
        seg.className = 'ytp-caption-segment';
        seg.textContent = w;
        line.append(seg);
      }
      text.append(line);
    }
    window_.append(text);
    container.append(window_);
    player.append(video, container);
    document.body.append(player);

    const captions = youtube.captions!;
    expect(document.querySelector(youtube.video)).toBe(video);
    const found = document.querySelector(captions.container)!;
    const lines = [...found.querySelectorAll(captions.line)].map((l) =>
      [...l.querySelectorAll(captions.segment!)].map((s) => s.textContent).join(''),
    );
    expect(lines).toEqual(['눈이 높다', '둘째 줄']);
  });
});
