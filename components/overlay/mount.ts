import type { MountUi } from '../../utils/overlay/controller';
import { placeOf, stackOrder, type Place } from '../../utils/overlay/placement';
import type { OverlayView } from '../../utils/overlay/view';
import { cardFrame } from '../cards/card-frame';
import { noteCard } from '../cards/note-card';
import { wordCard } from '../cards/word-card';
import { cueLine, type CueLineElement } from './cue-line';
import { h, setChildren } from './dom';
import { controlBar, noticeBar } from './controls';
import { guidePanel, helpPanel } from './panels';
import { OVERLAY_CSS } from './styles';

/** Smallest overlay text, so lines stay readable over a small embedded player. */
const MIN_FONT_PX = 14;
/** Settings give the text size for a 1280 px wide video; it scales with the player. */
const REFERENCE_WIDTH = 1280;

/**
 * Mounts the overlay's user interface into the host's shadow root and keeps it in step with
 * the controller's store; returns the unmount. Plain DOM, not React: see ./dom.ts for why.
 * Each part is redrawn only when its slice of the view changed, and lines that stay on screen
 * keep their elements, so the word under the pointer is never replaced while it is hovered.
 */
export const mountOverlayUi: MountUi = (shadow, container, store, actions) => {
  const style = h('style', null, OVERLAY_CSS);
  // After the host's reset sheet, so these rules win where both set a property.
  shadow.insertBefore(style, container);

  const layer = h('div', { class: 'layer' });
  // Two stacks: signs and on-screen text the source puts on top, everything else at the bottom.
  const boxes: Record<Place, HTMLDivElement> = {
    top: h('div', { class: 'lines top', 'data-testid': 'nunchi-lines-top' }),
    bottom: h('div', { class: 'lines', 'data-testid': 'nunchi-lines' }),
  };
  const controls = controlBar(actions);
  const notice = h('div', { class: 'notice-slot' });
  const panels = h('div', { class: 'panel-slot' });
  // The top of the picture holds a notice and the signs under it, so neither hides the other.
  const top = h('div', { class: 'top-column' }, notice, boxes.top);
  layer.append(boxes.bottom, controls.element, panels, top);
  container.append(layer);
  const card = cardFrame(layer, { onEnter: actions.enterCard, onLeave: actions.leaveCard });

  let lineElements: CueLineElement[] = [];
  let last: OverlayView | null = null;

  const renderLines = (view: OverlayView) => {
    if (!view.visible || view.lines.length === 0) {
      lineElements = [];
      for (const box of Object.values(boxes)) {
        box.replaceChildren();
        box.remove();
      }
      return;
    }
    const kept = new Map(lineElements.map((l) => [l.line.cue.key, l]));
    const next = view.lines.map((line) => {
      const old = kept.get(line.cue.key);
      const reusable =
        old &&
        old.line.segments === line.segments &&
        old.line.readings === line.readings &&
        old.line.cue.text === line.cue.text;
      return reusable ? old : cueLine(line, actions);
    });
    const same = next.length === lineElements.length && next.every((l, i) => l === lineElements[i]);
    lineElements = next;
    if (same) return;
    const stacked = stackOrder(next.map((l) => ({ l, position: l.line.cue.position })));
    for (const place of ['top', 'bottom'] as const) {
      const box = boxes[place];
      const here = stacked.filter(({ l }) => placeOf(l.line.cue.position) === place);
      box.replaceChildren(...here.map(({ l }) => l.element));
      if (here.length === 0) box.remove();
      else if (!box.parentNode) {
        if (place === 'top') top.append(box);
        else layer.prepend(box);
      }
    }
  };

  const update = () => {
    const view = store.get();
    const changed = <K extends keyof OverlayView>(...keys: K[]) =>
      last === null || keys.some((k) => view[k] !== last![k]);

    if (changed('lang')) {
      if (view.lang) layer.setAttribute('lang', view.lang);
      else layer.removeAttribute('lang');
    }
    if (changed('fontSize', 'boxWidth')) {
      const px = Math.max(MIN_FONT_PX, (view.fontSize * view.boxWidth) / REFERENCE_WIDTH);
      for (const box of Object.values(boxes)) box.style.fontSize = `${px}px`;
    }
    if (changed('lines', 'visible')) renderLines(view);
    if (changed('lines', 'visible', 'hover')) for (const l of lineElements) l.setHover(view.hover);
    if (changed('pointerOver', 'lang', 'canPick')) {
      controls.update(view.pointerOver, view.lang !== null, view.canPick);
    }
    if (changed('guide', 'help')) {
      setChildren(panels, [
        view.guide &&
          guidePanel(view.guide, {
            seekTo: actions.seekTo,
            showAll: actions.showWholeGuide,
            close: actions.toggleGuide,
          }),
        view.help && helpPanel(view.help, actions.toggleHelp),
      ]);
    }
    if (changed('notice')) {
      setChildren(notice, [view.notice && noticeBar(view.notice, actions.dismissNotice)]);
    }
    if (changed('card', 'lang', 'romanization', 'saveKey')) {
      const open = view.card;
      const lang = view.lang;
      card.update(open, lang, () =>
        open?.kind === 'note'
          ? noteCard(open, view.romanization, view.saveKey, actions)
          : open && lang
            ? wordCard(open, lang, view.saveKey, actions)
            : [],
      );
    }
    last = view;
  };

  // Several store updates in one task are drawn once.
  let queued = false;
  const unsubscribe = store.subscribe(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      update();
    });
  });
  update();

  return () => {
    unsubscribe();
    layer.remove();
    style.remove();
  };
};
