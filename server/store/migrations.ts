/**
 * Versioned schema migrations, shared by both stores (the SQL below is the
 * common subset of SQLite and PostgreSQL). A migration is never edited once
 * released: add a new version instead. Timestamps are ISO strings, JSON is
 * stored as text so a draft comes back byte for byte as it was saved.
 */
export const MIGRATIONS: { version: number; sql: string[] }[] = [
  {
    version: 1,
    sql: [
      `CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
         password_hash TEXT NOT NULL, created_at TEXT NOT NULL)`,
      `CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL)`,
      `CREATE TABLE memberships (team_id TEXT NOT NULL REFERENCES teams(id), user_id TEXT NOT NULL REFERENCES users(id),
         role TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (team_id, user_id))`,
      `CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),
         created_at TEXT NOT NULL, last_used_at TEXT NOT NULL)`,
      `CREATE TABLE login_failures (key TEXT NOT NULL, at TEXT NOT NULL)`,
      `CREATE INDEX login_failures_key ON login_failures (key, at)`,
      `CREATE TABLE drafts (team_id TEXT NOT NULL REFERENCES teams(id), id TEXT NOT NULL, revision INTEGER NOT NULL,
         title TEXT NOT NULL, draft TEXT NOT NULL, deleted INTEGER NOT NULL, updated_at TEXT NOT NULL,
         updated_by TEXT NOT NULL, PRIMARY KEY (team_id, id))`,
      `CREATE TABLE draft_revisions (team_id TEXT NOT NULL, draft_id TEXT NOT NULL, revision INTEGER NOT NULL,
         title TEXT NOT NULL, draft TEXT NOT NULL, deleted INTEGER NOT NULL, at TEXT NOT NULL, by_user TEXT NOT NULL,
         PRIMARY KEY (team_id, draft_id, revision))`,
      `CREATE TABLE field_maps (team_id TEXT NOT NULL REFERENCES teams(id), site TEXT NOT NULL, revision INTEGER NOT NULL,
         map TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, PRIMARY KEY (team_id, site))`,
      `CREATE TABLE field_map_revisions (team_id TEXT NOT NULL, site TEXT NOT NULL, revision INTEGER NOT NULL,
         map TEXT NOT NULL, at TEXT NOT NULL, by_user TEXT NOT NULL, PRIMARY KEY (team_id, site, revision))`,
      `CREATE TABLE trainee_state (session TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (session, key))`,
      `CREATE TABLE scenarios (id TEXT PRIMARY KEY, data TEXT NOT NULL)`,
    ],
  },
];
