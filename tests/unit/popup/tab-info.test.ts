import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { originPermission, targetTabId } from '../../../components/popup/tab-info';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('targetTabId', () => {
  it('takes ?tabId=N from the popup URL (tests open popup.html in a tab)', async () => {
    expect(await targetTabId('?tabId=7')).toBe(7);
  });

  it('otherwise describes the active tab', async () => {
    // fake-browser has no current window after a reset, so the query is stubbed.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42 }] as never);
    expect(await targetTabId('')).toBe(42);
    expect(await targetTabId('?tabId=abc')).toBe(42);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});

describe('originPermission', () => {
  it('asks for every page of the host on any port', () => {
    expect(originPermission('http://video.example.org:8080')).toBe('http://video.example.org/*');
  });
});
