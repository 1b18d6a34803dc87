/**
 * Team server throughput (npm run bench, never npm test). The real server
 * (`server/main.ts`, SQLite in a fresh data directory, synced writes) in one
 * process; the load, 32 concurrent keep-alive clients, from a second process
 * (load-client.mjs):
 * - server.save_over_health: draft saves per second (PUT with If-Match, each
 *   a new revision) over /healthz requests per second, same run, same
 *   clients, median of three rounds — how much the work of a save costs
 *   against the bare HTTP stack (goal ≥ 0.25);
 * - server.save_p99_ms: the 99th percentile of a save's latency (informational).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { piemonte2020Application } from './drafts.ts';
import { startServer, stopServer } from '../../server/testing.ts';

export const goals = {
  'server.save_over_health': { min: 0.25 },
};

const here = dirname(fileURLToPath(import.meta.url));
const CLIENTS = 32;
const SECONDS = 3;
const ROUNDS = 3;

function load(config: Record<string, unknown>, dir: string): { requests: number; seconds: number; p99Ms: number; failures: number } {
  const file = join(dir, `load-${config.mode}.json`);
  writeFileSync(file, JSON.stringify(config));
  // Synchronous on purpose: this process waits, the server and the load run in their own processes.
  const r = spawnSync(process.execPath, [join(here, 'load-client.mjs'), file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`load client failed: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout);
}

export default async function serverBench(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'cigd-bench-server-'));
  // The embedded store (SQLite), the default a firm starts with.
  const { base: origin, child } = await startServer(join(dir, 'data'));
  try {
    const setup = await (await fetch(`${origin}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ team: 'Studio Bench', name: 'Bench', email: 'bench@studio.it', password: 'password-bench' }),
    })).json() as { token: string; team: { id: string } };
    const base = { origin, clients: CLIENTS, seconds: SECONDS, token: setup.token, teamId: setup.team.id };
    // A domanda of 10 workers, the common size of a small firm's application.
    const draft = piemonte2020Application(10);
    // Warm-up of both paths (the JIT, SQLite's page cache), as on a server
    // that has been running: otherwise the first round's saves pay for it alone.
    load({ ...base, mode: 'health', seconds: 1 }, dir);
    load({ ...base, mode: 'save', draft, seconds: 1 }, dir);
    // Rounds of /healthz then saves, side by side in time, and the median
    // round: a shared machine's slow seconds then weigh on one round, not on
    // the figure.
    const rounds: { ratio: number; healthRate: number; saveRate: number; p99Ms: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const health = load({ ...base, mode: 'health' }, dir);
      const saves = load({ ...base, mode: 'save', draft }, dir);
      if (health.failures || saves.failures) throw new Error(`failed requests: health ${health.failures}, saves ${saves.failures}`);
      const healthRate = health.requests / health.seconds;
      const saveRate = saves.requests / saves.seconds;
      rounds.push({ ratio: saveRate / healthRate, healthRate, saveRate, p99Ms: saves.p99Ms });
    }
    rounds.sort((a, b) => a.ratio - b.ratio);
    const median = rounds[Math.floor(rounds.length / 2)];
    process.stderr.write(
      `[bench] server: ${rounds.map((r) => `/healthz ${r.healthRate.toFixed(0)}/s, saves ${r.saveRate.toFixed(0)}/s`).join('; ')}; ` +
        `median save p99 ${median.p99Ms.toFixed(1)} ms\n`,
    );
    return {
      'server.save_over_health': median.ratio,
      'server.save_p99_ms': median.p99Ms,
    };
  } finally {
    await stopServer(child);
    rmSync(dir, { recursive: true, force: true });
  }
}
