import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['rules/**/*.test.ts', 'server/**/*.test.ts', 'extension/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
