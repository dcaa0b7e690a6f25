import { browser } from 'wxt/browser';
import { send } from '../../utils/messaging/client';
import type { TabStatus } from '../../utils/messaging/protocol';
import { sendToTab } from '../../utils/messaging/tab-client';

export interface TabInfo {
  /** Web origin of the tab, or null for browser pages, files and tabs we cannot see. */
  origin: string | null;
  status: TabStatus | null;
  site: { enabled: boolean; builtIn: boolean } | null;
}

/**
 * Everything the popup says about a tab. The content script is asked first (fresh numbers);
 * if none runs there, the background's last report stands in, e.g. after the page was reloaded.
 */
export async function readTabInfo(tabId: number): Promise<TabInfo> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const origin = webOrigin(tab?.url);
  const status = await sendToTab(tabId, 'status.refresh', {}).catch(() =>
    send('tab.status.get', { tabId }).catch(() => null),
  );
  const site = origin ? await send('site.status', { origin }).catch(() => null) : null;
  return { origin, status, site };
}

function webOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The optional host permission a site needs: every page of the host, any port. */
export function originPermission(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The tab the popup describes: `?tabId=N` (tests open popup.html in a tab) or the active tab. */
export async function targetTabId(search: string): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
