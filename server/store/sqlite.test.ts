import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { storeContract } from './store.contract.ts';
import { openSqliteStore } from './sqlite.ts';

storeContract('SQLite', async () => openSqliteStore(mkdtempSync(join(tmpdir(), 'cigd-store-'))));

it('SQLite runs in WAL mode with full sync, and migrations are applied once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cigd-store-'));
  const s = openSqliteStore(dir);
  await s.close();
  const again = openSqliteStore(dir); // re-opening does not re-run migrations
  await again.close();
  const db = new Database(join(dir, 'cigd.sqlite'));
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect((db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(1);
  db.close();
});
