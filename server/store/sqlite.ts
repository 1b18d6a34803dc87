/**
 * The embedded store: SQLite through better-sqlite3, in WAL mode with
 * synchronous=FULL, so a save acknowledged to a client survives a crash of
 * the process or of the machine. better-sqlite3 is synchronous: each method
 * runs to completion, so a revision check and its write cannot interleave.
 *
 * One server process per data directory (`holdDataDirectory`): the firm that
 * needs several instances runs them on PostgreSQL. Being the database's only
 * writer, the server keeps the sessions and memberships it has read, which
 * every request asks for, and the writes that change them drop them.
 * A revision is kept whole or as what changed from an earlier whole one
 * (revision-delta.ts): a save then writes about one page, not its draft again.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { migrations } from './schema-sql.ts';
import { applyRevisionDelta, revisionDelta, worthKeepingAsDelta } from './revision-delta.ts';
import { sessionTouchDue, titleGivenFlag, withoutNul, type DraftRecord, type NewRevision, type Role, type SaveResult, type Store, type Team, type User } from './types.ts';
import type { FieldMapRecord, Scenario } from './shared-contracts.ts';
import { OperatorError } from '../errors.ts';

type Row = Record<string, any>;

/** A second server started on a data directory in use. */
export class DataDirectoryInUseError extends OperatorError {}

/**
 * The data directory, held for this process alone: an exclusive lock on
 * `cigd.lock`, which the operating system drops when the process ends in any
 * way (a crash and SIGKILL included), so no stale lock is ever left behind.
 * Two servers on one SQLite file would each trust what it read of the other's
 * writes (a session signed out there, still open here). `npm run restore`
 * holds it too, so no server starts on a database being replaced.
 */
export function holdDataDirectory(dataDir: string): Database.Database {
  const file = join(dataDir, 'cigd.lock');
  const lock = new Database(file, { timeout: 0 });
  try {
    lock.pragma('journal_mode = MEMORY'); // nothing written: no journal file beside it
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE'); // never committed: held until close()
    return lock;
  } catch (err) {
    lock.close();
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_BUSY') {
      throw new DataDirectoryInUseError(
        `la cartella dati ${resolve(dataDir)} è già usata da un altro server CIGD: fermalo, oppure indica un'altra cartella con CIGD_DATA_DIR (più server insieme richiedono PostgreSQL, DATABASE_URL).`,
        `data directory ${resolve(dataDir)} is held by another server process`,
      );
    }
    if (code === 'SQLITE_NOTADB') {
      throw new OperatorError(
        `il file ${resolve(file)} non è il blocco del server CIGD (i dati sono in cigd.sqlite, intatti): cancellalo e riavvia.`,
        `${resolve(file)} is not a lock file (${(err as Error).message})`,
      );
    }
    throw err;
  }
}

/**
 * How long what the store read of sessions and memberships is trusted without
 * asking SQLite whether another program wrote the database: the server is its
 * only writer (holdDataDirectory), but an administrator may still end a
 * session by hand with sqlite3, or a server of an earlier version, which held
 * no lock, may still be running. Asking costs a read transaction (about 8 µs:
 * SQLite's file locks), so once a second at most, not on every request.
 */
const EXTERNAL_WRITES_CHECK_MS = 1000;

/** A revision's draft as the database keeps it: the client's own text when there is one (NewRevision.draftJson). */
const storedDraft = (next: NewRevision): string => next.draftJson ?? JSON.stringify(next.draft);

/** Kept entries beyond which a cache starts again empty: the sessions and memberships of a firm's staff are far fewer. */
const CACHE_LIMIT = 10_000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * The UTF-16 code units of whole revisions kept in memory as the bases of the
 * next saves' deltas (64 MB): far more than the drafts a firm has open at
 * once; beyond it the memory starts again empty, and each draft's next save
 * is kept whole.
 */
const BASES_LIMIT = 32 * 1024 * 1024;

/**
 * What the draft columns of a revision row joined with its base (`base_draft`)
 * say: the revision's whole text. A delta whose base is missing is an error,
 * never a draft made of its middle alone.
 */
