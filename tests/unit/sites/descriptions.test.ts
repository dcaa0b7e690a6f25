// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { isValidDeepSelector, queryDeep, queryDeepAll } from '../../../utils/sites/deep-query';
import {
  appleTv,
  bilibili,
  bilibiliTv,
  crunchyroll,
  describeSite,
  disneyPlus,
  genericSite,
  hulu,
  iqiyi,
  max,
  netflix,
  primeVideo,
  SCRIPT_SITES,
  SITES,
  videoIdFromUrl,
  viki,
  wetv,
  youtube,
  type RenderedCaptions,
  type SiteDescription,
} from '../../../utils/sites/descriptions';
import { readCaptions } from '../../../utils/sites/rendered-caption-source';

/** Puts `markup` in the document body (parsed, never assigned as HTML). */
function page(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((n) => document.importNode(n, true)),
  );
}

/** Gives `host` an open shadow root holding `markup`; returns the root. */
function shadow(host: Element, markup: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  root.append(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return root;
}

beforeEach(() => document.body.replaceChildren());

describe('describeSite', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abc', 'youtube'],
    ['https://m.youtube.com/watch?v=abc', 'youtube'],
    ['https://youtube.com.evil.nunchi.test/watch?v=abc', null],
    ['https://www.netflix.com/watch/81000001', 'netflix'],
    ['https://www.viki.com/videos/1100001v-a', 'viki'],
    ['https://www.disneyplus.com/play/abc', 'disneyplus'],
    ['https://www.primevideo.com/detail/0X/', 'primevideo'],
    ['https://www.amazon.com/gp/video/detail/B0X', 'primevideo'],
    ['https://www.amazon.com/dp/B0SHOES', null],
    ['https://play.max.com/video/watch/a/b', 'max'],
    ['https://play.hbomax.com/video/watch/a/b', 'max'],
    ['https://www.iq.com/play/x', 'iqiyi'],
    ['https://wetv.vip/en/play/x', 'wetv'],
    ['https://www.bilibili.com/video/BV1', 'bilibili'],
    ['https://player.bilibili.com/player.html?bvid=BV1', 'bilibili'],
    ['https://www.bilibili.tv/en/play/1', 'bilibili-tv'],
    ['https://static.crunchyroll.com/vilos-v2/web/vilos/player.html', 'crunchyroll'],
    ['https://tv.apple.com/us/episode/x/umc.cmc.1', 'appletv'],
    ['https://www.apple.com/tv/', null],
    ['https://www.hulu.com/watch/1', 'hulu'],
    ['https://notnetflix.com/watch/1', null],
  ])('%s → %j', (url, id) => {
    expect(describeSite(url)?.id ?? null).toBe(id);
  });

  it('leaves YouTube to its own script', () => {
    expect(SCRIPT_SITES).not.toContain(youtube);
    expect(describeSite('https://www.youtube.com/watch?v=a', SCRIPT_SITES)).toBeNull();
  });
});

describe('videoIdFromUrl', () => {
  it.each([
    [netflix, 'https://www.netflix.com/watch/81000001?trackId=1', '81000001'],
    [viki, 'https://www.viki.com/videos/1100001v-fixture-episode-1', '1100001v'],
    [disneyPlus, 'https://www.disneyplus.com/play/1b2c-3d4e', '1b2c-3d4e'],
    [disneyPlus, 'https://www.disneyplus.com/ko-kr/video/abc', 'abc'],
    [max, 'https://play.max.com/video/watch/5f1c/a1b2', '5f1c'],
    [appleTv, 'https://tv.apple.com/us/episode/x/umc.cmc.1fix?showId=umc.cmc.2', 'umc.cmc.1fix'],
    [youtube, 'https://www.youtube.com/watch?v=abc&t=1', 'abc'],
    [youtube, 'https://www.youtube.com/shorts/xyz', 'xyz'],
    [netflix, 'https://www.netflix.com/browse', null],
    [primeVideo, 'https://www.primevideo.com/detail/0X/', null],
    [netflix, 'not a url', null],
  ] as const)('%#: %s', (site, url, id) => {
    expect(videoIdFromUrl(site, url)).toBe(id);
  });
});

