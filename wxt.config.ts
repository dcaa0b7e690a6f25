import { defineConfig } from 'wxt';
import { packAssets } from './scripts/lib/pack-assets';

// Hosts that e2e tests map to the local fixture server (Chromium --host-resolver-rules).
// Only the e2e build pre-grants them, standing in for the viewer accepting the permission prompt
// that the popup's "Turn on for this site" raises (Playwright cannot click browser prompts).
const E2E_HOSTS = ['*://*.nunchi.test/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports only: pure modules must run unchanged under Node (CLI, bench, tests).
  imports: false,
  manifest: ({ mode }) => ({
    name: 'Nunchi',
    description:
      'Reads K-drama, C-drama and anime subtitles and explains the culture they leave out.',
    permissions: ['storage', 'scripting', 'activeTab', 'unlimitedStorage'],
    optional_host_permissions: ['*://*/*'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
  }),
  hooks: {
    // Note packs are authored as one JSON fragment per category; ship one merged file per
    // language so a content script fetches a single pack only when that language shows up.
    'build:publicAssets': async (_wxt, files) => {
      await packAssets(files);
    },
  },
});
