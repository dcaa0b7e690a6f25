import { browser } from 'wxt/browser';
import {
  contentProtocol,
  type ContentMessageType,
  type ContentReplyOf,
  type ContentRequestOf,
} from './protocol';
import { MessageError } from './client';

/**
 * Sends one typed request from an extension page (the popup) to the content script of a tab,
 * in the same envelope the background uses, and validates the `{ok, value}` reply.
 * Throws MessageError when no Nunchi script runs in the tab or it refused the request.
 */
export async function sendToTab<T extends ContentMessageType>(
  tabId: number,
  type: T,
  payload: ContentRequestOf<T>,
): Promise<ContentReplyOf<T>> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, { nunchi: 1, type, payload });
  } catch {
    // Chrome: "Could not establish connection. Receiving end does not exist."
    throw new MessageError('Nunchi is not running on this tab');
  }
  if (!raw || typeof raw !== 'object' || !('ok' in raw)) {
    throw new MessageError('Nunchi is not running on this tab');
  }
  const reply = raw as { ok: true; value: unknown } | { ok: false; error: string };
  if (!reply.ok) throw new MessageError(reply.error);
  const checked = contentProtocol[type][1].safeParse(reply.value);
  if (!checked.success) throw new MessageError(`Malformed reply to ${type}`);
  return checked.data as ContentReplyOf<T>;
}
