import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { storeContract } from './store.contract.ts';
import { DataDirectoryInUseError, groupCommit, openSqliteStore } from './sqlite.ts';
import { migrations } from './schema-sql.ts';
import { OperatorError } from '../errors.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'cigd-store-'));
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();
/** Why opening a store on `dir` fails (undefined when it opens). */
function openingRefused(dir: string): unknown {
  try {
    void openSqliteStore(dir).close();
  } catch (err) {
    return err;
  }
  return undefined;
}

storeContract('SQLite', async () => openSqliteStore(freshDir()));

it('SQLite runs in WAL mode with full sync, and migrations are applied once', async () => {
  const dir = freshDir();
  const s = openSqliteStore(dir);
  await s.close();
  const again = openSqliteStore(dir); // re-opening does not re-run migrations
  await again.close();
  const db = new Database(join(dir, 'cigd.sqlite'));
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect((db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(migrations('sqlite').length);
  db.close();
});

it('a data directory made by an earlier version is migrated at start, its data kept', async () => {
  const dir = freshDir();
  const old = new Database(join(dir, 'cigd.sqlite'));
  old.pragma('journal_mode = WAL');
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  old.exec(migrations('sqlite')[0]);
  old.prepare("INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00.000Z')").run();
  old.prepare("INSERT INTO users VALUES ('u1', 'anna@studio.it', 'Anna', 'scrypt$x', '2026-01-01T00:00:00.000Z')").run();
  old.close();
  const s = openSqliteStore(dir);
  expect(await s.findUserByEmail('anna@studio.it')).toMatchObject({ id: 'u1', name: 'Anna' });
  await s.recordSignInFailure(['k'], 1000, 0);
  expect(await s.signInFailures(['k'], 0)).toBe(1);
  await s.close();
});

it('a write that fails in a group commit fails alone: its own changes are undone, the others of its batch are saved', async () => {
  const db = new Database(join(freshDir(), 'x.sqlite'));
  db.exec('CREATE TABLE t (x INTEGER UNIQUE)');
  const write = groupCommit(db);
  const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
  // Queued in the same turn of the event loop: one batch, one transaction.
  const outcomes = await Promise.allSettled([
    write(() => insert.run(1)),
    write(() => {
      insert.run(2);
      insert.run(1); // UNIQUE: this write fails after a change of its own
    }),
    write(() => insert.run(3).changes),
  ]);
  expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect((outcomes[1] as PromiseRejectedResult).reason.message).toMatch(/UNIQUE/);
  expect((outcomes[2] as PromiseFulfilledResult<number>).value).toBe(1);
  expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 3]);
  // The next batch, with no failure, is saved whole.
  await Promise.all([write(() => insert.run(4)), write(() => insert.run(5))]);
  expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 3, 4, 5]);
  // A failure that ends the whole transaction (as a full disk does): no write of its batch is saved, and each hears of it.
  const lost = await Promise.allSettled([
    write(() => insert.run(6)),
    write(() => {
      db.exec('ROLLBACK');
      throw new Error('disco pieno');
    }),
    write(() => insert.run(7)),
  ]);
  expect(lost.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
  expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 3, 4, 5]);
  await write(() => insert.run(8)); // and the next batch is saved as usual
  expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 3, 4, 5, 8]);
  db.close();
});

it('one server per data directory: a second store on it is refused in Italian until the first is closed', async () => {
  const dir = freshDir();
  const first = openSqliteStore(dir);
  const refused = openingRefused(dir);
  expect(refused).toBeInstanceOf(DataDirectoryInUseError);
  expect((refused as DataDirectoryInUseError).italian).toMatch(/già usata da un altro server CIGD.*CIGD_DATA_DIR.*PostgreSQL/);
  expect((refused as Error).message).toMatch(/held by another server process/);
  // The first goes on as if nothing happened.
  expect(await first.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' })).toMatchObject({ email: 'a@b.it' });
  await first.close();
  const second = openSqliteStore(dir);
  expect(await second.findUserByEmail('a@b.it')).toMatchObject({ name: 'A' });
  await second.close();
});

it('what a session\'s use records reaches the database: after a restart the session is as alive as before it', async () => {
  const dir = freshDir();
  const s = openSqliteStore(dir);
  const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
  await s.createSession('hash', u.id, at(0));
  expect(await s.useSession('hash', at(30), at(-1))).toMatchObject({ id: u.id });
  await s.close();
  const again = openSqliteStore(dir);
  expect(await again.useSession('hash', at(31), at(20))).toMatchObject({ id: u.id }); // last used at(30), not at(0)
  await again.close();
});

it('what another program writes (an administrator ending a session with sqlite3, a role changed by hand) is seen within a second', async () => {
  const dir = freshDir();
  const s = openSqliteStore(dir);
  const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
  const t = await s.createTeam('T');
  await s.addMember(t.id, u.id, 'admin');
  await s.createSession('hash', u.id, at(0));
  expect(await s.useSession('hash', at(0), at(-1))).toMatchObject({ id: u.id });
  expect(await s.membership(t.id, u.id)).toMatchObject({ role: 'admin' });
  const sqlite3 = new Database(join(dir, 'cigd.sqlite'));
  sqlite3.prepare('DELETE FROM sessions WHERE token_hash = ?').run('hash');
  sqlite3.prepare("UPDATE members SET role = 'operator' WHERE user_id = ?").run(u.id);
  sqlite3.close();
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect(await s.useSession('hash', at(0), at(-1))).toBeNull();
  expect(await s.membership(t.id, u.id)).toMatchObject({ role: 'operator' });
  await s.close();
});

it('a cigd.lock that is not the lock stops the start with a message naming it, and the database untouched', async () => {
  const dir = freshDir();
  await openSqliteStore(dir).close();
  writeFileSync(join(dir, 'cigd.lock'), 'non un database '.repeat(100));
  const refused = openingRefused(dir);
  expect(refused).toBeInstanceOf(OperatorError);
  expect((refused as OperatorError).italian).toMatch(/cigd\.lock non è il blocco del server CIGD \(i dati sono in cigd\.sqlite, intatti\): cancellalo e riavvia/);
  rmSync(join(dir, 'cigd.lock'));
  await openSqliteStore(dir).close();
  expect(readdirSync(dir).filter((f) => f.startsWith('cigd.lock'))).toEqual(['cigd.lock']); // no journal beside it
});
