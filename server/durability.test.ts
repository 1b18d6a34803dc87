/**
 * What the operator must be able to trust: an acknowledged save survives the
 * server being killed (SIGKILL) mid-stream, and no token or password is
 * stored in clear, and a backup taken while the server runs is a whole,
 * consistent copy.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { piemonte2020Draft } from '../rules/testing.ts';
import { backupDatabase, BackupError } from './backup.ts';
import { startServer, stopServer } from './testing.ts';
import { REVISION_BASE_JOIN, REVISION_TEXT_COLUMNS, revisionText } from './store/sqlite.ts';

const ROOT = resolve(__dirname, '..');

/** First-run setup on a fresh server and one draft: its drafts URL, the admin's headers, the draft's id. */
async function teamWithDraft(base: string) {
  const setup = await (await fetch(`${base}/api/setup`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ team: 'Studio', name: 'Anna', email: 'anna@a.it', password: 'password-anna' }),
  })).json();
  const auth = { authorization: `Bearer ${setup.token}`, 'content-type': 'application/json' };
  const drafts = `${base}/api/teams/${setup.team.id}/drafts`;
  const created = await (await fetch(drafts, { method: 'POST', headers: auth, body: JSON.stringify({ draft: piemonte2020Draft() }) })).json();
  return { auth, drafts, id: created.id as string };
}