export function revisionText(row: Row): string {
  if (row.base_revision === null || row.base_revision === undefined) return row.draft;
  if (typeof row.base_draft !== 'string') throw new Error(`revision kept as a delta of revision ${row.base_revision}, which is missing`);
  return applyRevisionDelta(row.base_draft, { keptHead: row.kept_head, middle: row.draft, keptTail: row.kept_tail });
}

/** The columns revisionText reads, of revision `r` and its base `b`. */
export const REVISION_TEXT_COLUMNS = 'r.draft, r.base_revision, r.kept_head, r.kept_tail, b.draft AS base_draft';
/** The join that brings revision `r` its base `b`. */
export const REVISION_BASE_JOIN = 'LEFT JOIN draft_revisions b ON b.draft_id = r.draft_id AND b.revision = r.base_revision';

export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const lock = holdDataDirectory(dataDir);
  let db: Database.Database;
  try {
    db = openDatabase(join(dataDir, 'cigd.sqlite'));
  } catch (err) {
    lock.close(); // a store that failed to open holds nothing
    throw err;
  }

  // Prepared once: compiling a statement costs more than running it.
  const statements = new Map<string, Database.Statement>();
  const sql = (text: string): Database.Statement => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = db.prepare(text)));
    return statement;
  };
  // The whole revision each draft's next save is written against (revision-delta.ts).
  // Forgotten whenever a write is undone: a base from a rolled-back insert would make every delta on it unreadable.
  const bases = new Map<string, { revision: number; text: string }>();
  let basesSize = 0;
  const forgetBases = () => {
    bases.clear();
    basesSize = 0;
  };
  const keepBase = (draftId: string, revision: number, text: string) => {
    const old = bases.get(draftId);
    if (old) basesSize -= old.text.length;
    if (basesSize + text.length > BASES_LIMIT) forgetBases();
    bases.set(draftId, { revision, text });
    basesSize += text.length;
  };
  /** A revision's row: the delta from the draft's base when small enough, else the whole text, which becomes the base. */
  const insertRevision = (draftId: string, revision: number, text: string, at: string, by: string) => {
    const base = bases.get(draftId);
    const delta = base && revisionDelta(base.text, text);
    if (base && delta && worthKeepingAsDelta(delta, text)) {
      sql('INSERT INTO draft_revisions (draft_id, revision, draft, at, by_user, base_revision, kept_head, kept_tail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(draftId, revision, delta.middle, at, by, base.revision, delta.keptHead, delta.keptTail);
      return;
    }
    sql('INSERT INTO draft_revisions (draft_id, revision, draft, at, by_user) VALUES (?, ?, ?, ?, ?)').run(draftId, revision, text, at, by);
    keepBase(draftId, revision, text);
  };
  const write = groupCommit(db, forgetBases);

  // What this process read of sessions and memberships (it is the only writer; see holdDataDirectory).
  // The users, teams and memberships handed out are frozen: every request shares them.
  const sessions = new Map<string, { user: Readonly<User>; lastUsedAt: string }>();
  const memberships = new Map<string, Readonly<{ team: Readonly<Team>; role: Role }>>();
  const membershipKey = (teamId: string, userId: string) => `${teamId}\n${userId}`;
  // PRAGMA data_version changes only when another connection has committed.
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  let seenVersion = dataVersion.get();
  let checkedAt = performance.now();
  const forgetExternalWrites = () => {
    const now = performance.now();
    if (now - checkedAt < EXTERNAL_WRITES_CHECK_MS) return;
    checkedAt = now;
    const version = dataVersion.get();
    if (version === seenVersion) return;
    seenVersion = version;
    sessions.clear();
    memberships.clear();
  };
  const dropSession = (tokenHash: string) => {
    sessions.delete(tokenHash);
    sql('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  };

  const draftOf = (row: Row): DraftRecord => ({
    id: row.id, teamId: row.team_id, revision: row.current_revision, draft: JSON.parse(revisionText(row)), title: row.title,
    updatedAt: row.updated_at, updatedBy: row.updated_by, deleted: row.deleted === 1,
  });
  const CURRENT_DRAFTS = `SELECT d.*, ${REVISION_TEXT_COLUMNS} FROM drafts d
    JOIN draft_revisions r ON r.draft_id = d.id AND r.revision = d.current_revision ${REVISION_BASE_JOIN}`;
  const selectDraft = sql(`${CURRENT_DRAFTS} WHERE d.team_id = ? AND d.id = ?`);
  const fieldMapOf = (row: Row): FieldMapRecord => ({
    site: row.site, revision: row.revision, map: JSON.parse(row.map), updatedAt: row.updated_at, updatedBy: row.updated_by,
  });

  // The inserts of accounts, teams, memberships and sessions: alone (each its own write) or together (first-run setup).
  const insertUser = (user: User, passwordHash: string, at: string) =>
    sql('INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING')
      .run(user.id, user.email, user.name, passwordHash, at);
  const insertTeam = (team: Team, at: string) => sql('INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)').run(team.id, team.name, at);
  const insertMember = (teamId: string, userId: string, role: Role) => {
    memberships.delete(membershipKey(teamId, userId)); // a new role
    return sql('INSERT INTO members (team_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role')
      .run(teamId, userId, role);
  };
  const insertSession = (tokenHash: string, userId: string, now: string) =>
    sql('INSERT INTO sessions (token_hash, user_id, created_at, last_used_at) VALUES (?, ?, ?, ?)').run(tokenHash, userId, now, now);

  const saveRevision = (teamId: string, id: string, expected: number, next: NewRevision): SaveResult | null => {
    // The revision decides in the update itself, as on PostgreSQL; the whole
    // current draft is read only for a conflict's answer.
    const moved = sql(
      `UPDATE drafts SET current_revision = current_revision + 1, updated_at = ?, updated_by = ?, deleted = 0,
        title = CASE WHEN title_given = 1 AND ? = 0 THEN title ELSE ? END, title_given = MAX(title_given, ?)
       WHERE team_id = ? AND id = ? AND current_revision = ?`,
    ).run(next.at, next.by, titleGivenFlag(next), next.title, titleGivenFlag(next), teamId, id, expected);
    if (moved.changes === 0) {
      const current = selectDraft.get(teamId, id) as Row | undefined;
      return current ? { ok: false, current: draftOf(current) } : null;
    }
    const revision = expected + 1;
    insertRevision(id, revision, storedDraft(next), next.at, next.by);
    return { ok: true, revision };
  };

  const putFieldMap = (teamId: string, site: string, map: Record<string, unknown>, expected: number, userId: string) => {
    const row = sql('SELECT * FROM field_maps WHERE team_id = ? AND site = ?').get(teamId, site) as Row | undefined;
    const current = row ? row.revision : 0;
    if (current !== expected) return { ok: false as const, current: row ? fieldMapOf(row) : null };
    const at = new Date().toISOString();
    sql(
      `INSERT INTO field_maps (team_id, site, revision, map, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (team_id, site) DO UPDATE SET revision = excluded.revision, map = excluded.map,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(teamId, site, current + 1, JSON.stringify(map), at, userId);
    return { ok: true as const, record: { site, revision: current + 1, map, updatedAt: at, updatedBy: userId } };
  };

  const store: Store = {
    async close() {
      try {
        write.flush();
        db.close();
      } finally {
        lock.close();
      }
    },
    async countUsers() {
      return (sql('SELECT COUNT(*) AS n FROM users').get() as Row).n;
    },
    async createUser({ email, name, passwordHash }) {
      const user: User = { id: randomUUID(), email: email.toLowerCase(), name };
      const r = await write(() => insertUser(user, passwordHash, new Date().toISOString()));
      return r.changes === 1 ? user : null;
    },
    async setupFirstAdmin(first) {
      // One write: the check and the inserts run together, nothing in between.
      return write(() => {
        if ((sql('SELECT COUNT(*) AS n FROM users').get() as Row).n > 0) return null;
        const user: User = { id: randomUUID(), email: first.email.toLowerCase(), name: first.name };
        const team: Team = { id: randomUUID(), name: first.team };
        insertUser(user, first.passwordHash, first.now);
        insertTeam(team, first.now);
        insertMember(team.id, user.id, 'admin');
        insertSession(first.tokenHash, user.id, first.now);
        return { user, team };
      });
    },
    async findUserByEmail(email) {
      const row = sql('SELECT * FROM users WHERE email = ?').get(email.toLowerCase()) as Row | undefined;
      return row ? { id: row.id, email: row.email, name: row.name, passwordHash: row.password_hash } : null;
    },
    async createTeam(name) {
      const team: Team = { id: randomUUID(), name };
      await write(() => insertTeam(team, new Date().toISOString()));
      return team;
    },
    async addMember(teamId, userId, role) {
      return write(() => {
        // Decided and written in one transaction: two admins demoted at once cannot both go.
        const admins = (sql("SELECT user_id FROM members WHERE team_id = ? AND role = 'admin'").all(teamId) as Row[]).map((r) => r.user_id);
        if (role !== 'admin' && admins.length === 1 && admins[0] === userId) return false;
        insertMember(teamId, userId, role);
        return true;
      });
    },
    async membership(teamId, userId) {
      forgetExternalWrites();
      const key = membershipKey(teamId, userId);
      const known = memberships.get(key);
      if (known) return known;
      const row = sql('SELECT t.id, t.name, m.role FROM members m JOIN teams t ON t.id = m.team_id WHERE m.team_id = ? AND m.user_id = ?')
        .get(teamId, userId) as Row | undefined;
      if (!row) return null;
      return remember(memberships, key, Object.freeze({ team: Object.freeze({ id: row.id as string, name: row.name as string }), role: row.role as Role }));
    },
    async teamsOf(userId) {
      return (sql('SELECT t.id, t.name, m.role FROM members m JOIN teams t ON t.id = m.team_id WHERE m.user_id = ? ORDER BY t.name').all(userId) as Row[])
        .map((r) => ({ id: r.id, name: r.name, role: r.role }));
    },
    async members(teamId) {
      return (sql('SELECT u.id, u.email, u.name, m.role FROM members m JOIN users u ON u.id = m.user_id WHERE m.team_id = ? ORDER BY u.name').all(teamId) as Row[])
        .map((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role }));
    },
    async createSession(tokenHash, userId, now) {
      await write(() => insertSession(tokenHash, userId, now));
    },
    async useSession(tokenHash, now, idleLimit) {
      forgetExternalWrites();
      let session = sessions.get(tokenHash);
      if (!session) {
        const row = sql('SELECT s.last_used_at, u.id, u.email, u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?')
          .get(tokenHash) as Row | undefined;
        if (!row) return null;
        session = remember(sessions, tokenHash, { user: Object.freeze({ id: row.id, email: row.email, name: row.name }), lastUsedAt: row.last_used_at as string });
      }
      if (session.lastUsedAt < idleLimit) {
        await write(() => dropSession(tokenHash));
        return null;
      }
      if (sessionTouchDue(session.lastUsedAt, now)) {
        await write(() => sql('UPDATE sessions SET last_used_at = ? WHERE token_hash = ?').run(now, tokenHash));
        session.lastUsedAt = now;
      }
      return session.user;
    },
    async deleteSession(tokenHash) {
      await write(() => dropSession(tokenHash));
    },
    async replaceCalendarKey(teamId, userId, keyHash, now) {
      await write(() => sql(`INSERT INTO calendar_keys (key_hash, team_id, user_id, created_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (team_id, user_id) DO UPDATE SET key_hash = excluded.key_hash, created_at = excluded.created_at`).run(keyHash, teamId, userId, now));
    },
    async calendarKeyOwner(keyHash) {
      const row = sql('SELECT k.team_id, u.id, u.email, u.name FROM calendar_keys k JOIN users u ON u.id = k.user_id WHERE k.key_hash = ?')
        .get(keyHash) as Row | undefined;
      return row ? { teamId: row.team_id, user: { id: row.id, email: row.email, name: row.name } } : null;
    },
    async deleteCalendarKey(teamId, userId) {
      const r = await write(() => sql('DELETE FROM calendar_keys WHERE team_id = ? AND user_id = ?').run(teamId, userId));
      return r.changes > 0;
    },
    async signInFailures(keys, since) {
      let worst = 0;
      for (const key of keys) {
        const row = sql('SELECT failures FROM sign_in_failures WHERE key_hash = ? AND first_at >= ?').get(key, since) as Row | undefined;
        worst = Math.max(worst, row?.failures ?? 0);
      }
      return worst;
    },
    async recordSignInFailure(keys, now, since) {
      await write(() => {
        sql('DELETE FROM sign_in_failures WHERE first_at < ?').run(since); // so what is left is live
        for (const key of keys) {
          sql('INSERT INTO sign_in_failures (key_hash, failures, first_at) VALUES (?, 1, ?) ON CONFLICT (key_hash) DO UPDATE SET failures = sign_in_failures.failures + 1')
            .run(key, now);
        }
      });
    },
    async clearSignInFailures(keys) {
      await write(() => {
        for (const key of keys) sql('DELETE FROM sign_in_failures WHERE key_hash = ?').run(key);
      });
    },
    async createDraft(teamId, first) {
      const id = randomUUID();
      await write(() => {
        sql('INSERT INTO drafts (id, team_id, current_revision, title, title_given, deleted, updated_at, updated_by) VALUES (?, ?, 1, ?, ?, 0, ?, ?)')
          .run(id, teamId, first.title, titleGivenFlag(first), first.at, first.by);
        insertRevision(id, 1, storedDraft(first), first.at, first.by);
      });
      return { id, teamId, revision: 1, draft: first.draft, title: first.title, updatedAt: first.at, updatedBy: first.by, deleted: false };
    },
    async getDraft(teamId, id) {
      const row = selectDraft.get(teamId, id) as Row | undefined;
      return row ? draftOf(row) : null;
    },
    async listDrafts(teamId, which) {
      return (sql(`${CURRENT_DRAFTS} WHERE d.team_id = ? AND d.deleted = ? ORDER BY d.updated_at DESC`).all(teamId, which?.deleted ? 1 : 0) as Row[]).map(draftOf);
    },
    async saveRevision(teamId, id, expected, next) {
      return write(() => saveRevision(teamId, id, expected, next));
    },
    async setDeleted(teamId, id, deleted) {
      const r = await write(() => sql('UPDATE drafts SET deleted = ? WHERE team_id = ? AND id = ?').run(deleted ? 1 : 0, teamId, id));
      return r.changes === 1;
    },
    async listRevisions(teamId, id) {
      const owner = sql('SELECT id FROM drafts WHERE team_id = ? AND id = ?').get(teamId, id);
      if (!owner) return null;
      return (sql('SELECT revision, at, by_user FROM draft_revisions WHERE draft_id = ? ORDER BY revision').all(id) as Row[])
        .map((r) => ({ revision: r.revision, at: r.at, by: r.by_user }));
    },
    async getRevision(teamId, id, revision) {
      const row = sql(
        `SELECT r.revision, r.at, r.by_user, ${REVISION_TEXT_COLUMNS} FROM draft_revisions r JOIN drafts d ON d.id = r.draft_id ${REVISION_BASE_JOIN}
         WHERE d.team_id = ? AND r.draft_id = ? AND r.revision = ?`,
      ).get(teamId, id, revision) as Row | undefined;
      return row ? { revision: row.revision, at: row.at, by: row.by_user, draft: JSON.parse(revisionText(row)) } : null;
    },
    async listFieldMaps(teamId) {
      return (sql('SELECT * FROM field_maps WHERE team_id = ? ORDER BY site').all(teamId) as Row[]).map(fieldMapOf);
    },
    async getFieldMap(teamId, site) {
      const row = sql('SELECT * FROM field_maps WHERE team_id = ? AND site = ?').get(teamId, site) as Row | undefined;
      return row ? fieldMapOf(row) : null;
    },
    async putFieldMap(teamId, site, map, expected, userId) {
      return write(() => putFieldMap(teamId, site, map, expected, userId));
    },
    async getTraineeState(session, key) {
      const row = sql('SELECT value FROM trainee_state WHERE session = ? AND key = ?').get(session, key) as Row | undefined;
      return row ? JSON.parse(row.value) : null;
    },
    async putTraineeState(session, key, value) {
      await write(() => sql('INSERT INTO trainee_state (session, key, value) VALUES (?, ?, ?) ON CONFLICT (session, key) DO UPDATE SET value = excluded.value')
        .run(session, key, withoutNul(JSON.stringify(value))));
    },
    async listTraineeState(session, prefix) {
      return (sql("SELECT key, value FROM trainee_state WHERE session = ? AND substr(key, 1, length(?)) = ? ORDER BY key").all(session, prefix, prefix) as Row[])
        .map((r) => ({ key: r.key, value: JSON.parse(r.value) }));
    },
    async resetTrainee(session) {
      await write(() => sql('DELETE FROM trainee_state WHERE session = ?').run(session));
    },
    async listScenarios() {
      return (sql('SELECT data FROM scenarios ORDER BY id').all() as Row[]).map((r) => JSON.parse(r.data) as Scenario);
    },
    async getScenario(id) {
      const row = sql('SELECT data FROM scenarios WHERE id = ?').get(id) as Row | undefined;
      return row ? (JSON.parse(row.data) as Scenario) : null;
    },
    async saveScenario(scenario) {
      await write(() => sql('INSERT INTO scenarios (id, data) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data').run(scenario.id, JSON.stringify(scenario)));
    },
    async deleteScenario(id) {
      await write(() => sql('DELETE FROM scenarios WHERE id = ?').run(id));
    },
  };
  return store;
}

/**
 * Group commit. Every write waits for an fsync (synchronous=FULL); the writes
 * that arrive while one is under way (the same turn of the event loop) share
 * the next transaction and its one fsync, and each is answered only after
 * that commit. Each write runs in its own savepoint, so a failing one is
 * rolled back alone; a check and its write (a revision, a field map) still
 * run together, with nothing in between. The savepoint's statements are
 * prepared once (better-sqlite3's nested transaction() makes a new wrapper
 * per call: some 7 µs of each save). `onUndo` is told whenever a write is
 * undone (its savepoint, or the whole batch), for what the caller keeps in
 * memory of the writes.
 */
export function groupCommit(db: Database.Database, onUndo: () => void = () => {}) {
  type Pending = { run: () => unknown; resolve: (value: any) => void; reject: (err: unknown) => void };
  let pending: Pending[] = [];
  let scheduled = false;
  const savepoint = db.prepare('SAVEPOINT cigd_write');
  const release = db.prepare('RELEASE cigd_write');
  const rollbackTo = db.prepare('ROLLBACK TO cigd_write');
  const flush = () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      db.transaction(() => {
        for (const op of batch) {
          savepoint.run();
          try {
            outcomes.push({ ok: true, value: op.run() });
          } catch (error) {
            // Some failures (a full disk) end the whole transaction: then none of the batch is saved.
            if (!db.inTransaction) throw error;
            rollbackTo.run();
            onUndo();
            outcomes.push({ ok: false, error });
          }
          release.run();
        }
      })();
    } catch (error) {
      onUndo();
      for (const op of batch) op.reject(error); // the commit itself failed: nothing of the batch is saved
      return;
    }
    batch.forEach((op, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) op.resolve(outcome.value);
      else op.reject(outcome.error);
    });
  };
  const write = <T>(run: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.push({ run, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  return Object.assign(write, { flush });
}

function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => r.version));
  migrations('sqlite').forEach((sql, i) => {
    const version = i + 1;
    if (done.has(version)) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, new Date().toISOString());
    })();
  });
}
