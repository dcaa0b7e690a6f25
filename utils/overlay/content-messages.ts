import { browser } from 'wxt/browser';
import {
  contentProtocol,
  EnvelopeSchema,
  type ContentMessageType,
  type ContentReplyOf,
  type ContentRequestOf,
} from '../messaging/protocol';
import { errorMessage } from '../error-message';

export type ContentHandlers = {
  [T in ContentMessageType]: (payload: ContentRequestOf<T>) => Promise<ContentReplyOf<T>>;
};

type ContentReply = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Answers the popup's messages to this tab (contentProtocol). Requests are validated like the
 * background validates its own; a refusal is a reply, never an exception in the page. Replies go
 * through sendResponse + `return true` (see utils/messaging/server.ts for why).
 */
export function listenToPopup(
  answers: () => boolean,
  handlers: ContentHandlers,
  signal: AbortSignal,
): void {
  const listener = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (reply: ContentReply) => void,
  ): boolean => {
    // Only Nunchi's own pages talk to this script.
    if (sender.id !== browser.runtime.id || !answers()) return false;
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success || !(envelope.data.type in contentProtocol)) return false;
    const type = envelope.data.type as ContentMessageType;
    const parsed = contentProtocol[type][0].safeParse(envelope.data.payload);
    if (!parsed.success) {
      sendResponse({ ok: false, error: `Invalid ${type}` });
      return false;
    }
    // The table guarantees handler and payload agree; TypeScript cannot follow the correlation.
    const handler = handlers[type] as (payload: unknown) => Promise<unknown>;
    handler(parsed.data).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: errorMessage(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
