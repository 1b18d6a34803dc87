/**
 * Versioned migrations, one list per dialect, applied in order at start and
 * recorded in schema_migrations. Never edit a shipped step: add a new one.
 */
export type Dialect = 'sqlite' | 'postgres';

export function migrations(dialect: Dialect): string[] {
  const json = dialect === 'postgres' ? 'JSONB' : 'TEXT';
  return [
    // 1: accounts, teams, sessions, drafts with every revision, field maps, replica.
    `
    CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
      password_hash TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE TABLE members (team_id TEXT NOT NULL REFERENCES teams(id), user_id TEXT NOT NULL REFERENCES users(id),
      role TEXT NOT NULL, PRIMARY KEY (team_id, user_id));
    CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),
      created_at TEXT NOT NULL, last_used_at TEXT NOT NULL);
    CREATE TABLE drafts (id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id),
      current_revision INTEGER NOT NULL, title TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL, updated_by TEXT NOT NULL);
    CREATE INDEX drafts_team ON drafts(team_id);
    CREATE TABLE draft_revisions (draft_id TEXT NOT NULL REFERENCES drafts(id), revision INTEGER NOT NULL,
      draft ${json} NOT NULL, at TEXT NOT NULL, by_user TEXT NOT NULL, PRIMARY KEY (draft_id, revision));
    CREATE TABLE field_maps (team_id TEXT NOT NULL REFERENCES teams(id), site TEXT NOT NULL, revision INTEGER NOT NULL,
      map ${json} NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, PRIMARY KEY (team_id, site));
    CREATE TABLE trainee_state (session TEXT NOT NULL, key TEXT NOT NULL, value ${json} NOT NULL,
      PRIMARY KEY (session, key));
    CREATE TABLE scenarios (id TEXT PRIMARY KEY, data ${json} NOT NULL);
    `,
    // 2: failed sign-ins in the database, so the limit holds across every
    // instance on it; keys are hashes (an email or an address), times in ms.
    `
    CREATE TABLE sign_in_failures (key_hash TEXT PRIMARY KEY, failures INTEGER NOT NULL, first_at BIGINT NOT NULL);
    CREATE INDEX sign_in_failures_first ON sign_in_failures(first_at);
    `,
    // 3: calendar keys: one per member and team, read-only (the .ics feed
    // alone), stored as a hash; a new one replaces the old.
    `
    CREATE TABLE calendar_keys (key_hash TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id),
      user_id TEXT NOT NULL REFERENCES users(id), created_at TEXT NOT NULL, UNIQUE (team_id, user_id));
    `,
    // 4: on SQLite, a revision may be kept as what changed from an earlier
    // one kept whole (revision-delta.ts): `draft` is then the changed middle,
    // `base_revision` that whole revision, `kept_head`/`kept_tail` the UTF-16
    // code units kept from its start and end. PostgreSQL keeps every revision
    // whole (it compresses large values itself) and has nothing to add.
    dialect === 'sqlite'
      ? `
    ALTER TABLE draft_revisions ADD COLUMN base_revision INTEGER;
    ALTER TABLE draft_revisions ADD COLUMN kept_head INTEGER;
    ALTER TABLE draft_revisions ADD COLUMN kept_tail INTEGER;
    `
      : '',
    // 5: whether a draft's title was given by a client (then kept by saves
    // that give none) or made from the draft (then made again at each save).
    `
    ALTER TABLE drafts ADD COLUMN title_given INTEGER NOT NULL DEFAULT 0;
    `,
  ];
}
