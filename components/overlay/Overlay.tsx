import { useSyncExternalStore } from 'react';
import type { OverlayActions } from '../../utils/overlay/controller';
import type { Store } from '../../utils/overlay/store';
import type { OverlayView } from '../../utils/overlay/view';
import { CardFrame } from '../cards/CardFrame';
import { NoteCard } from '../cards/NoteCard';
import { WordCard } from '../cards/WordCard';
import { CueLine } from './CueLine';
import { FileControl } from './FileControl';
import { NoticeBar } from './NoticeBar';

/** Smallest overlay text, so lines stay readable over a small embedded player. */
const MIN_FONT_PX = 14;
/** Settings give the text size for a 1280 px wide video; it scales with the player. */
const REFERENCE_WIDTH = 1280;

export function Overlay({
  store,
  actions,
}: {
  store: Store<OverlayView>;
  actions: OverlayActions;
}) {
  const view = useSyncExternalStore(store.subscribe, store.get);
  const fontPx = Math.max(MIN_FONT_PX, (view.fontSize * view.boxWidth) / REFERENCE_WIDTH);
  const { card } = view;
  return (
    <div className="layer" lang={view.lang ?? undefined}>
      {view.visible && view.lines.length > 0 && (
        <div className="lines" style={{ fontSize: `${fontPx}px` }}>
          {view.lines.map((line) => (
            <CueLine key={line.cue.key} line={line} hover={view.hover} actions={actions} />
          ))}
        </div>
      )}
      <FileControl shown={view.pointerOver} onFile={actions.loadFile} />
      {view.notice && <NoticeBar notice={view.notice} onDismiss={actions.dismissNotice} />}
      {card && view.lang && (
        <CardFrame
          card={card}
          lang={view.lang}
          onEnter={actions.enterCard}
          onLeave={actions.leaveCard}
        >
          {card.kind === 'note' ? (
            <NoteCard
              card={card}
              romanization={view.romanization}
              saveKey={view.saveKey}
              onSave={actions.save}
            />
          ) : (
            <WordCard card={card} lang={view.lang} saveKey={view.saveKey} onSave={actions.save} />
          )}
        </CardFrame>
      )}
    </div>
  );
}
