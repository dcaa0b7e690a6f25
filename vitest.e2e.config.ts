import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One Chromium at a time: the machine has two cores and each test owns a browser profile.
    fileParallelism: false,
    testTimeout: 120_000,
    // A real browser on a loaded two-core machine: one retry, so a timing flake does not fail
    // the run; a test that fails twice still fails, and vitest reports every retry it took.
    retry: 1,
    hookTimeout: 120_000,
  },
});
