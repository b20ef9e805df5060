import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['test/setup/buildCli.ts'],
    // The first panel test of a file loads the rules module (lexicons and model) and Garden: about 3.5 s alone on a
    // 2-core machine, more while other suites run beside it. A slow test is not a failing one.
    testTimeout: 15_000,
  },
});
