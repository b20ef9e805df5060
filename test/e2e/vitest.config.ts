import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built app in the local workspace, in Debian's Chromium. */
export default defineConfig({
  test: {
    globals: true,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
