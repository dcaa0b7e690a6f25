import { send } from '../messaging/client';
import type { NoteView, ReplyOf } from '../messaging/protocol';
import type { Language } from '../notes/constants';
import type { Settings } from '../settings/schema';
import type { ShownCue } from '../sites/types';
import { HOVER_UNIT, LANGUAGE_NAMES } from './language';
import { buildSaveRequest, SAVE_OUTCOME_TEXT, type FollowingLine } from './save-request';
import { lookupText, type Segment } from './segment';
import type { Store } from './store';
import type { TimestampStyle } from './timestamp-url';
import type { Anchor, CardView, Lookup, Notice, OverlayView, RelatedView } from './view';
import { errorMessage } from '../error-message';

/** Grace period to move the pointer from a word into its card (or to the next word). */
const CLOSE_DELAY_MS = 300;
/** How often a card re-asks while the dictionary is still installing. */
const INSTALL_POLL_MS = 1000;
const NOTICE_MS = { info: 2500, error: 9000 } as const;

interface CardDeps {
  store: Store<OverlayView>;
  video: HTMLVideoElement;
  signal: AbortSignal;
  settings: () => Settings;
  language: () => Language | null;
  /** The cue on screen with this key and its words as shown, or null once it has gone. */
  line: (cueKey: string) => { cue: ShownCue; text: string } | null;
  /** The line after `cue` when it is worth offering to save the two as one sentence. */
  following: (cue: ShownCue) => FollowingLine | null;
  place: () => { title: string; site: string; url: string; timestamp: TimestampStyle };
}

type LookupReply = ReplyOf<'dict.lookup'>;

/**
 * Note and word cards: opening on hover, closing after a grace period, dictionary lookups,
 * saving, and pausing the video while a card is open (resuming only a video it paused).
 */
export class CardController {
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private pausedByCard = false;
  /** The pointer is on the open card (so a card whose line has gone stays while it is read). */
  private onCard = false;
  /** Bumped whenever the card changes, so late lookups for an old card are dropped. */
  private cardToken = 0;
  private readonly lookups = new Map<string, Promise<LookupReply>>();

  constructor(private readonly deps: CardDeps) {
    // A viewer who presses play while a card is open has taken over: do not resume for them.
    deps.video.addEventListener(
      'play',
      () => {
        this.pausedByCard = false;
      },
      { signal: deps.signal },
    );
    deps.signal.addEventListener('abort', () => {
      clearTimeout(this.closeTimer);
      clearTimeout(this.noticeTimer);
    });
  }

  hover(cueKey: string, segment: Segment, rect: DOMRect): void {
    clearTimeout(this.closeTimer);
    const line = this.deps.line(cueKey);
    const lang = this.deps.language();
    if (!line || !lang || segment.kind === 'text') return;
    const { cue } = line;
    const current = this.deps.store.get().card;
    if (
      current &&
      current.cue.key === cueKey &&
      this.deps.store.get().hover?.start === segment.start
    ) {
      return;
    }
    const anchor: Anchor = {
      left: rect.left,
      top: rect.top,
      right: rect.right,
      bottom: rect.bottom,
    };
    const token = ++this.cardToken;
    const base = {
      cue,
      surface: segment.text,
      anchor,
      saved: null,
      saving: false,
      following: this.deps.following(cue),
    };
    const hover = { cueKey, start: segment.start, end: segment.end };
    if (segment.kind === 'mark') {
      this.open({ ...base, kind: 'note', note: segment.note, related: [] }, hover);
      void this.resolveRelated(segment.note, token);
    } else {
      this.open({ ...base, kind: 'word', lookup: { state: 'loading' } }, hover);
      void this.lookUp(line.text, segment, lang, token);
    }
  }

