import type { Browser } from 'wxt/browser';
import { config } from 'zod/mini';
import { en } from 'zod/locales';
import {
  EnvelopeSchema,
  protocol,
  type MessageType,
  type Reply,
  type ReplyOf,
  type RequestOf,
} from './protocol';
import { errorMessage } from '../error-message';

type MessageSender = Browser.runtime.MessageSender;

// zod/mini ships without messages ("Invalid input" for everything). Refusals are read by people
// (the popup, the options page, a developer's console), so the background loads the English
// ones; content scripts, which only ever see the background's replies, stay without them.
config(en());

export type Handler<T extends MessageType> = (
  payload: RequestOf<T>,
  sender: MessageSender,
) => Promise<ReplyOf<T>> | ReplyOf<T>;

export type Handlers = { [T in MessageType]: Handler<T> };

/**
 * Builds the background's runtime.onMessage listener. Requests are validated against the
 * protocol before any handler runs; anything else gets a refusal, never an exception.
 * Replies go through `sendResponse` + `return true` because fake-browser (tests) ignores a
 * returned Promise, while Chrome and the polyfill accept both.
 */
export function createMessageListener(handlers: Handlers) {
  return (message: unknown, sender: MessageSender, sendResponse: (r: unknown) => void) => {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return false;
    void dispatch(envelope.data.type, envelope.data.payload, sender, handlers).then(sendResponse);
    return true;
  };
}

async function dispatch(
  type: string,
  payload: unknown,
  sender: MessageSender,
  handlers: Handlers,
): Promise<Reply<MessageType>> {
  if (!(type in protocol)) return { ok: false, error: `Unknown message ${type}` };
  const t = type as MessageType;
  const parsed = protocol[t][0].safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `Invalid ${t}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    };
  }
  try {
    // The table guarantees handler and payload agree; TypeScript cannot follow the correlation.
    const handler = handlers[t] as Handler<MessageType>;
    const value = await handler(parsed.data, sender);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
