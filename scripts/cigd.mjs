#!/usr/bin/env node
// `npm run cigd`: runs the command from a JavaScript bundle of rules/cli
// (esbuild, into node_modules/.cache/cigd), rebuilt when a source under
// rules/ is newer than it. Starting plain JavaScript is several times quicker
// than transpiling the TypeScript at every call, and each worker thread of a
// long check starts from its own bundle too. Plain Node: no dependency but
// esbuild, and that only when a rebuild is due.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'cigd');
const bundle = join(outDir, 'cigd.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(bundle) || !existsSync(join(outDir, 'check-worker.mjs')) || statSync(bundle).mtimeMs < newestSource(join(root, 'rules'));
if (stale) {
  const { build } = await import('esbuild');
  const temp = `${outDir}.build-${process.pid}`;
  await build({
    entryPoints: { cigd: join(root, 'rules/cli/main.ts'), 'check-worker': join(root, 'rules/cli/check-worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: temp,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  // Several calls may rebuild at once (a test suite, a script): each builds
  // apart and renames into place, the worker first, so no call ever loads a
  // half-written bundle.
  mkdirSync(outDir, { recursive: true });
  renameSync(join(temp, 'check-worker.mjs'), join(outDir, 'check-worker.mjs'));
  renameSync(join(temp, 'cigd.mjs'), bundle);
  rmSync(temp, { recursive: true, force: true });
}
await import(pathToFileURL(bundle).href);