  leave(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(), CLOSE_DELAY_MS);
  }

  enterCard(): void {
    this.onCard = true;
    clearTimeout(this.closeTimer);
  }

  leaveCard(): void {
    this.onCard = false;
    this.leave();
  }

  close(): void {
    clearTimeout(this.closeTimer);
    this.onCard = false;
    if (!this.deps.store.get().card) return;
    this.cardToken++;
    this.deps.store.set({ card: null, hover: null });
    if (this.pausedByCard) {
      this.pausedByCard = false;
      this.deps.video.play().catch(() => undefined);
    }
  }

  /** Lines changed: a card whose line has left the screen closes unless the pointer is on it. */
  linesChanged(lines: readonly ShownCue[]): void {
    const card = this.deps.store.get().card;
    if (card && !this.onCard && !lines.some((l) => l.key === card.cue.key)) this.leave();
  }

  notify = (kind: Notice['kind'], text: string): void => {
    clearTimeout(this.noticeTimer);
    this.deps.store.set({ notice: { kind, text } });
    this.noticeTimer = setTimeout(() => this.deps.store.set({ notice: null }), NOTICE_MS[kind]);
  };

  /** Saves what the card shows; `joined`: with the next line, as one sentence. */
  save(joined = false): void {
    const card = this.deps.store.get().card;
    const lang = this.deps.language();
    if (!card || !lang || card.saving || (joined && !card.following)) return;
    const token = this.cardToken;
    const request = buildSaveRequest(
      card,
      { lang, ...this.deps.place(), currentMs: this.deps.video.currentTime * 1000 },
      joined ? card.following : null,
    );
    this.patchCard(token, { saving: true });
    send('vocab.save', request).then(
      ({ outcome }) => {
        const text = SAVE_OUTCOME_TEXT[outcome];
        this.patchCard(token, { saving: false, saved: text });
        this.notify('info', `${text}: ${request.term}`);
      },
      (error: unknown) => {
        this.patchCard(token, { saving: false });
        this.notify('error', `Could not save: ${errorMessage(error)}`);
      },
    );
  }

  private open(card: CardView, hover: OverlayView['hover']): void {
    const { store, video } = this.deps;
    const wasOpen = store.get().card !== null;
    store.set({ card, hover });
    if (!wasOpen && this.deps.settings().overlay.pauseOnHover && !video.paused) {
      video.pause();
      this.pausedByCard = true;
    }
  }

  private patchCard(token: number, patch: Partial<CardView>): void {
    if (token !== this.cardToken) return;
    this.deps.store.set((state) =>
      state.card ? { card: { ...state.card, ...patch } as CardView } : {},
    );
  }

  private async resolveRelated(note: NoteView, token: number): Promise<void> {
    if (!note.related.length) return;
    const { headwords } = await send('notes.headwords', { ids: note.related.slice(0, 50) }).catch(
      () => ({ headwords: note.related.map((id) => ({ id, headword: null })) }),
    );
    const related: RelatedView[] = headwords.map(({ id, headword }) => ({
      id,
      lang: id.split('.')[0] ?? '',
      headword,
    }));
    this.patchCard(token, { related });
  }

  private async lookUp(
    line: string,
    segment: Segment,
    lang: Language,
    token: number,
  ): Promise<void> {
    const text = lookupText(line, segment, HOVER_UNIT[lang]);
    if (!text.trim()) {
      this.patchCard(token, { lookup: { state: 'none' } });
      return;
    }
    let reply: LookupReply;
    try {
      reply = await this.cachedLookup(lang, text);
    } catch (error) {
      const message = errorMessage(error);
      this.patchCard(token, {
        lookup: { state: 'missing', message: `The dictionary did not answer: ${message}` },
      });
      return;
    }
    if (token !== this.cardToken) return;
    const lookup = this.toLookup(reply, lang);
    this.patchCard(token, { lookup });
    if (lookup.state === 'found') {
      // Chinese and Japanese: highlight exactly the characters the dictionary matched.
      const end = segment.start + lookup.result.surface.length;
      this.deps.store.set((state) =>
        state.hover ? { hover: { ...state.hover, end: Math.max(end, state.hover.end) } } : {},
      );
    }
    if (lookup.state === 'installing') {
      const timer = setTimeout(() => {
        if (token === this.cardToken) void this.lookUp(line, segment, lang, token);
      }, INSTALL_POLL_MS);
      this.deps.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    }
  }

  private cachedLookup(lang: Language, text: string): Promise<LookupReply> {
    const key = `${lang}:${text}`;
    let pending = this.lookups.get(key);
    if (!pending) {
      pending = send('dict.lookup', { lang, text });
      this.lookups.set(key, pending);
      // Only answers from a ready dictionary are kept: an installing one will answer later.
      void pending.then(
        (reply) => {
          if (reply.state !== 'ok') this.lookups.delete(key);
        },
        () => this.lookups.delete(key),
      );
    }
    return pending;
  }

  private toLookup(reply: LookupReply, lang: Language): Lookup {
    if (reply.state === 'ok') {
      const result = reply.results[0];
      if (!result) return { state: 'none' };
      const romanized = this.deps.settings().languages[lang].romanization
        ? reply.romanized
        : undefined;
      return { state: 'found', result, romanized: romanized || null };
    }
    const { status } = reply;
    const name = LANGUAGE_NAMES[lang];
    switch (status.state) {
      case 'installing':
        return { state: 'installing', progress: status.progress };
      case 'error':
        return {
          state: 'missing',
          message: `The ${name} dictionary could not be installed: ${status.error ?? 'unknown error'}`,
        };
      default:
        return {
          state: 'missing',
          message: `The ${name} dictionary is not installed yet. Install it from Nunchi's options page.`,
        };
    }
  }
}
