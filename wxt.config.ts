import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CHROME_MANIFEST_KEY, GECKO_ID } from './extension/identity.ts';
import { seedQuotesLeftOut } from './extension/build/seed-quotes.ts';

// The extension lives in extension/ (see README.md, "The extension"). CIGD_DEV_ORIGINS=1
// builds a test variant that also runs on loopback pages (the replica in the
// end-to-end tests); release builds never include it.
export default defineConfig({
  srcDir: 'extension',
  // The test variant goes to its own folder so a release build is never mistaken for it.
  outDir: process.env.CIGD_DEV_ORIGINS === '1' ? '.output-test' : '.output',
  vite: () => ({
    plugins: [preact()],
    define: { 'import.meta.env.CIGD_DEV_ORIGINS': JSON.stringify(process.env.CIGD_DEV_ORIGINS === '1') },
  }),
  hooks: {
    // The content script runs on every portal page: the rules' reasoning and seed
    // passages wait in the background until «Perché?» is opened (extension/build/seed-quotes.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'content-script')) config.plugins = [seedQuotesLeftOut(), ...(config.plugins ?? [])];
    },
  },
  manifest: ({ browser }) => ({
    // Test variant only: loopback granted at install, so the options page's permission request does not prompt.
    ...(process.env.CIGD_DEV_ORIGINS === '1'
      ? browser === 'firefox'
        ? {}
        : { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] }
      : {}),
    name: 'CIGD Assistente',
    description: 'Controlla in tempo reale le domande di CIG in deroga su AMINDER, GECO e Finanziamenti on line.',
    // The team server's origin is asked for at run time, on the operator's click in the options page.
    ...(browser === 'firefox'
      ? {
          permissions: ['storage', ...(process.env.CIGD_DEV_ORIGINS === '1' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [])],
          optional_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
          browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '115.0' } },
        }
      : {
          permissions: ['storage', 'scripting'],
          optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
          key: CHROME_MANIFEST_KEY,
        }),
    action: { default_title: 'CIGD Assistente' },
  }),
});
