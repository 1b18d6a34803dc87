/**
 * End-to-end harness: the team server (with its replica) on a free loopback
 * port with a temporary data directory, and real browsers (Debian's chromium
 * and firefox-esr) with the built extension loaded.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import puppeteer, { type Browser } from 'puppeteer';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type RunningServer = { origin: string; dataDir: string; close(): Promise<void> };

/** The real server app (server/app.ts) on 127.0.0.1, fresh SQLite data in a temp dir. */
export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cigd-e2e-'));
  const { createServerApp } = await import('./server-app.ts');
  const { app, close: closeApp } = await createServerApp(dataDir);
  const server: ServerType = await new Promise((ready) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => ready(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    dataDir,
    async close() {
      await new Promise((r) => server.close(() => r(undefined)));
      await closeApp();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type BrowserKind = 'chromium' | 'firefox';

export const EXTENSION_DIRS: Record<BrowserKind, string> = {
  // Built by `npm test` with CIGD_DEV_ORIGINS=1: the release build does not run on loopback pages.
  chromium: join(ROOT, '.output-test/chrome-mv3'),
  firefox: join(ROOT, '.output-test/firefox-mv2'),
};

export function browserAvailable(kind: BrowserKind): boolean {
  return existsSync(kind === 'chromium' ? '/usr/bin/chromium' : '/usr/bin/firefox-esr') && existsSync(EXTENSION_DIRS[kind]);
}

/** A browser with the built extension installed. `userDataDir` keeps its profile across restarts. */
export async function launchWithExtension(kind: BrowserKind, userDataDir?: string): Promise<Browser> {
  const browser =
    kind === 'chromium'
      ? await puppeteer.launch({
          executablePath: '/usr/bin/chromium',
          headless: true,
          enableExtensions: true,
          pipe: true,
          userDataDir,
          args: [
            '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
          ],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: '/usr/bin/firefox-esr',
          headless: true,
          enableExtensions: true,
          userDataDir,
        });
  await browser.installExtension(EXTENSION_DIRS[kind]);
  return browser;
}