describe('site descriptions', () => {
  it.each(SITES.map((s) => [s.id, s] as const))(
    '%s has selectors a browser accepts',
    (_id, site) => {
      const layouts = [...(site.captions ? [site.captions] : []), ...(site.olderCaptions ?? [])];
      const selectors = [
        site.video,
        ...site.nativeCaptions,
        ...(site.clock ? [site.clock.progress] : []),
        ...(site.playerFrame ? [site.playerFrame] : []),
        ...layouts.flatMap((c) => [c.container, c.line ?? '*', c.segment ?? '*', c.images ?? '*']),
      ];
      for (const selector of selectors) {
        expect(isValidDeepSelector(selector, document), selector).toBe(true);
      }
    },
  );

  it('gives every site a name, match patterns and a hint a viewer can act on', () => {
    for (const site of SITES) {
      expect(site.name).not.toBe('');
      expect(site.matches.length).toBeGreaterThan(0);
      expect(site.hint.length).toBeGreaterThan(20);
    }
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
  });

  it('describes a page without an adapter by its origin', () => {
    const site = genericSite({
      hostname: 'example.nunchi.test',
      origin: 'https://example.nunchi.test',
    });
    expect(site).toMatchObject({
      id: 'https://example.nunchi.test',
      name: 'example.nunchi.test',
      captions: null,
    });
    // Each page keeps its own timing offset: its path names the video.
    expect(videoIdFromUrl(site, 'https://example.nunchi.test/shows/ep2?x=1')).toBe('/shows/ep2');
  });
});

interface Snippet {
  site: SiteDescription;
  layout?: RenderedCaptions;
  /** Builds the player; returns nothing (the document holds it). */
  build: () => void;
  lines: string;
}

const cases: [string, Snippet][] = [
  [
    'YouTube: container > window > text > visual line > segment',
    {
      site: youtube,
      build: () =>
        page(`<div id="movie_player"><video class="html5-main-video"></video>
          <div id="ytp-caption-window-container"><div class="caption-window"><span class="captions-text">
          <span class="caption-visual-line"><span class="ytp-caption-segment">눈이 </span><span class="ytp-caption-segment">높다</span></span>
          <span class="caption-visual-line"><span class="ytp-caption-segment">둘째 줄</span></span></span></div></div></div>`),
      lines: '눈이 높다\n둘째 줄',
    },
  ],
  [
    'Netflix: text container > span > span, <br> between lines',
    {
      site: netflix,
      build: () =>
        page(`<div class="watch-video"><video></video><div class="player-timedtext">
          <div class="player-timedtext-text-container"><span><span>눈치 좀 챙겨.<br>분위기 파악 좀 해라.</span></span></div></div></div>`),
      lines: '눈치 좀 챙겨.\n분위기 파악 좀 해라.',
    },
  ],
  [
    'Netflix: image subtitles hold no text',
    {
      site: netflix,
      build: () =>
        page(`<div class="watch-video"><video></video><div class="player-timedtext">
          <div class="image-based-timed-text"><svg><image href="x.png"></image></svg></div></div></div>`),
      lines: '',
    },
  ],
  [
    'Viki: display > cue > div',
    {
      site: viki,
      build: () =>
        page(`<div class="video-js"><video class="vjs-tech"></video><div class="vjs-text-track-display">
          <div class="vjs-text-track-cue"><div>밥 먹었어?</div></div></div></div>`),
      lines: '밥 먹었어?',
    },
  ],
  [
    'Disney+ 2026: light DOM hive renderer',
    {
      site: disneyPlus,
      build: () =>
        page(`<disney-web-player><video></video><div class="TimedTextOverlay"><div class="hive-subtitle-renderer-wrapper">
          <div class="hive-subtitle-renderer-cue-positioning-box"><div class="hive-subtitle-renderer-cue-window">
          <div class="hive-subtitle-renderer-line">형,</div><div class="hive-subtitle-renderer-line">한잔하자.</div>
          </div></div></div></div></disney-web-player>`),
      lines: '형,\n한잔하자.',
    },
  ],
  [
    'Disney+ 2024: video and dss renderer in an open shadow root',
    {
      site: disneyPlus,
      layout: disneyPlus.olderCaptions![0],
      build: () => {
        page('<disney-web-player></disney-web-player>');
        shadow(
          document.querySelector('disney-web-player')!,
          `<video></video><div class="dss-subtitle-renderer-wrapper"><div class="dss-subtitle-renderer-cue-positioning-box">
          <div class="dss-subtitle-renderer-cue-window"><div class="dss-subtitle-renderer-line">막내야</div></div></div></div>`,
        );
      },
      lines: '막내야',
    },
  ],
  [
    'Prime Video: caption spans, a hidden one left over from the last cue',
    {
      site: primeVideo,
      build: () =>
        page(`<div class="webPlayerSDKContainer"><video src="blob:https://www.primevideo.com/1"></video>
          <div class="atvwebplayersdk-captions-overlay"><div><span class="atvwebplayersdk-captions-text">시어머니가</span>
          <span class="atvwebplayersdk-captions-text" style="display: none">지난 줄</span></div></div></div>`),
      lines: '시어머니가',
    },
  ],
  [
    'Max: data-testid overlay > CueBoxContainer > div > div > div',
    {
      site: max,
      build: () =>
        page(`<div><video></video><div data-testid="caption_renderer_overlay" class="x-Hash1"><div>
          <div data-testid="CueBoxContainer"><div class="a1"><div class="b2"><div class="c3">오빠,</div></div>
          <div class="b2"><div class="c3">회식 가요.</div></div></div></div></div></div></div>`),
      lines: '오빠,\n회식 가요.',
    },
  ],
  [
    'iQIYI: several boxes',
    {
      site: iqiyi,
      build: () =>
        page(`<div class="iqp-player"><video></video><div class="iqp-subtitle">
          <div data-player-hook="subtitleelem"><span class="subtitle_text">师兄，</span></div>
          <div data-player-hook="subtitleelem" hidden><span class="subtitle_text">旧的</span></div>
          <div data-player-hook="subtitleelem"><span class="subtitle_text">班门弄斧。</span></div></div></div>`),
      lines: '师兄，\n班门弄斧。',
    },
  ],
  [
    'WeTV: the text-track element itself',
    {
      site: wetv,
      build: () =>
        page(
          `<div id="internal-player-wrapper"><video></video><div class="text-track"><p>本宫</p><p>今日心情不错。</p></div></div>`,
        ),
      lines: '本宫\n今日心情不错。',
    },
  ],
  [
    'Bilibili: subtitle wrap > panel text',
    {
      site: bilibili,
      build: () =>
        page(`<div class="bpx-player-container"><div class="bpx-player-video-wrap"><video></video></div>
          <div class="bpx-player-subtitle-wrap"><div class="bpx-player-subtitle-panel"><div class="bpx-player-subtitle-panel-major-group">
          <span class="bpx-player-subtitle-panel-text">小姐姐，加个微信吧。</span></div></div></div></div>`),
      lines: '小姐姐，加个微信吧。',
    },
  ],
  [
    'Apple TV+: three nested shadow roots',
    {
      site: appleTv,
      build: () => {
        page('<apple-tv-plus-player></apple-tv-plus-player>');
        const first = shadow(
          document.querySelector('apple-tv-plus-player')!,
          '<amp-video-player-internal></amp-video-player-internal>',
        );
        const second = shadow(
          first.querySelector('amp-video-player-internal')!,
          '<amp-video-player></amp-video-player>',
        );
        shadow(
          second.querySelector('amp-video-player')!,
          '<div class="video-container"><video></video><div><div>치맥 어때?</div><div>내가 쏠게.</div></div></div>',
        );
      },
      lines: '치맥 어때?\n내가 쏠게.',
    },
  ],
  [
    'Hulu: ClosedCaption > CaptionBox',
    {
      site: hulu,
      build: () =>
        page(
          '<video></video><div class="ClosedCaption"><div class="CaptionBox">아이고,</div><div class="CaptionBox">내 팔자야.</div></div>',
        ),
      lines: '아이고,\n내 팔자야.',
    },
  ],
  [
    'Hulu older: caption-text-box > p',
    {
      site: hulu,
      layout: hulu.olderCaptions![0],
      build: () =>
        page('<video></video><div class="caption-text-box"><p>그 사람</p><p>금수저래.</p></div>'),
      lines: '그 사람\n금수저래.',
    },
  ],
];

