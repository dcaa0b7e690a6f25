import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageError } from '../../../utils/messaging/client';
import { sendToTab } from '../../../utils/messaging/tab-client';

let reply: () => Promise<unknown>;
let sent: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  // fake-browser leaves tabs.sendMessage unimplemented and types it as returning void; the real
  // API resolves with the reply.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    (_tabId: number, message: unknown) => {
      sent.push(message);
      return reply();
    },
  );
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('sendToTab', () => {
  it('sends the envelope and hands back a validated reply', async () => {
    reply = () => Promise.resolve({ ok: true, value: { cues: 12, lang: 'ko' } });
    const value = await sendToTab(3, 'subtitles.load', { filename: 'a.srt', text: 'x' });
    expect(value).toEqual({ cues: 12, lang: 'ko' });
    expect(sent).toEqual([
      { nunchi: 1, type: 'subtitles.load', payload: { filename: 'a.srt', text: 'x' } },
    ]);
  });

  it('passes the tab’s refusal on', async () => {
    reply = () => Promise.resolve({ ok: false, error: 'No video on this page' });
    await expect(sendToTab(3, 'subtitles.load', { filename: 'a.srt', text: 'x' })).rejects.toThrow(
      new MessageError('No video on this page'),
    );
  });

  it.each([
    ['no script answers', () => Promise.reject(new Error('Receiving end does not exist.'))],
    ['the answer is empty', () => Promise.resolve(undefined)],
  ])('says Nunchi is not running when %s', async (_what, make) => {
    reply = make;
    await expect(sendToTab(3, 'status.refresh', {})).rejects.toThrow(
      'Nunchi is not running on this tab',
    );
  });

  it('rejects a reply that does not match the protocol', async () => {
    reply = () => Promise.resolve({ ok: true, value: { cues: -1, lang: 'xx' } });
    await expect(sendToTab(3, 'subtitles.load', { filename: 'a', text: '' })).rejects.toThrow(
      'Malformed reply to subtitles.load',
    );
  });
});
