import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Language } from '../../utils/notes/schema';
import type { CardView } from '../../utils/overlay/view';
import { placeCard } from './place-card';

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
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const next = placeCard(
      card.anchor,
      { width: element.offsetWidth, height: element.offsetHeight },
      { width: window.innerWidth, height: window.innerHeight },
    );
    setPosition((old) => (old && old.left === next.left && old.top === next.top ? old : next));
  }, [card]);
  return (
    <div
      ref={ref}
      className="card"
      lang={lang}
      data-testid={card.kind === 'note' ? 'nunchi-note-card' : 'nunchi-word-card'}
      data-category={card.kind === 'note' ? card.note.category : undefined}
      style={position ?? { left: 0, top: 0, visibility: 'hidden' }}
      onPointerEnter={onEnter}
      onPointerLeave={onLeave}
    >
      {children}
    </div>
  );
}