describe('each site’s selectors read a small copy of its player', () => {
  it.each(cases)('%s', (_name, { site, layout, build, lines }) => {
    build();
    const captions = layout ?? site.captions!;
    const videos = queryDeepAll(document, site.video).filter((v) => v.localName === 'video');
    expect(videos).toHaveLength(1);
    const container = queryDeep(document, captions.container);
    expect(container).not.toBeNull();
    expect(
      readCaptions(container!, captions)
        .replace(/[ \t]*\n[ \t\n]*/g, '\n')
        .trim(),
    ).toBe(lines);
  });

  it.each(cases)('%s: no other site’s layout matches it', (_name, { site, build }) => {
    build();
    for (const other of SITES.filter((o) => o.id !== site.id)) {
      for (const layout of [
        ...(other.captions ? [other.captions] : []),
        ...(other.olderCaptions ?? []),
      ]) {
        expect(queryDeep(document, layout.container), `${other.id} ${layout.container}`).toBeNull();
      }
    }
  });

  it('says Netflix draws pictures when the container holds an image and no text', () => {
    cases[2]![1].build();
    const container = queryDeep(document, netflix.captions!.container)!;
    expect(container.querySelector(netflix.captions!.images!)).not.toBeNull();
  });

  it('has no caption layout for canvas-only players and sites seen only through their tracks', () => {
    expect(crunchyroll.captions).toBeNull();
    expect(bilibiliTv.captions).toBeNull();
    expect(crunchyroll.track).toBe('crunchyroll');
  });
});
