#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh clone: installs the npm
// packages when node_modules is missing or older than package-lock.json.
// Plain Node on purpose: it runs before any dependency exists.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');

const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
if (stale) {
  console.error('[cigd] Installing npm packages (first run)…');
  // `npm install` honours package-lock.json; `npm ci` refuses a lock whose
  // optional platform packages (rollup's) the registry mirror does not carry.
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    // Puppeteer must not download its own browser: tests use Debian's chromium and firefox-esr.
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  if (r.status !== 0) {
    console.error('[cigd] npm install failed: see the messages above.');
    process.exit(r.status ?? 1);
  }
}
