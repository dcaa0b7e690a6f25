// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabPanel } from '../../../components/popup/TabPanel';
import type { TabStatus } from '../../../utils/messaging/protocol';

/** Background replies by message type; requests are recorded. */
let background: Record<string, (payload: unknown) => unknown>;
let sentToBackground: { type: string; payload: unknown }[];
/** The tab's content script; undefined = no script runs there. */
let contentScript: ((type: string, payload: unknown) => unknown) | undefined;
let sentToTab: { tabId: number; type: string; payload: unknown }[];

const STATUS: TabStatus = {
  source: 'Video text track',
  lang: 'ko',
  lines: 212,
  message: '',
  site: 'video.example.org',
};

beforeEach(() => {
  fakeBrowser.reset();
  sentToBackground = [];
  sentToTab = [];
  contentScript = undefined;
  background = {
    'tab.status.get': () => null,
    'site.status': () => ({ enabled: false, builtIn: false }),
    'site.enable': () => ({ enabled: true }),
  };
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const { type, payload } = message as { type: string; payload: unknown };
    sentToBackground.push({ type, payload });
    const handler = background[type];
    sendResponse(handler ? { ok: true, value: handler(payload) } : { ok: false, error: 'no' });
    return true;
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
    // fake-browser types tabs.sendMessage as returning void; the real API returns the reply.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    (tabId: number, message: unknown) => {
      const { type, payload } = message as { type: string; payload: unknown };
      sentToTab.push({ tabId, type, payload });
      if (!contentScript) {
        return Promise.reject(
          new Error('Could not establish connection. Receiving end does not exist.'),
        );
      }
      try {
        return Promise.resolve({ ok: true, value: contentScript(type, payload) });
      } catch (error) {
        return Promise.resolve({ ok: false, error: (error as Error).message });
      }
    },
  );
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('popup: what Nunchi sees on this tab', () => {
  it('shows the source, language and line count the content script reports', async () => {
    const tabId = await openTab('https://video.example.org/watch/1');
    contentScript = (type) => (type === 'status.refresh' ? STATUS : undefined);
    background['site.status'] = () => ({ enabled: true, builtIn: false });
    render(<TabPanel tabId={tabId} />);
    const status = await screen.findByTestId('tab-status');
    await waitFor(() => expect(status.textContent).toContain('212'));
    expect(status.textContent).toContain('Video text track');
    expect(status.textContent).toContain('Korean');
    expect(screen.queryByRole('button', { name: /Turn on/ })).toBeNull();
  });

  it('falls back to the last report the background kept', async () => {
    const tabId = await openTab('https://www.youtube.com/watch?v=x');
    background['tab.status.get'] = () => ({ ...STATUS, source: 'YouTube captions', lines: 40 });
    background['site.status'] = () => ({ enabled: true, builtIn: true });
    render(<TabPanel tabId={tabId} />);
    await waitFor(() =>
      expect(screen.getByTestId('tab-status').textContent).toContain('YouTube captions'),
    );
    expect(sentToBackground).toContainEqual({ type: 'tab.status.get', payload: { tabId } });
  });

  it('says plainly when no subtitles were found, and what to try', async () => {
    const tabId = await openTab('https://video.example.org/watch/1');
    contentScript = () => ({
      ...STATUS,
      source: null,
      lang: null,
      lines: 0,
      message: 'The video has no subtitle track.',
    });
    background['site.status'] = () => ({ enabled: true, builtIn: false });
    render(<TabPanel tabId={tabId} />);
    await waitFor(() =>
      expect(screen.getByTestId('tab-status').textContent).toContain('No subtitles found'),
    );
    expect(screen.getByTestId('tab-status').textContent).toContain(
      'The video has no subtitle track.',
    );
  });

  it('asks for the site permission on click, then turns Nunchi on for the site', async () => {
    const tabId = await openTab('https://video.example.org/watch/1');
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    render(<TabPanel tabId={tabId} />);
    const button = await screen.findByRole('button', { name: 'Turn on Nunchi for this site' });
    expect(screen.getByTestId('tab-status').textContent).toContain('not on for video.example.org');
    background['site.status'] = () => ({ enabled: true, builtIn: false });
    fireEvent.click(button);
    expect(request).toHaveBeenCalledWith({ origins: ['https://video.example.org/*'] });
    await screen.findByText('Nunchi is on for video.example.org.');
    expect(sentToBackground).toContainEqual({
      type: 'site.enable',
      payload: { origin: 'https://video.example.org', tabId },
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: /Turn on/ })).toBeNull());
  });

  it('does nothing more when the viewer declines the permission', async () => {
    const tabId = await openTab('https://video.example.org/watch/1');
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    render(<TabPanel tabId={tabId} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on Nunchi for this site' }));
    await screen.findByText('Nunchi was not given access to this site.');
    expect(sentToBackground.map((m) => m.type)).not.toContain('site.enable');
  });

  it('offers no site switch on pages that are not on the web', async () => {
    const tabId = await openTab('chrome://extensions');
    render(<TabPanel tabId={tabId} />);
    await waitFor(() =>
      expect(screen.getByTestId('tab-status').textContent).toContain('This tab is not one'),
    );
    expect(screen.queryByRole('button', { name: /Turn on/ })).toBeNull();
  });

  it('sends a picked subtitle file to the tab and shows the result', async () => {
    const tabId = await openTab('https://video.example.org/watch/1');
    contentScript = (type, payload) => {
      if (type === 'status.refresh') return STATUS;
      const { text } = payload as { text: string };
      return { cues: text.split('\n\n').length, lang: 'ko' };
    };
    background['site.status'] = () => ({ enabled: true, builtIn: false });
    render(<TabPanel tabId={tabId} />);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Load subtitle file…' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    const srt = '1\n00:00:01,000 --> 00:00:02,000\n안녕\n\n2\n00:00:03,000 --> 00:00:04,000\n잘 가';
    fireEvent.change(screen.getByTestId('subtitle-file'), {
      target: { files: [new File([srt], 'ep1.srt', { type: 'application/x-subrip' })] },
    });
    await screen.findByText('Loaded 2 lines (Korean) from ep1.srt.');
    expect(sentToTab).toContainEqual({
      tabId,
      type: 'subtitles.load',
      payload: { filename: 'ep1.srt', text: srt },
    });
  });

  it('shows the reason when the tab refuses a file', async () => {
    const tabId = await openTab('https://video.example.org/watch/1');
    contentScript = (type) => {
      if (type === 'status.refresh') return STATUS;
      throw new Error('Not a subtitle file: no cue timings found');
    };
    background['site.status'] = () => ({ enabled: true, builtIn: false });
    render(<TabPanel tabId={tabId} />);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Load subtitle file…' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    fireEvent.change(screen.getByTestId('subtitle-file'), {
      target: { files: [new File(['hello'], 'notes.txt')] },
    });
    await screen.findByText('Could not load notes.txt: Not a subtitle file: no cue timings found');
  });

  it('says why a fallback source is in use, beside source, language and lines', async () => {
    const tabId = await openTab('https://www.hulu.com/watch/1');
    const note =
      "Hulu's captions were not where Nunchi expects them (the player may have changed); reading the video’s subtitle track instead.";
    contentScript = (type) =>
      type === 'status.refresh'
        ? { ...STATUS, source: 'Subtitle track “한국어” (fallback)', note, site: 'Hulu' }
        : undefined;
    background['site.status'] = () => ({ enabled: true, builtIn: true });
    render(<TabPanel tabId={tabId} />);
    expect((await screen.findByTestId('tab-note')).textContent).toBe(note);
    expect(screen.getByTestId('tab-status').textContent).toContain('(fallback)');
    // A track is read, not the page: nothing to point at.
    expect(screen.queryByRole('button', { name: 'Point at the captions' })).toBeNull();
  });

  it('offers to point at the captions when the tab’s source can take them, and starts it', async () => {
    // A built-in site's address may be hidden from the extension; its script still answers.
    const tabId = (await fakeBrowser.tabs.create({})).id!;
    contentScript = (type) =>
      type === 'status.refresh'
        ? { ...STATUS, lines: 0, lang: null, source: 'Hulu captions', canPick: true }
        : { started: true, message: 'Click the subtitle text on the video. Esc cancels.' };
    background['site.status'] = () => ({ enabled: true, builtIn: true });
    render(<TabPanel tabId={tabId} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Point at the captions' }));
    await screen.findByText('Click the subtitle text on the video. Esc cancels.');
    expect(sentToTab).toContainEqual({ tabId, type: 'captions.pick', payload: {} });
    expect(screen.queryByTestId('tab-note')).toBeNull();
  });
});
