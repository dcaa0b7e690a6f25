import { chromium, type BrowserContext } from 'playwright-core';

export interface ExtensionLaunch {
  /** A profile folder; reusing it across launches keeps the extension's IndexedDB. */
  profile: string;
  /** The unpacked, built extension. */
  extensionDir: string;
  /** `--host-resolver-rules`: where host names go, so nothing reaches the network. */
  hostRules: string;
  chromePath?: string;
}

/**
 * Headless Chromium with only the built extension loaded, for e2e tests and the lookup bench.
 * Flags that would reach the network or update components are off; root in a container cannot
 * use Chromium's sandbox.
 */
export function launchWithExtension(options: ExtensionLaunch): Promise<BrowserContext> {
  return chromium.launchPersistentContext(options.profile, {
    executablePath: options.chromePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    // Fixture servers make their certificate per run.
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--autoplay-policy=no-user-gesture-required',
      `--host-resolver-rules=${options.hostRules}`,
    ],
  });
}
