import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSubtitleFile } from '../../../utils/overlay/file-request';

/** What reached the background, and its answer (the background's own handler is tested apart). */
let received: unknown[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  received = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    received.push(message);
    (sendResponse as (reply: unknown) => void)({
      ok: true,
      value: { cues: [{ text: '안녕', startMs: 1000, endMs: 2000 }], langTag: 'ko' },
    });
    return true;
  });
});

describe('parseSubtitleFile (the page side of subtitles.parse)', () => {
  it('decodes the bytes here and sends the text with its encoding', async () => {
    // "WEBVTT" in UTF-16LE with its byte order mark.
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...[...'WEBVTT'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    const reply = await parseSubtitleFile(bytes, 'ep.ko.vtt');
    expect(reply.langTag).toBe('ko');
    expect(received).toEqual([
      {
        nunchi: 1,
        type: 'subtitles.parse',
        payload: { filename: 'ep.ko.vtt', text: '\ufeffWEBVTT', encoding: 'utf-16le' },
      },
    ]);
  });

  it('refuses a file above 20 MB without sending it', async () => {
    const huge = new Uint8Array(20_000_001);
    await expect(parseSubtitleFile(huge, 'movie.mkv')).rejects.toThrow(
      '“movie.mkv” is too large to be a subtitle file.',
    );
    expect(received).toEqual([]);
  });

  it('passes the background’s refusal on as is', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      (sendResponse as (reply: unknown) => void)({
        ok: false,
        error: 'Could not read “broken.srt”: Line 2: bad timing',
      });
      return true;
    });
    await expect(parseSubtitleFile('1\nbad', 'broken.srt')).rejects.toThrow(
      'Could not read “broken.srt”: Line 2: bad timing',
    );
  });
});
