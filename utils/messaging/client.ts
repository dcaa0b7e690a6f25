import { browser } from 'wxt/browser';
import { protocol, type MessageType, type Reply, type ReplyOf, type RequestOf } from './protocol';

export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Sends one typed request to the background and validates the reply before handing it back.
 * Throws MessageError with the background's reason when the request was refused.
 */
export async function send<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ReplyOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ nunchi: 1, type, payload });
  const reply = raw as Reply<T> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new MessageError(`No reply to ${type}`);
  }
  if (!reply.ok) throw new MessageError(reply.error);
  const checked = protocol[type][1].safeParse(reply.value);
  if (!checked.success) throw new MessageError(`Malformed reply to ${type}`);
  return checked.data as ReplyOf<T>;
}
