import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['rules/**/*.test.ts', 'server/**/*.test.ts', 'extension/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // WXT's runtime (ContentScriptContext reads `import.meta.env.ENTRYPOINT`) goes through Vite, so
    // extension/overlay/mount.test.ts starts the content script with the real context.
    server: { deps: { inline: ['wxt'] } },
  },
});
