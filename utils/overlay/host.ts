/**
 * The overlay's place in the page: an element with an open shadow root (so page styles cannot
 * reach in and tests can reach the hooks), laid exactly over the video's box, following it on
 * scroll, resize and layout changes, and moved into the fullscreen element when the player goes
 * fullscreen (only the fullscreen element's subtree is drawn then).
 */
export interface OverlayHost {
  shadow: ShadowRoot;
  /** Where the React tree mounts. */
  container: HTMLElement;
}

export interface HostEvents {
  /** The video box changed size (text scales with it). */
  onBox(width: number, height: number): void;
  /**
   * The video element itself went fullscreen (true) or came back (false). Nothing can be drawn
   * over a fullscreen <video>, so the controller gives the page's own captions back meanwhile.
   */
  onVideoFullscreen(fullscreen: boolean): void;
}

/** Families declared on the page, because @font-face inside a shadow root is ignored. */
export const FONT_FAMILIES = {
  ko: "'Nunchi KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif",
  zh: "'Nunchi SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
  ja: "'Nunchi JP', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', system-ui, sans-serif",
} as const;

const PAGE_FONTS = `
@font-face { font-family: 'Nunchi KR'; src: local('Noto Sans CJK KR'), local('NotoSansCJKkr-Regular'), local('Noto Sans KR'); }
@font-face { font-family: 'Nunchi SC'; src: local('Noto Sans CJK SC'), local('NotoSansCJKsc-Regular'), local('Noto Sans SC'); }
@font-face { font-family: 'Nunchi JP'; src: local('Noto Sans CJK JP'), local('NotoSansCJKjp-Regular'), local('Noto Sans JP'); }
`;

function declarePageFonts(): void {
  if (document.querySelector('style[data-nunchi="fonts"]')) return;
  const style = document.createElement('style');
  style.dataset.nunchi = 'fonts';
  style.textContent = PAGE_FONTS;
  (document.head ?? document.documentElement).append(style);
}

/** How often the box is re-measured for layout changes no event reports (a sidebar opening). */
const REMEASURE_MS = 500;

export function mountHost(
  video: HTMLVideoElement,
  events: HostEvents,
  signal: AbortSignal,
): OverlayHost {
  declarePageFonts();
  const host = document.createElement('nunchi-overlay');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // `all: initial` stops the page's inherited styles (fonts, colours, line height) from
  // reaching in. Not !important: inside a shadow tree that would beat the host's inline
  // position below, since important declarations of the inner context win over the outer one.
  // The root inherits the host's visibility again, so hiding the host hides everything (the
  // picker steps the overlay aside that way).
  style.textContent = ':host { all: initial; } .nunchi-root { all: initial; visibility: inherit; }';
  const container = document.createElement('div');
  container.className = 'nunchi-root';
  shadow.append(style, container);
  Object.assign(host.style, {
    position: 'fixed',
    zIndex: '2147483647',
    pointerEvents: 'none',
    margin: '0',
    padding: '0',
    border: '0',
  });

  let box = { left: NaN, top: NaN, width: NaN, height: NaN };
  let videoFullscreen = false;

  const place = () => {
    const full = document.fullscreenElement;
    const isVideoFull = full === video;
    if (isVideoFull !== videoFullscreen) {
      videoFullscreen = isVideoFull;
      events.onVideoFullscreen(isVideoFull);
    }
    const parent = full && full !== video && full.contains(video) ? full : document.documentElement;
    if (host.parentNode !== parent) parent.append(host);
    const rect = video.getBoundingClientRect();
    const hidden = isVideoFull || rect.width < 2 || rect.height < 2 || !video.isConnected;
    host.style.display = hidden ? 'none' : 'block';
    if (
      rect.left === box.left &&
      rect.top === box.top &&
      rect.width === box.width &&
      rect.height === box.height
    ) {
      return;
    }
    const resized = rect.width !== box.width || rect.height !== box.height;
    box = { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    Object.assign(host.style, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    if (resized) events.onBox(rect.width, rect.height);
  };

  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (!signal.aborted) place();
    });
  };

  const options = { signal, passive: true, capture: true };
  window.addEventListener('resize', schedule, options);
  window.addEventListener('scroll', schedule, options);
  document.addEventListener('fullscreenchange', place, { signal });
  const resize = new ResizeObserver(schedule);
  resize.observe(video);
  const timer = setInterval(place, REMEASURE_MS);
  place();
  signal.addEventListener('abort', () => {
    resize.disconnect();
    clearInterval(timer);
    host.remove();
  });
  return { shadow, container };
}
