#!/usr/bin/env node
// `npm test`: everything, in order, with one summary line at the end.
//  1. system packages the browser and store tests need (Debian's chromium,
//     firefox-esr, postgresql), installed when missing and we may (root + apt);
//  2. a throwaway PostgreSQL cluster on loopback for the store contract suite;
//  3. unit and integration tests (vitest), TZ=Europe/Rome;
//  4. the rules and CLI again under a far time zone (results must not depend on it);
//  5. the extension built for Chrome and Firefox, then the end-to-end tests.
// Flags: --quick skips 5; --no-system skips 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];

function run(cmd, cmdArgs, env = {}) {
  return spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

function step(title) {
  console.log(`\n\x1b[1m== ${title}\x1b[0m`);
}

function ensureSystemPackages() {
  const wanted = [];
  if (!existsSync('/usr/bin/chromium')) wanted.push('chromium');
  if (!quick && !existsSync('/usr/bin/firefox-esr')) wanted.push('firefox-esr');
  if (!pgBinDir()) wanted.push('postgresql');
  if (wanted.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.log(`[test] Missing system packages (${wanted.join(', ')}); install them with apt-get to run every test.`);
    return;
  }
  step(`Installing system packages: ${wanted.join(', ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...wanted], { DEBIAN_FRONTEND: 'noninteractive' });
}

function pgBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  for (const v of ['17', '16', '15', '14', '13']) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  return null;
}

function vitest(label, vitestArgs, env = {}) {
  const out = join(tmpdir(), `cigd-vitest-${process.pid}-${label}.json`);
  const r = run('npx', ['vitest', 'run', ...vitestArgs, '--reporter=default', '--reporter=json', `--outputFile=${out}`], env);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += report.numFailedTests ?? 0;
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    rmSync(out, { force: true });
  } catch {
    // No report: the run itself failed before testing.
  }
  if (r.status !== 0) failedSteps.push(label);
}

if (!args.has('--no-system')) ensureSystemPackages();

let pg = null;
const pgDir = mkdtempSync(join(tmpdir(), 'cigd-pg-'));
if (pgBinDir() && !process.env.TEST_DATABASE_URL && existsSync(join(root, 'scripts/pg-cluster.sh'))) {
  step('Starting a throwaway PostgreSQL cluster');
  const port = String(55000 + (process.pid % 5000));
  const r = spawnSync('bash', [join(root, 'scripts/pg-cluster.sh'), 'start', pgDir, port], { cwd: root, encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim()) {
    pg = r.stdout.trim().split('\n').pop();
    console.log(`[test] PostgreSQL ready for the store contract suite`);
  } else {
    console.log(`[test] PostgreSQL could not start; its store suite will be skipped.\n${r.stderr}`);
  }
}
const pgEnv = pg ? { TEST_DATABASE_URL: pg } : {};
// Every temporary file of the tests (data directories, browser profiles,
// corpora) goes under one folder, removed at the end: a test that fails half
// way leaves nothing behind in the machine's /tmp.
const scratch = mkdtempSync(join(tmpdir(), 'cigd-test-'));
const scratchEnv = { TMPDIR: scratch };

try {
  step('Unit and integration tests (TZ=Europe/Rome)');
  vitest('unit', [], { TZ: 'Europe/Rome', ...pgEnv, ...scratchEnv });

  step('Rules and CLI again under TZ=Pacific/Kiritimati (UTC+14)');
  vitest('tz', ['rules'], { TZ: 'Pacific/Kiritimati', ...scratchEnv });

  if (!quick && existsSync(join(root, 'vitest.e2e.config.ts'))) {
    step('Building the extension (Chrome and Firefox): release, then the test variant that also runs on loopback');
    const release = run('npm', ['run', '-s', 'build']);
    if (release.status !== 0) failedSteps.push('build');
    const b = run('npm', ['run', '-s', 'build'], { CIGD_DEV_ORIGINS: '1' });
    if (b.status !== 0) failedSteps.push('build (test variant)');
    step('End-to-end tests (real Chromium and Firefox)');
    vitest('e2e', ['-c', 'vitest.e2e.config.ts'], { TZ: 'Europe/Rome', ...pgEnv, ...scratchEnv });
  }
} finally {
  if (pg) spawnSync('bash', [join(root, 'scripts/pg-cluster.sh'), 'stop', pgDir], { stdio: 'inherit' });
  rmSync(pgDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}

console.log('');
if (failedSteps.length) console.log(`[test] failed steps: ${failedSteps.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
