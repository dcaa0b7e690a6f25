import type { Language } from '../../utils/notes/constants';
import type { CardView } from '../../utils/overlay/view';
import { h, setAttrs, setChildren, type Child } from '../overlay/dom';
import { placeCard } from './place-card';

export interface CardFrame {
  /** Shows `content` for `card` next to its word, or removes the card (null). */
  update(card: CardView | null, lang: Language | null, content: () => Child[]): void;
}

/**
 * The one card element: kept while a card is open (its pointer listeners keep it open while
 * read), refilled when the card changes, and positioned next to its word inside the viewport,
 * measured after each change.
 */
export function cardFrame(
  parent: HTMLElement,
  events: { onEnter: () => void; onLeave: () => void },
): CardFrame {
  const element = h('div', { class: 'card' });
  element.addEventListener('pointerenter', events.onEnter);
  element.addEventListener('pointerleave', events.onLeave);

  return {
    update(card, lang, content) {
      if (!card || !lang) {
        element.remove();
        return;
      }
      setAttrs(element, {
        lang,
        'data-testid': card.kind === 'note' ? 'nunchi-note-card' : 'nunchi-word-card',
        'data-category': card.kind === 'note' ? card.note.category : null,
      });
      if (!element.isConnected) {
        // Measured before it is seen: placed at the origin, hidden, for the first layout.
        Object.assign(element.style, {
          left: '0px',
          top: '0px',
          maxHeight: '',
          visibility: 'hidden',
        });
        parent.append(element);
      }
      setChildren(element, content());
      // The natural height: scrollHeight ignores the max-height of an earlier placement.
      const borders = element.offsetHeight - element.clientHeight;
      const placement = placeCard(
        card.anchor,
        { width: element.offsetWidth, height: element.scrollHeight + borders },
        { width: window.innerWidth, height: window.innerHeight },
      );
      Object.assign(element.style, {
        left: `${placement.left}px`,
        top: `${placement.top}px`,
        maxHeight: `${placement.maxHeight}px`,
        visibility: '',
      });
    },
  };
}
