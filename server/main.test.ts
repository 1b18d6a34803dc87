/**
 * `npm start`'s process itself: what its settings do over a real socket,
 * where the caller's address comes from the connection (app.request has none).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer, stopServer } from './testing.ts';

const freshDataDir = () => mkdtempSync(join(tmpdir(), 'cigd-main-'));

/** One failed sign-in sent with a made-up X-Forwarded-For: the address the server's log line counted it against. */
async function addressOfFailedSignIn(env: Record<string, string>): Promise<string> {
  const { child, base, log } = await startServer(freshDataDir(), env);
  try {
    await fetch(`${base}/api/setup`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ team: 'Studio', name: 'Anna', email: 'anna@a.it', password: 'password-anna' }),
    });
    const r = await fetch(`${base}/api/sessions`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.1, 198.51.100.9' },
      body: JSON.stringify({ email: 'anna@a.it', password: 'not-her-password' }),
    });
    expect(r.status).toBe(401);
    const line = log.join('').split('\n').find((l) => l.includes('"sign-in-failed"'));
    return JSON.parse(line!).ip;
  } finally {
    await stopServer(child);
  }
}

/** Whether 127.0.0.1:`port` is free (the default-address test needs 8787 itself). */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false)).once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '127.0.0.1');
  });
}

describe('npm start', () => {
  it('with no settings: 127.0.0.1:8787, data in ./data, and the address to open printed', async (ctx) => {
    if (!(await portFree(8787))) ctx.skip(); // another server of ours is running on this machine
    const cwd = freshDataDir();
    const env = { ...process.env };
    for (const name of ['HOST', 'PORT', 'CIGD_DATA_DIR', 'DATABASE_URL', 'CIGD_TRUST_PROXY']) delete env[name];
    // Run from an empty folder, so ./data is that folder's; tsx is found from here, not from there.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(process.execPath, ['--import', tsx, resolve(__dirname, 'main.ts')], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const printed = await new Promise<string>((ok, fail) => {
        let out = '';
        child.stdout!.on('data', (chunk) => {
          out += String(chunk);
          if (out.includes('Archivio:')) ok(out);
        });
        let err = '';
        child.stderr!.on('data', (chunk) => (err += String(chunk)));
        child.once('exit', (code) => fail(new Error(`exited ${code}: ${out}${err}`)));
      });
      expect(printed).toContain('Server CIGD pronto: apri http://127.0.0.1:8787/');
      expect(printed).toContain(`Archivio: SQLite in ./data`);
      expect((await (await fetch('http://127.0.0.1:8787/healthz')).json())).toEqual({ ok: true });
      expect(existsSync(join(cwd, 'data', 'cigd.sqlite'))).toBe(true);
    } finally {
      await stopServer(child);
    }
  }, 60_000);

  it('counts a failed sign-in against the connection\'s address, not X-Forwarded-For, unless told of a proxy', async () => {
    expect(await addressOfFailedSignIn({})).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(await addressOfFailedSignIn({ CIGD_TRUST_PROXY: '1' })).toBe('198.51.100.9');
  }, 60_000);

  it('refuses a CIGD_TRUST_PROXY that is not a small whole number, naming it in Italian and English', () => {
    for (const value of ['sì', '-1', '1.5']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: resolve(__dirname, '..'), env: { ...process.env, CIGD_DATA_DIR: freshDataDir(), PORT: '0', CIGD_TRUST_PROXY: value }, encoding: 'utf8', timeout: 30_000,
      });
      expect(run.status, value).toBe(2);
      expect(run.stderr).toMatch(/Configurazione non valida: CIGD_TRUST_PROXY: .*\(invalid environment variable CIGD_TRUST_PROXY\)/);
      expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  }, 60_000);

  it('a second server on the same data directory stops at once, saying why in Italian; the first goes on', async () => {
    const dataDir = freshDataDir();
    const first = await startServer(dataDir);
    try {
      const second = await startServer(dataDir).then(
        async ({ child }) => (await stopServer(child), 'started'),
        (err: Error) => err.message,
      );
      expect(second).toMatch(/exited \(1\)/);
      expect(second).toMatch(/Impossibile aprire l'archivio dati: la cartella dati .* è già usata da un altro server CIGD/);
      expect(second).not.toMatch(/at .*\.ts:\d+/);
      expect((await fetch(`${first.base}/healthz`)).status).toBe(200);
    } finally {
      await stopServer(first.child);
    }
    // Stopped, the directory is free again.
    const next = await startServer(dataDir);
    await stopServer(next.child);
  }, 60_000);
});
