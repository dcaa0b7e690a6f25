import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Language } from '../../utils/notes/schema';
import type { CardView } from '../../utils/overlay/view';
import { placeCard, type Placement } from './place-card';

interface Props {
  card: CardView;
  lang: Language;
  onEnter: () => void;
  onLeave: () => void;
  children: ReactNode;
}

/** Positions a card next to its word, inside the viewport, measured after each render. */
export function CardFrame({ card, lang, onEnter, onLeave, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The natural height: scrollHeight ignores the max-height of an earlier placement.
    const borders = element.offsetHeight - element.clientHeight;
    const next = placeCard(
      card.anchor,
      { width: element.offsetWidth, height: element.scrollHeight + borders },
      { width: window.innerWidth, height: window.innerHeight },
    );
    setPlacement((old) =>
      old && old.left === next.left && old.top === next.top && old.maxHeight === next.maxHeight
        ? old
        : next,
    );
  }, [card]);
  return (
    <div
      ref={ref}
      className="card"
      lang={lang}
      data-testid={card.kind === 'note' ? 'nunchi-note-card' : 'nunchi-word-card'}
      data-category={card.kind === 'note' ? card.note.category : undefined}
      style={placement ?? { left: 0, top: 0, visibility: 'hidden' }}
      onPointerEnter={onEnter}
      onPointerLeave={onLeave}
    >
      {children}
    </div>
  );
}
