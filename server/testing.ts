/** Test helpers: an app on a fresh SQLite store, signed-in users in teams. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.ts';
import { openSqliteStore } from './store/sqlite.ts';
import { SignInThrottle } from './auth.ts';
import type { Role } from './store/types.ts';

export function testApp(options: { throttle?: SignInThrottle } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cigd-app-'));
  const store = openSqliteStore(dataDir);
  // A low scrypt cost keeps the suite fast; production uses 2^15.
  const app = createApp({ store, config: { scryptCost: 1024 }, throttle: options.throttle });
  const call = async (method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const res = await app.request(path, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.headers ?? {}),
      },
      body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
    });
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
