/** The store the environment asks for: PostgreSQL when DATABASE_URL is set, SQLite in the data directory otherwise. */
import type { Store } from './types.ts';
import { openSqliteStore } from './sqlite.ts';

export async function openStore(env: { DATABASE_URL?: string; CIGD_DATA_DIR?: string }): Promise<Store> {
  if (env.DATABASE_URL) {
    const { openPostgresStore } = await import('./postgres.ts');
    return openPostgresStore(env.DATABASE_URL);
  }
  return openSqliteStore(env.CIGD_DATA_DIR || './data');
}
