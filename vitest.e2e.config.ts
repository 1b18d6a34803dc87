import { defineConfig } from 'vitest/config';

// End-to-end tests in a real browser (puppeteer + /usr/bin/chromium): npx vitest run -c vitest.e2e.config.ts
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
