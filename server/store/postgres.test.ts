/**
 * The same contract on PostgreSQL, each test in a fresh schema. Runs when
 * TEST_DATABASE_URL is set (npm test starts a throwaway cluster when
 * PostgreSQL is installed); otherwise skipped, visibly.
 */
import { randomBytes } from 'node:crypto';
import { storeContract } from './store.contract.ts';
import { openPostgresStore } from './postgres.ts';

const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('[store] PostgreSQL contract suite skipped: TEST_DATABASE_URL is not set');

storeContract('PostgreSQL', async () => openPostgresStore(url!, { schema: `t_${randomBytes(6).toString('hex')}` }), !!url);

import { describe, expect, it } from 'vitest';
import pg from 'pg';

describe.skipIf(!url)('PostgreSQL store: connections the database ends', () => {
  it('keeps serving after the database ends its idle connections (a restart, a failover)', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const app = `cigd-test-${schema}`;
    const withName = new URL(url!);
    withName.searchParams.set('application_name', app);
    const store = await openPostgresStore(withName.toString(), { schema });
    try {
      await store.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' });
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const ended = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [app]);
      expect(ended.rowCount).toBeGreaterThan(0);
      await admin.end();
      await new Promise((r) => setTimeout(r, 300)); // the pool hears of it: without a listener Node would stop here
      expect(await store.countUsers()).toBe(1);
    } finally {
      await store.close();
    }
  });
});