/** Anna, the admin of teamWithDraft's setup, signed in again (after a restart, a restore): her token and teams. */
async function signInAnna(base: string) {
  const r = await fetch(`${base}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'anna@a.it', password: 'password-anna' }) });
  return (await r.json()) as { token: string; teams: { id: string }[] };
}

/**
 * Saves of the draft one after another, each with If-Match and its own
 * protocol, as an operator typing: every save answered 200 is recorded with
 * the time of its answer. `stop()` ends the stream and says why it ended
 * early, if it did (a save not answered 200, or no answer at all).
 */
function saveStream(drafts: string, auth: Record<string, string>, id: string) {
  const acknowledged: { revision: number; protocol: string; at: number }[] = [];
  let stopped = false;
  const ended = (async (): Promise<string | null> => {
    let revision = 1;
    for (let i = 0; !stopped && i < 10_000; i++) {
      const protocol = `P-${i}`;
      let res: Response;
      try {
        res = await fetch(`${drafts}/${id}`, {
          method: 'PUT', headers: { ...auth, 'if-match': `"${revision}"` }, body: JSON.stringify({ draft: { ...piemonte2020Draft(), protocol } }),
        });
      } catch {
        return 'no answer';
      }
      if (res.status !== 200) return `status ${res.status}`;
      revision = (await res.json()).revision;
      acknowledged.push({ revision, protocol, at: performance.now() });
    }
    return null;
  })();
  return {
    acknowledged,
    stop: () => {
      stopped = true;
      return ended;
    },
  };
}

describe('durability', () => {
  it('every save answered 200/201 is there after a SIGKILL, and the database is intact', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cigd-crash-'));
    const started = await startServer(dataDir);
    let server = started.child;
    const { base } = started;
    const { auth, drafts, id } = await teamWithDraft(base);

    // A stream of saves; the process is killed while it runs.
    const stream = saveStream(drafts, auth, id);
    await new Promise((r) => setTimeout(r, 1500));
    const killed = new Promise((r) => server.once('exit', r));
    server.kill('SIGKILL');
    await stream.stop();
    await killed;
    const { acknowledged } = stream;
    expect(acknowledged.length).toBeGreaterThan(5);

    const restarted = await startServer(dataDir);
    server = restarted.child;
    const again = drafts.replace(base, restarted.base); // the same drafts, at the new port
    try {
      const signIn = await signInAnna(restarted.base);
      const h = { authorization: `Bearer ${signIn.token}` };
      for (const a of acknowledged) {
        const rev = await (await fetch(`${again}/${id}/revisions/${a.revision}`, { headers: h })).json();
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
    const { child: server, base } = await startServer(dataDir);
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
      const calendar = await (await fetch(`${base}/api/teams/${setup.team.id}/calendar-key`, { method: 'POST', headers: { authorization: `Bearer ${signIn.token}` } })).json();
      expect((await fetch(`${base}${calendar.path}`)).status).toBe(200);
      const secrets = [password, setup.token, signIn.token, wrong, 'intruso@esempio.it', calendar.key];
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

/** `npm run backup` or `npm run restore` as an administrator runs it: its exit code and what it printed. */
function runCli(command: 'backup' | 'restore', dataDir: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/backup.ts', command, ...args], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: '', CIGD_DATA_DIR: dataDir, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  return new Promise((r) => child.once('exit', (code) => r({ code, out })));
}

describe('backup (npm run backup)', () => {
  it('copies the database while saves go on: the copy is intact, holds every save answered before it began, and nothing half-saved', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cigd-backup-'));
    const { child: server, base } = await startServer(dataDir);
    try {
      const { auth, drafts, id } = await teamWithDraft(base);
      const stream = saveStream(drafts, auth, id);
      await new Promise((r) => setTimeout(r, 500));
      const file = join(dataDir, '..', `${dataDir.split('/').pop()}-copia.sqlite`);
      const began = performance.now();
      const backup = await runCli('backup', dataDir, [file]);
      const ended = performance.now();
      await new Promise((r) => setTimeout(r, 200));
      expect(await stream.stop(), 'every save answered 200').toBeNull();
      const { acknowledged } = stream;

      expect(backup.code, backup.out).toBe(0);
      expect(backup.out).toMatch(/Copia di sicurezza completata e verificata/);
      expect(acknowledged.some((a) => a.at > began && a.at < ended), 'saves answered during the backup').toBe(true);
      const copy = new Database(file, { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const head = copy.prepare('SELECT current_revision FROM drafts WHERE id = ?').pluck().get(id) as number;
        // Read as the store reads it: a revision kept as a delta with its base.
        const rows = copy.prepare(`SELECT r.revision, ${REVISION_TEXT_COLUMNS} FROM draft_revisions r ${REVISION_BASE_JOIN} WHERE r.draft_id = ?`).all(id) as Record<string, any>[];
        expect(rows.some((r) => r.base_revision !== null), 'revisions kept as deltas').toBe(true);
        const stored = new Map(rows.map((r) => [r.revision as number, JSON.parse(revisionText(r))]));
        // One snapshot: the draft's head is its newest revision, and every revision up to it is there.
        expect(Math.max(...stored.keys())).toBe(head);
        expect(stored.size).toBe(head);
        const before = acknowledged.filter((a) => a.at < began);
        expect(before.length).toBeGreaterThan(0);
        for (const a of before) expect(stored.get(a.revision)).toEqual({ ...piemonte2020Draft(), protocol: a.protocol });
        expect(backup.out).toContain(`1 utente, 1 bozza, ${head} revisioni`);
      } finally {
        copy.close();
      }
    } finally {
      await stopServer(server);
    }
  }, 60_000);

  it('refuses, in Italian, to overwrite a file, to copy a missing database or into a missing folder, leaves nothing when the copy fails; on PostgreSQL points to pg_dump', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cigd-backup-'));
    const existing = join(dir, 'esistente.sqlite');
    writeFileSync(existing, 'copia di ieri');
    expect(() => backupDatabase(join(dir, 'manca'), join(dir, 'nuova.sqlite'))).toThrow(BackupError);
    let refused = await runCli('backup', join(dir, 'manca'), [join(dir, 'nuova.sqlite')]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Nessun archivio in');

    const dataDir = join(dir, 'data');
    const { openSqliteStore } = await import('./store/sqlite.ts');
    await openSqliteStore(dataDir).close();
    refused = await runCli('backup', dataDir, [existing]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('esiste già');
    expect(readFileSync(existing, 'utf8')).toBe('copia di ieri');
    refused = await runCli('backup', dataDir, [join(dir, 'non-esiste', 'copia.sqlite')]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('non esiste: creala');
    expect((await runCli('backup', dataDir, [])).out).toContain('Uso: npm run backup -- <file di destinazione>');
    const pg = await runCli('backup', dataDir, [join(dir, 'x.sqlite')], { DATABASE_URL: 'postgres://db.studio.local/cigd' });
    expect(pg.code).toBe(2);
    expect(pg.out).toContain('pg_dump');
    // A data directory whose file is not a database: the copy fails, and no half copy is left behind.
    const broken = join(dir, 'rotto');
    mkdirSync(broken);
    writeFileSync(join(broken, 'cigd.sqlite'), 'non è un database SQLite, ma è abbastanza lungo da sembrarlo '.repeat(20));
    const failed = await runCli('backup', broken, [join(dir, 'dal-rotto.sqlite')]);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('Copia di sicurezza non riuscita, nessun file lasciato');
    expect(readdirSync(dir).sort()).toEqual(['data', 'esistente.sqlite', 'rotto']); // nothing written where it was refused or failed
  }, 60_000);
});

describe('restore (npm run restore)', () => {
  /** The titles of the team's drafts, through the API of a server started on `dataDir`. */
  async function draftTitles(dataDir: string): Promise<string[]> {
    const { child: server, base } = await startServer(dataDir);
    try {
      const signIn = await signInAnna(base);
      const teamId = signIn.teams[0].id;
      const list = await (await fetch(`${base}/api/teams/${teamId}/drafts`, { headers: { authorization: `Bearer ${signIn.token}` } })).json();
      return list.map((d: { title: string }) => d.title).sort();
    } finally {
      await stopServer(server);
    }
  }

  it('puts a copy back with the server stopped, keeps the database it replaces, and refuses while the server runs or from a bad file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cigd-restore-'));
    const dataDir = join(dir, 'data');
    const { child: server, base } = await startServer(dataDir);
    const copyFile = join(dir, 'copia.sqlite');
    try {
      const { auth, drafts } = await teamWithDraft(base);
      await fetch(drafts, { method: 'POST', headers: auth, body: JSON.stringify({ draft: piemonte2020Draft(), title: 'Prima della copia' }) });
      expect((await runCli('backup', dataDir, [copyFile])).code).toBe(0);
      await fetch(drafts, { method: 'POST', headers: auth, body: JSON.stringify({ draft: piemonte2020Draft(), title: 'Dopo la copia' }) });

      // While the server runs: refused, nothing changed.
      const busy = await runCli('restore', dataDir, [copyFile]);
      expect(busy.code).toBe(1);
      expect(busy.out).toContain('Il server CIGD è in funzione su questo archivio: fermalo');
      const list = await (await fetch(drafts, { headers: auth })).json();
      expect(list.map((d: { title: string }) => d.title)).toContain('Dopo la copia');
    } finally {
      await stopServer(server);
    }
    const before = readdirSync(dataDir).sort();

    // A server of an earlier version, which held no cigd.lock, is still found by its open database.
    const olderServer = new Database(join(dataDir, 'cigd.sqlite'));
    try {
      olderServer.prepare('SELECT COUNT(*) FROM drafts').get();
      const refused = await runCli('restore', dataDir, [copyFile]);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('Il server CIGD è in funzione su questo archivio: fermalo');
    } finally {
      olderServer.close();
    }
    expect(readdirSync(dataDir).sort()).toEqual(before);

    // From a file that is not a CIGD database, or is missing: refused, nothing changed.
    const notCigd = join(dir, 'altro.sqlite');
    const other = new Database(notCigd);
    other.exec('CREATE TABLE t (x)');
    other.close();
    for (const [file, message] of [[notCigd, "non è una copia dell'archivio CIGD leggibile"], [join(dir, 'manca.sqlite'), 'non esiste']]) {
      const refused = await runCli('restore', dataDir, [file]);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain(message);
    }
    expect(readdirSync(dataDir).sort()).toEqual(before);
    expect(await draftTitles(dataDir)).toContain('Dopo la copia');
    // A cigd.lock that is not the lock: refused naming it, in Italian, nothing changed.
    const lockFile = join(dataDir, 'cigd.lock');
    const lock = readFileSync(lockFile);
    writeFileSync(lockFile, 'non un database '.repeat(100));
    const badLock = await runCli('restore', dataDir, [copyFile]);
    expect(badLock.code).toBe(1);
    expect(badLock.out).toMatch(/cigd\.lock non è il blocco del server CIGD/);
    writeFileSync(lockFile, lock);
    expect(await draftTitles(dataDir)).toContain('Dopo la copia');

    // With the server stopped: the copy is back, the replaced database kept whole beside it
    // (and what an interrupted restore left behind is cleared).
    writeFileSync(join(dataDir, 'cigd.sqlite.ripristino-in-corso'), 'un ripristino interrotto');
    const restored = await runCli('restore', dataDir, [copyFile]);
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toContain('Ripristino completato');
    expect(restored.out).toContain('1 team, 1 utente, 2 bozze, 2 revisioni');
    const kept = readdirSync(dataDir).filter((f) => f.startsWith('cigd.sqlite.prima-del-ripristino-'));
    expect(kept).toHaveLength(1);
    expect(readdirSync(dataDir)).not.toContain('cigd.sqlite.ripristino-in-corso');
    expect(restored.out).toContain(kept[0]);
    const aside = new Database(join(dataDir, kept[0]), { readonly: true });
    expect(aside.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(aside.prepare('SELECT title FROM drafts ORDER BY title').pluck().all()).toContain('Dopo la copia');
    aside.close();
    const titles = await draftTitles(dataDir);
    expect(titles).toContain('Prima della copia');
    expect(titles).not.toContain('Dopo la copia');

    // On a new machine, into an empty data directory: nothing to keep aside.
    const fresh = join(dir, 'nuova-macchina');
    const onNew = await runCli('restore', fresh, [copyFile]);
    expect(onNew.code, onNew.out).toBe(0);
    expect(onNew.out).not.toContain('conservato');
    expect(await draftTitles(fresh)).toEqual(titles);
    expect((await runCli('restore', fresh, [copyFile], { DATABASE_URL: 'postgres://db.studio.local/cigd' })).out).toContain('pg_restore');
  }, 90_000);
});
