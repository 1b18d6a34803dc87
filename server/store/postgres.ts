/**
 * The PostgreSQL store, for a firm that runs several server instances behind
 * a load balancer on one database: no state in the process; a revision is
 * accepted only by a conditional UPDATE inside a transaction, so two
 * instances saving the same revision cannot both win.
 */
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { migrations } from './schema-sql.ts';
import { logLine } from '../errors.ts';
import { sessionTouchDue, titleGivenFlag, withoutNul, type DraftRecord, type Role, type Store, type Team, type User } from './types.ts';
import type { FieldMapRecord, Scenario } from './shared-contracts.ts';

type Row = Record<string, any>;

/**
 * A draft as JSON for a JSONB column: always serialized here, never the
 * client's own text (NewRevision.draftJson). PostgreSQL parses it again
 * anyway, and refuses numbers beyond its range (1e200000) that JSON.parse read
 * as Infinity and JSON.stringify writes as null: the client's text would be
 * a 500 here where SQLite keeps it.
 */
const jsonbDraft = (draft: Record<string, unknown>): string => JSON.stringify(draft);

export async function openPostgresStore(url: string, options: { schema?: string } = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the database ends (a restart, a failover, a proxy's
  // timeout) is reported here; without a listener Node would stop the server.
  // The pool drops that client and opens a new one for the next query.
  pool.on('error', (err) => logLine({ event: 'database-connection-lost', error: err.message }));
  const schema = options.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
  if (schema) {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    pool.on('connect', (client) => void client.query(`SET search_path TO ${schema}`));
  }
  const q = async (sql: string, params: unknown[] = []) => {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`SET search_path TO ${schema}`);
      return await client.query(sql, params);
    } finally {
      client.release();
    }
  };
  const tx = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`SET search_path TO ${schema}`);
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  };
  await migrate(tx);

  const draftOf = (r: Row): DraftRecord => ({
    id: r.id, teamId: r.team_id, revision: Number(r.current_revision), draft: r.draft, title: r.title,
    updatedAt: r.updated_at, updatedBy: r.updated_by, deleted: Number(r.deleted) === 1,
  });
  const fieldMapOf = (r: Row): FieldMapRecord => ({ site: r.site, revision: Number(r.revision), map: r.map, updatedAt: r.updated_at, updatedBy: r.updated_by });
  // The inserts of accounts, teams, memberships and sessions: alone, or together in first-run setup.
  const INSERT_USER = 'INSERT INTO users (id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING';
  const INSERT_TEAM = 'INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3)';
  const INSERT_MEMBER = 'INSERT INTO members (team_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role';
  const INSERT_SESSION = 'INSERT INTO sessions (token_hash, user_id, created_at, last_used_at) VALUES ($1, $2, $3, $3)';
  const SELECT_DRAFT = `SELECT d.*, r.draft FROM drafts d JOIN draft_revisions r ON r.draft_id = d.id AND r.revision = d.current_revision`;

  return {
    async close() {
      await pool.end();
    },
    async countUsers() {
      return Number((await q('SELECT COUNT(*) AS n FROM users')).rows[0].n);
    },
    async createUser({ email, name, passwordHash }) {
      const user: User = { id: randomUUID(), email: email.toLowerCase(), name };
      const r = await q(INSERT_USER, [user.id, user.email, name, passwordHash, new Date().toISOString()]);
      return r.rowCount === 1 ? user : null;
    },
    async setupFirstAdmin(first) {
      return tx(async (c) => {
        // Setups sent at once to several instances wait for each other here; the first finds no account.
        await c.query('SELECT pg_advisory_xact_lock(421338)');
        if (Number((await c.query('SELECT COUNT(*) AS n FROM users')).rows[0].n) > 0) return null;
        const user: User = { id: randomUUID(), email: first.email.toLowerCase(), name: first.name };
        const team: Team = { id: randomUUID(), name: first.team };
        await c.query(INSERT_USER, [user.id, user.email, user.name, first.passwordHash, first.now]);
        await c.query(INSERT_TEAM, [team.id, team.name, first.now]);
        await c.query(INSERT_MEMBER, [team.id, user.id, 'admin']);
        await c.query(INSERT_SESSION, [first.tokenHash, user.id, first.now]);
        return { user, team };
      });
    },
    async findUserByEmail(email) {
      const row = (await q('SELECT * FROM users WHERE email = $1', [email.toLowerCase()])).rows[0];
      return row ? { id: row.id, email: row.email, name: row.name, passwordHash: row.password_hash } : null;
    },
    async createTeam(name) {
      const team: Team = { id: randomUUID(), name };
      await q(INSERT_TEAM, [team.id, name, new Date().toISOString()]);
      return team;
    },
    async addMember(teamId, userId, role) {
      return tx(async (c) => {
        // The admins' rows stay locked until the commit: of two admins demoted
        // at once, the second sees the first already demoted.
        const admins = (await c.query("SELECT user_id FROM members WHERE team_id = $1 AND role = 'admin' FOR UPDATE", [teamId])).rows.map((r) => r.user_id);
        if (role !== 'admin' && admins.length === 1 && admins[0] === userId) return false;
        await c.query(INSERT_MEMBER, [teamId, userId, role]);
        return true;
      });
    },
    async membership(teamId, userId) {
      const row = (await q('SELECT t.id, t.name, m.role FROM members m JOIN teams t ON t.id = m.team_id WHERE m.team_id = $1 AND m.user_id = $2', [teamId, userId])).rows[0];
      return row ? { team: { id: row.id, name: row.name }, role: row.role as Role } : null;
    },
    async teamsOf(userId) {
      return (await q('SELECT t.id, t.name, m.role FROM members m JOIN teams t ON t.id = m.team_id WHERE m.user_id = $1 ORDER BY t.name', [userId])).rows
        .map((r) => ({ id: r.id, name: r.name, role: r.role }));
    },
    async members(teamId) {
      return (await q('SELECT u.id, u.email, u.name, m.role FROM members m JOIN users u ON u.id = m.user_id WHERE m.team_id = $1 ORDER BY u.name', [teamId])).rows
        .map((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role }));
    },
    async createSession(tokenHash, userId, now) {
      await q(INSERT_SESSION, [tokenHash, userId, now]);
    },
    async useSession(tokenHash, now, idleLimit) {
      const row = (await q('SELECT s.last_used_at, u.id, u.email, u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1', [tokenHash])).rows[0];
      if (!row) return null;
      if (row.last_used_at < idleLimit) {
        await q('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
        return null;
      }
      if (sessionTouchDue(row.last_used_at, now)) await q('UPDATE sessions SET last_used_at = $1 WHERE token_hash = $2', [now, tokenHash]);
      return { id: row.id, email: row.email, name: row.name };
    },
    async deleteSession(tokenHash) {
      await q('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
    async replaceCalendarKey(teamId, userId, keyHash, now) {
      await q(`INSERT INTO calendar_keys (key_hash, team_id, user_id, created_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (team_id, user_id) DO UPDATE SET key_hash = excluded.key_hash, created_at = excluded.created_at`, [keyHash, teamId, userId, now]);
    },
    async calendarKeyOwner(keyHash) {
      const row = (await q('SELECT k.team_id, u.id, u.email, u.name FROM calendar_keys k JOIN users u ON u.id = k.user_id WHERE k.key_hash = $1', [keyHash])).rows[0];
      return row ? { teamId: row.team_id, user: { id: row.id, email: row.email, name: row.name } } : null;
    },
    async deleteCalendarKey(teamId, userId) {
      return ((await q('DELETE FROM calendar_keys WHERE team_id = $1 AND user_id = $2', [teamId, userId])).rowCount ?? 0) > 0;
    },
    async signInFailures(keys, since) {
      const row = (await q('SELECT MAX(failures) AS worst FROM sign_in_failures WHERE key_hash = ANY($1) AND first_at >= $2', [keys, since])).rows[0];
      return Number(row?.worst ?? 0);
    },
    async recordSignInFailure(keys, now, since) {
      await tx(async (c) => {
        await c.query('DELETE FROM sign_in_failures WHERE first_at < $1', [since]); // so what is left is live
        // In one order, so two instances recording the same keys cannot deadlock.
        for (const key of [...keys].sort()) {
          await c.query('INSERT INTO sign_in_failures (key_hash, failures, first_at) VALUES ($1, 1, $2) ON CONFLICT (key_hash) DO UPDATE SET failures = sign_in_failures.failures + 1',
            [key, now]);
        }
      });
    },
    async clearSignInFailures(keys) {
      await q('DELETE FROM sign_in_failures WHERE key_hash = ANY($1)', [keys]);
    },
    async createDraft(teamId, first) {
      const id = randomUUID();
      await tx(async (c) => {
        await c.query('INSERT INTO drafts (id, team_id, current_revision, title, title_given, deleted, updated_at, updated_by) VALUES ($1, $2, 1, $3, $4, 0, $5, $6)',
          [id, teamId, first.title, titleGivenFlag(first), first.at, first.by]);
        await c.query('INSERT INTO draft_revisions (draft_id, revision, draft, at, by_user) VALUES ($1, 1, $2, $3, $4)',
          [id, jsonbDraft(first.draft), first.at, first.by]);
      });
      return { id, teamId, revision: 1, draft: first.draft, title: first.title, updatedAt: first.at, updatedBy: first.by, deleted: false };
    },
    async getDraft(teamId, id) {
      const row = (await q(`${SELECT_DRAFT} WHERE d.team_id = $1 AND d.id = $2`, [teamId, id])).rows[0];
      return row ? draftOf(row) : null;
    },
    async listDrafts(teamId, which) {
      return (await q(`${SELECT_DRAFT} WHERE d.team_id = $1 AND d.deleted = $2 ORDER BY d.updated_at DESC`, [teamId, which?.deleted ? 1 : 0])).rows.map(draftOf);
    },
    async saveRevision(teamId, id, expected, next) {
      return tx(async (c) => {
        const revision = expected + 1;
        const updated = await c.query(
          `UPDATE drafts SET current_revision = $1, updated_at = $3, updated_by = $4, deleted = 0,
             title = CASE WHEN title_given = 1 AND $8 = 0 THEN title ELSE $2 END, title_given = GREATEST(title_given, $8)
           WHERE team_id = $5 AND id = $6 AND current_revision = $7`,
          [revision, next.title, next.at, next.by, teamId, id, expected, titleGivenFlag(next)],
        );
        if (updated.rowCount === 1) {
          await c.query('INSERT INTO draft_revisions (draft_id, revision, draft, at, by_user) VALUES ($1, $2, $3, $4, $5)',
            [id, revision, jsonbDraft(next.draft), next.at, next.by]);
          return { ok: true as const, revision };
        }
        const row = (await c.query(`${SELECT_DRAFT} WHERE d.team_id = $1 AND d.id = $2`, [teamId, id])).rows[0];
        return row ? { ok: false as const, current: draftOf(row) } : null;
      });
    },
    async setDeleted(teamId, id, deleted) {
      const r = await q('UPDATE drafts SET deleted = $1 WHERE team_id = $2 AND id = $3', [deleted ? 1 : 0, teamId, id]);
      return r.rowCount === 1;
    },
    async listRevisions(teamId, id) {
      const owner = (await q('SELECT id FROM drafts WHERE team_id = $1 AND id = $2', [teamId, id])).rows[0];
      if (!owner) return null;
      return (await q('SELECT revision, at, by_user FROM draft_revisions WHERE draft_id = $1 ORDER BY revision', [id])).rows
        .map((r) => ({ revision: Number(r.revision), at: r.at, by: r.by_user }));
    },
    async getRevision(teamId, id, revision) {
      const row = (await q('SELECT r.* FROM draft_revisions r JOIN drafts d ON d.id = r.draft_id WHERE d.team_id = $1 AND r.draft_id = $2 AND r.revision = $3', [teamId, id, revision])).rows[0];
      return row ? { revision: Number(row.revision), at: row.at, by: row.by_user, draft: row.draft } : null;
    },
    async listFieldMaps(teamId) {
      return (await q('SELECT * FROM field_maps WHERE team_id = $1 ORDER BY site', [teamId])).rows.map(fieldMapOf);
    },
    async getFieldMap(teamId, site) {
      const row = (await q('SELECT * FROM field_maps WHERE team_id = $1 AND site = $2', [teamId, site])).rows[0];
      return row ? fieldMapOf(row) : null;
    },
    async putFieldMap(teamId, site, map, expected, userId) {
      return tx(async (c) => {
        const at = new Date().toISOString();
        const r = expected === 0
          ? await c.query('INSERT INTO field_maps (team_id, site, revision, map, updated_at, updated_by) VALUES ($1, $2, 1, $3, $4, $5) ON CONFLICT DO NOTHING',
              [teamId, site, JSON.stringify(map), at, userId])
          : await c.query('UPDATE field_maps SET revision = $1, map = $2, updated_at = $3, updated_by = $4 WHERE team_id = $5 AND site = $6 AND revision = $7',
              [expected + 1, JSON.stringify(map), at, userId, teamId, site, expected]);
        if (r.rowCount === 1) return { ok: true as const, record: { site, revision: expected + 1, map, updatedAt: at, updatedBy: userId } };
        const row = (await c.query('SELECT * FROM field_maps WHERE team_id = $1 AND site = $2', [teamId, site])).rows[0];
        return { ok: false as const, current: row ? fieldMapOf(row) : null };
      });
    },
    async getTraineeState(session, key) {
      return (await q('SELECT value FROM trainee_state WHERE session = $1 AND key = $2', [session, key])).rows[0]?.value ?? null;
    },
    async putTraineeState(session, key, value) {
      await q('INSERT INTO trainee_state (session, key, value) VALUES ($1, $2, $3) ON CONFLICT (session, key) DO UPDATE SET value = excluded.value',
        [session, key, withoutNul(JSON.stringify(value))]);
    },
    async listTraineeState(session, prefix) {
      return (await q('SELECT key, value FROM trainee_state WHERE session = $1 AND left(key, length($2)) = $2 ORDER BY key', [session, prefix])).rows
        .map((r) => ({ key: r.key, value: r.value }));
    },
    async resetTrainee(session) {
      await q('DELETE FROM trainee_state WHERE session = $1', [session]);
    },
    async listScenarios() {
      return (await q('SELECT data FROM scenarios ORDER BY id')).rows.map((r) => r.data as Scenario);
    },
    async getScenario(id) {
      return ((await q('SELECT data FROM scenarios WHERE id = $1', [id])).rows[0]?.data as Scenario) ?? null;
    },
    async saveScenario(scenario) {
      await q('INSERT INTO scenarios (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = excluded.data', [scenario.id, JSON.stringify(scenario)]);
    },
    async deleteScenario(id) {
      await q('DELETE FROM scenarios WHERE id = $1', [id]);
    },
  };
}

/** Migrations under an advisory lock: several instances may start at once. */
async function migrate(tx: <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>): Promise<void> {
  await tx(async (c) => {
    await c.query('SELECT pg_advisory_xact_lock(421337)');
    await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set((await c.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
    const steps = migrations('postgres');
    for (let i = 0; i < steps.length; i++) {
      if (done.has(i + 1)) continue;
      await c.query(steps[i]);
      await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [i + 1, new Date().toISOString()]);
    }
  });
}
