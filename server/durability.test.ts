/**
 * What the operator must be able to trust: an acknowledged save survives the
 * server being killed (SIGKILL) mid-stream, and no token or password is
 * stored in clear.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { piemonte2020Draft } from '../rules/testing.ts';

const ROOT = resolve(__dirname, '..');

async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  // Node itself, not the tsx wrapper: SIGKILL must reach the process that holds the database.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT, env: { ...process.env, CIGD_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

/** SIGTERM, then wait for the exit, unless the process has already gone. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const port = () => 20000 + Math.floor(Math.random() * 20000);

describe('durability', () => {
  it('every save answered 200/201 is there after a SIGKILL, and the database is intact', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cigd-crash-'));
    const p = port();
    let server = await startServer(dataDir, p);
    const base = `http://127.0.0.1:${p}`;
    const setup = await (await fetch(`${base}/api/setup`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ team: 'Studio', name: 'Anna', email: 'anna@a.it', password: 'password-anna' }),
    })).json();
    const auth = { authorization: `Bearer ${setup.token}`, 'content-type': 'application/json' };
    const drafts = `${base}/api/teams/${setup.team.id}/drafts`;
    const created = await (await fetch(drafts, { method: 'POST', headers: auth, body: JSON.stringify({ draft: piemonte2020Draft() }) })).json();

    // A stream of saves; the process is killed while it runs.
    const acknowledged: { revision: number; protocol: string }[] = [];
    let revision = 1;
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop && i < 10_000; i++) {
        const protocol = `P-${i}`;
        try {
          const res = await fetch(`${drafts}/${created.id}`, {
            method: 'PUT', headers: { ...auth, 'if-match': `"${revision}"` }, body: JSON.stringify({ draft: { ...piemonte2020Draft(), protocol } }),
          });
          if (res.status !== 200) break;
          revision = (await res.json()).revision;
          acknowledged.push({ revision, protocol });
        } catch {
          break; // the server is gone
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 1500));
    const killed = new Promise((r) => server.once('exit', r));
    server.kill('SIGKILL');
    stop = true;
    await writer;
    await killed;
    expect(acknowledged.length).toBeGreaterThan(5);

    server = await startServer(dataDir, p);
    try {
      const signIn = await (await fetch(`${base}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'anna@a.it', password: 'password-anna' }) })).json();
      const h = { authorization: `Bearer ${signIn.token}` };
      for (const a of acknowledged) {
        const rev = await (await fetch(`${drafts}/${created.id}/revisions/${a.revision}`, { headers: h })).json();
        expect(rev.draft).toEqual({ ...piemonte2020Draft(), protocol: a.protocol });
      }
    } finally {
      await stopServer(server);
    }
    const db = new Database(join(dataDir, 'cigd.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 90_000);

  it('no token or password appears in clear anywhere in the data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cigd-secrets-'));
    const p = port();
    const server = await startServer(dataDir, p);
    const base = `http://127.0.0.1:${p}`;
    const password = 'Segreto-Molto-Lungo-42';
    try {
      const setup = await (await fetch(`${base}/api/setup`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ team: 'Studio', name: 'Anna', email: 'anna@a.it', password }),
      })).json();
      const signIn = await (await fetch(`${base}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'anna@a.it', password }) })).json();
      await fetch(`${base}/api/teams/${setup.team.id}/drafts`, { method: 'POST', headers: { authorization: `Bearer ${signIn.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ draft: piemonte2020Draft() }) });
      // Failed sign-ins are counted in the database, by the hash of their email.
      const wrong = 'Tentativo-Sbagliato-77';
      for (const email of ['anna@a.it', 'intruso@esempio.it']) {
        const r = await fetch(`${base}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: wrong }) });
        expect(r.status).toBe(401);
      }
      const secrets = [password, setup.token, signIn.token, wrong, 'intruso@esempio.it'];
      const files = readdirSync(dataDir).map((f) => join(dataDir, f)).filter((f) => statSync(f).isFile());
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const bytes = readFileSync(f);
        for (const s of secrets) {
          expect(bytes.includes(Buffer.from(s)), `${s.slice(0, 4)}… in ${f}`).toBe(false);
          expect(bytes.includes(Buffer.from(s, 'utf16le'))).toBe(false);
        }
      }
    } finally {
      await stopServer(server);
    }
  }, 60_000);
});
