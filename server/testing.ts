/** Test helpers: an app on a fresh SQLite store, signed-in users in teams; the real server process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { openSqliteStore } from './store/sqlite.ts';
import { SignInThrottle, type AppConfig } from './auth.ts';
import type { Role } from './store/types.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function testApp(options: { throttle?: SignInThrottle; config?: Partial<AppConfig> } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cigd-app-'));
  const store = openSqliteStore(dataDir);
  // A low scrypt cost keeps the suite fast; production uses 2^15.
  const app = createApp({ store, config: { scryptCost: 1024, ...options.config }, throttle: options.throttle });
  /** `peer`: the address the request comes from, as @hono/node-server gives it (the socket's remote end). */
  const call = async (method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string>; peer?: string } = {}) => {
    const res = await app.request(path, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.headers ?? {}),
      },
      body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
    }, opts.peer ? { incoming: { socket: { remoteAddress: opts.peer } } } : undefined);
    const text = await res.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, json, text, headers: res.headers };
  };

  /** First-run setup: an admin of team A. */
  async function setup() {
    const r = await call('POST', '/api/setup', { body: { team: 'Studio A', name: 'Anna Admin', email: 'anna@a.it', password: 'password-anna' } });
    return { token: r.json.token as string, teamId: r.json.team.id as string, userId: r.json.user.id as string };
  }

  /** A member added by an admin, then signed in. */
  async function member(adminToken: string, teamId: string, email: string, role: Role = 'operator') {
    await call('POST', `/api/teams/${teamId}/members`, { token: adminToken, body: { email, name: email.split('@')[0], password: 'password-' + email, role } });
    const r = await call('POST', '/api/sessions', { body: { email, password: 'password-' + email } });
    return r.json.token as string;
  }

  return { app, store, call, setup, member, dataDir };
}

export type RunningServer = { child: ChildProcess; base: string; log: string[] };

/**
 * The real server process (`server/main.ts`) on `dataDir` (SQLite: any
 * DATABASE_URL is left out), on a port the system picks (PORT=0), once it has
 * printed the address it listens on: the process, that address, and what it
 * has written on stderr so far (its JSON log lines), kept up to date. Rejects
 * with that stderr if the process ends before printing its address.
 * The bench (test/bench/server.bench.ts) starts its server here too.
 */
export function startServer(dataDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', ...env, CIGD_DATA_DIR: dataDir, PORT: '0' };
  delete childEnv.DATABASE_URL;
  // Node itself, not the tsx wrapper: SIGKILL must reach the process that holds the database.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  // Both pipes are read to the end: a pipe nobody reads fills up and stops the server mid-write.
  const log: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    const printed = (chunk: Buffer) => {
      out += chunk.toString();
      const base = /apri (http:\/\/[^/\s]+)\//.exec(out)?.[1];
      if (!base) return;
      child.stdout!.off('data', printed).resume();
      child.off('close', ended);
      resolve({ child, base, log });
    };
    // 'close', not 'exit': by then stderr has been read to its end, the reason for the exit with it.
    const ended = (code: number | null, signal: string | null) =>
      reject(new Error(`server exited (${signal ?? code}) before printing its address:\n${log.join('')}`));
    child.stdout!.on('data', printed);
    child.once('close', ended);
    child.once('error', reject);
  });
}

/** SIGTERM, then wait for the exit, unless the process has already gone. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
