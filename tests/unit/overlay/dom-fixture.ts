import { vi } from 'vitest';
import { h } from '../../../components/overlay/dom';
import { mountOverlayUi } from '../../../components/overlay/mount';
import type { Ruby } from '../../../utils/messaging/protocol';
import type { OverlayActions } from '../../../utils/overlay/controller';
import { lineText } from '../../../utils/overlay/line-text';
import { segmentLine, type SegmentMark } from '../../../utils/overlay/segment';
import { createStore } from '../../../utils/overlay/store';
import type { LineView, OverlayView } from '../../../utils/overlay/view';
import type { ShownCue } from '../../../utils/sites/types';

/** Every overlay action as a spy. */
export const actions = (): OverlayActions => ({
  hoverSegment: vi.fn(),
  leaveSegment: vi.fn(),
  enterCard: vi.fn(),
  leaveCard: vi.fn(),
  save: vi.fn(),
  saveJoined: vi.fn(),
  loadFile: vi.fn(),
  dismissNotice: vi.fn(),
  toggleGuide: vi.fn(),
  showWholeGuide: vi.fn(),
  seekTo: vi.fn(),
  toggleHelp: vi.fn(),
  pickCaptions: vi.fn(),
});

/**
 * A line as the controller builds it: speaker labels apart as `lineText` leaves them, and the
 * source's readings as the line's readings unless a test gives others.
 */
export function lineView(
  cue: ShownCue,
  unit: 'word' | 'char' = 'word',
  marks: SegmentMark[] = [],
  readings?: readonly Ruby[],
): LineView {
  const text = lineText(cue);
  return {
    cue,
    text,
    segments: segmentLine(text.text, marks, unit),
    readings: readings ?? text.ruby,
  };
}

/** The overlay's state with nothing on screen yet. */
export const emptyView = (lang: OverlayView['lang']): OverlayView => ({
  visible: true,
  lang,
  lines: [],
  boxWidth: 1280,
  fontSize: 28,
  romanization: true,
  saveKey: 's',
  card: null,
  hover: null,
  notice: null,
  pointerOver: false,
  guide: null,
  help: null,
  canPick: false,
});

/** Lets the store's queued render run. */
export const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** The whole overlay UI mounted in an open shadow root, as the content script mounts it. */
export function mountOverlay(initial: OverlayView) {
  const host = h('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = h('div');
  shadow.append(container);
  const store = createStore<OverlayView>(initial);
  const spy = actions();
  const unmount = mountOverlayUi(shadow, container, store, spy);
  return { shadow, store, unmount, actions: spy };
}
