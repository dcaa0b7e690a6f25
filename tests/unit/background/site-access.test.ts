import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createSiteAccess,
  GENERIC_SCRIPT_ID,
  originPattern,
  webOrigin,
} from '../../../entrypoints/background/site-access';
import { fakeSiteApis } from './fake-scripting';

const YOUTUBE = ['*://*.youtube.com/*'];

beforeEach(() => {
  fakeBrowser.reset();
});

function setup(granted: string[] = []) {
  const apis = fakeSiteApis(granted);
  const sites = createSiteAccess({ ...apis, builtInMatches: YOUTUBE });
  return { apis, sites };
}

describe('site access', () => {
  it('says YouTube is built in and on', async () => {
    const { sites } = setup();
    expect(await sites.status('https://www.youtube.com')).toEqual({ enabled: true, builtIn: true });
    expect(await sites.enable('https://www.youtube.com', 3)).toEqual({ enabled: true });
  });

  it('refuses to enable a site without the host permission', async () => {
    const { sites, apis } = setup();
    const reply = await sites.enable('https://video.example.org', 3);
    expect(reply.enabled).toBe(false);
    expect(reply.error).toMatch(/no access to video\.example\.org/);
    expect(apis.registered.size).toBe(0);
    expect(await sites.status('https://video.example.org')).toEqual({
      enabled: false,
      builtIn: false,
    });
  });

  it('registers the generic script, injects it into the tab and remembers the site', async () => {
    const { sites, apis } = setup(['https://video.example.org/*']);
    expect(await sites.enable('https://video.example.org/watch/1?x=2', 7)).toEqual({
      enabled: true,
    });
    expect(apis.registered.get(GENERIC_SCRIPT_ID)).toMatchObject({
      js: ['/content-scripts/generic.js'],
      matches: ['https://video.example.org/*'],
    });
    expect(apis.injected).toEqual([{ tabId: 7, files: ['/content-scripts/generic.js'] }]);
    expect(await sites.status('https://video.example.org')).toEqual({
      enabled: true,
      builtIn: false,
    });
  });

  it('covers several sites with one registration and is idempotent', async () => {
    const { sites, apis } = setup(['https://a.example/*', 'http://b.example/*']);
    await sites.enable('https://a.example');
    await sites.enable('http://b.example:8080');
    await sites.enable('https://a.example');
    expect(apis.registered.get(GENERIC_SCRIPT_ID)?.matches).toEqual([
      'https://a.example/*',
      'http://b.example/*',
    ]);
  });

  it('re-registers after a restart that lost the registrations', async () => {
    const first = setup(['https://a.example/*']);
    await first.sites.enable('https://a.example');
    // A new worker: same stored list, but a browser that no longer has the script registered.
    const apis = fakeSiteApis(['https://a.example/*']);
    const restarted = createSiteAccess({ ...apis, builtInMatches: YOUTUBE });
    await restarted.sync();
    await restarted.sync();
    expect(apis.registered.get(GENERIC_SCRIPT_ID)?.matches).toEqual(['https://a.example/*']);
    expect(await restarted.status('https://a.example')).toEqual({ enabled: true, builtIn: false });
  });

  it('leaves out sites whose permission the viewer revoked', async () => {
    const { sites, apis } = setup(['https://a.example/*', 'https://b.example/*']);
    await sites.enable('https://a.example');
    await sites.enable('https://b.example');
    apis.granted.delete('https://a.example/*');
    await sites.sync();
    expect(apis.registered.get(GENERIC_SCRIPT_ID)?.matches).toEqual(['https://b.example/*']);
    expect((await sites.status('https://a.example')).enabled).toBe(false);
  });

  it('disables a site: unregisters when none is left and gives the permission back', async () => {
    const { sites, apis } = setup(['https://a.example/*']);
    await sites.enable('https://a.example');
    expect(await sites.disable('https://a.example')).toEqual({ enabled: false });
    expect(apis.registered.size).toBe(0);
    expect(apis.granted.size).toBe(0);
    expect((await sites.status('https://a.example')).enabled).toBe(false);
  });

  it('still enables the site when the open tab cannot be injected, and says to reload', async () => {
    const { sites, apis } = setup(['https://a.example/*']);
    apis.failInjection(new Error('Frame with ID 0 is showing error page'));
    const reply = await sites.enable('https://a.example', 4);
    expect(reply.enabled).toBe(true);
    expect(reply.error).toMatch(/reload the page/);
  });

  it('rejects pages that are not on the web', () => {
    expect(() => webOrigin('chrome://settings')).toThrow(/only be turned on for web pages/);
    expect(() => webOrigin('file:///home/x.html')).toThrow(/web pages/);
    expect(webOrigin('https://a.example:8443/x?y')).toBe('https://a.example:8443');
    expect(originPattern('http://b.example:8080')).toBe('http://b.example/*');
  });
});
