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

/** A store on a fresh data directory, with a user and a team. */
async function storeWithTeam(dir = freshDir()) {
  const s = openSqliteStore(dir);
  const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
  const t = await s.createTeam('T');
  return { dir, s, u, t };
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
  // A draft of then: each revision whole.
  old.exec(`INSERT INTO teams VALUES ('t1', 'Studio', '2026-01-01T00:00:00.000Z');
    INSERT INTO drafts VALUES ('d1', 't1', 2, 'Rossi', 0, '2026-01-01T00:00:00.000Z', 'u1');
    INSERT INTO draft_revisions VALUES ('d1', 1, '{"name":"Rossi","notes":"una nota lunga abbastanza"}', '2026-01-01T00:00:00.000Z', 'u1');
    INSERT INTO draft_revisions VALUES ('d1', 2, '{"name":"Rossi 2","notes":"una nota lunga abbastanza"}', '2026-01-01T00:00:00.000Z', 'u1');`);
  old.close();
  const s = openSqliteStore(dir);
  expect(await s.findUserByEmail('anna@studio.it')).toMatchObject({ id: 'u1', name: 'Anna' });
  expect((await s.getRevision('t1', 'd1', 1))!.draft).toEqual({ name: 'Rossi', notes: 'una nota lunga abbastanza' });
  for (const [i, name] of ['Rossi 3', 'Rossi 4'].entries()) {
    expect(await s.saveRevision('t1', 'd1', 2 + i, { draft: { name, notes: 'una nota lunga abbastanza' }, title: name, by: 'u1', at: at(i) })).toEqual({ ok: true, revision: 3 + i });
  }
  expect((await s.getDraft('t1', 'd1'))!.draft).toEqual({ name: 'Rossi 4', notes: 'una nota lunga abbastanza' });
  await s.recordSignInFailure(['k'], 1000, 0);
  expect(await s.signInFailures(['k'], 0)).toBe(1);
  await s.close();
});

it('a write that fails in a group commit fails alone: its own changes are undone, the others of its batch are saved', async () => {
  const db = new Database(join(freshDir(), 'x.sqlite'));
  db.exec('CREATE TABLE t (x INTEGER UNIQUE)');
  let undone = 0; // what the store keeps in memory of its writes is forgotten whenever one is undone
  const write = groupCommit(db, () => undone++);
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
  expect(undone).toBe(1);
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
  expect(undone).toBe(2);
  await write(() => insert.run(8)); // and the next batch is saved as usual
  expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 3, 4, 5, 8]);
  db.close();
});

it('a save that changes a field of a large draft is kept as what changed; every revision reads back exactly, after a restart too', async () => {
  const setUp = await storeWithTeam();
  const { dir, u, t } = setUp;
  let { s } = setUp;
  const workers = Array.from({ length: 40 }, (_, i) => ({ name: `Lavoratore ${i}`, fiscalCode: `RSSMRA80A01L219${i % 10}`, hours: [8, 8, 8, 8, 4] }));
  const texts = [JSON.stringify({ employer: { name: 'Rossi' }, workers })];
  const save = async (text: string) => {
    const revision = texts.length;
    expect(await s.saveRevision(t.id, id, revision, { draft: JSON.parse(text), draftJson: text, title: 'x', by: u.id, at: at(revision) })).toEqual({ ok: true, revision: revision + 1 });
    texts.push(text);
  };
  const { id } = await s.createDraft(t.id, { draft: JSON.parse(texts[0]), draftJson: texts[0], title: 'x', by: u.id, at: at(0) });
  const withName = (name: string) => JSON.stringify({ employer: { name }, workers });
  for (let i = 1; i <= 50; i++) await save(withName(`Rossi ${i}`));
  const database = new Database(join(dir, 'cigd.sqlite'), { readonly: true });
  const kept = () => database.prepare('SELECT COUNT(*) AS whole, SUM(length(draft)) AS length FROM draft_revisions WHERE base_revision IS NULL').get() as { whole: number; length: number };
  const allLength = () => database.prepare('SELECT SUM(length(draft)) FROM draft_revisions').pluck().get() as number;
  // 51 revisions of a draft of some 4 KB: the draft whole once, and each save its changed name.
  expect(texts[0].length).toBeGreaterThan(3000);
  expect(kept()).toEqual({ whole: 1, length: texts[0].length });
  expect(allLength()).toBeLessThan(texts[0].length + 50 * 20);
  // A change of more than a quarter of the draft is kept whole, and the saves after it are written against it.
  await save(JSON.stringify({ employer: { name: 'Bianchi' }, workers: workers.slice(0, 20) }));
  await save(JSON.stringify({ employer: { name: 'Bianchi 2' }, workers: workers.slice(0, 20) }));
  expect(kept().whole).toBe(2);
  expect(database.prepare('SELECT base_revision FROM draft_revisions WHERE revision = ?').pluck().get(texts.length)).toBe(texts.length - 1);
  // After a restart the store has no base in memory: the next save is kept whole, and everything reads back.
  await s.close();
  s = openSqliteStore(dir);
  await save(withName('Verdi'));
  await save(withName('Verdi 2'));
  expect(kept().whole).toBe(3);
  for (const [i, text] of texts.entries()) expect((await s.getRevision(t.id, id, i + 1))!.draft).toEqual(JSON.parse(text));
  expect((await s.getDraft(t.id, id))!.draft).toEqual(JSON.parse(texts.at(-1)!));
  database.close();
  await s.close();
});

it('a revision kept as a delta whose base is missing is an error, never a draft made of the middle alone', async () => {
  const { dir, s, u, t } = await storeWithTeam();
  const { id } = await s.createDraft(t.id, { draft: { name: 'Rossi', notes: 'x'.repeat(100) }, title: 'x', by: u.id, at: at(0) });
  await s.saveRevision(t.id, id, 1, { draft: { name: 'Bianco', notes: 'x'.repeat(100) }, title: 'x', by: u.id, at: at(1) });
  const database = new Database(join(dir, 'cigd.sqlite'));
  expect(database.prepare('SELECT draft FROM draft_revisions WHERE revision = 2').pluck().get()).toBe('Bianco');
  database.prepare('UPDATE draft_revisions SET base_revision = 7 WHERE revision = 2').run(); // as a damaged file would
  database.close();
  await expect(s.getDraft(t.id, id)).rejects.toThrow(/delta of revision 7, which is missing/);
  await s.close();
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
  const { dir, s, u, t } = await storeWithTeam();
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
