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
