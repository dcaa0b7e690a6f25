/**
 * `npm run demo`: after `wxt build`, opens Chromium with Nunchi loaded on its demo page.
 *
 * The browser keeps a profile in .output/demo-profile (ignored by git, kept between runs, so
 * saved words stay). Chromium is /usr/bin/chromium unless CHROME_PATH says otherwise.
 * Without a display (or with --headless) it checks the demo instead: it waits for Nunchi's
 * subtitles, saves a screenshot to .output/demo-screenshot.png and exits.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
const PROFILE = path.join(ROOT, '.output/demo-profile');
const SCREENSHOT = path.join(ROOT, '.output/demo-screenshot.png');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
    throw new Error(`No build in ${EXTENSION}: run "npm run demo" (it builds first).`);
  }
  if (!existsSync(CHROME)) {
    throw new Error(
      `Chromium not found at ${CHROME}. Install it (Debian: apt-get install chromium fonts-noto-cjk) or set CHROME_PATH.`,
    );
  }
  const noDisplay =
    process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const headless = process.argv.includes('--headless') || noDisplay;
  if (noDisplay)
    console.log('No display found: checking the demo headless instead of opening a window.');

  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: CHROME,
    headless,
    // A real window size for people; a fixed one for the headless check.
    viewport: headless ? { width: 1280, height: 800 } : null,
    ignoreDefaultArgs: ['--enable-automation'],
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-first-run',
      '--disable-sync',
      '--disable-component-update',
      // Root in a container cannot use Chromium's sandbox.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const url = `chrome-extension://${id}/demo.html`;
  const page = context.pages()[0] ?? (await context.newPage());
  // The headless check opens a moment with a marked line (#t= seeks, as saved links do).
  await page.goto(headless ? `${url}#t=20` : url);
  console.log(`Chromium ${context.browser()?.version() ?? ''} (${CHROME})`);
  console.log(`Loaded Nunchi ${id} from ${path.relative(ROOT, EXTENSION)}`);
  console.log(`Profile: ${path.relative(ROOT, PROFILE)} (kept between runs)`);
  console.log(`Opened ${url}`);

  if (headless) {
    await page.locator('[data-testid="nunchi-cue"]').waitFor({ timeout: 30_000 });
    const marks = await page.locator('[data-testid="nunchi-cue"] [data-note-id]').count();
    await page.screenshot({ path: SCREENSHOT });
    console.log(
      `Nunchi's subtitles are showing (${marks} marked expression${marks === 1 ? '' : 's'} on screen).`,
    );
    console.log(`Screenshot: ${path.relative(ROOT, SCREENSHOT)}`);
    await context.close();
    return;
  }
  console.log('Hover the underlined expressions. Close the browser window to end.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
