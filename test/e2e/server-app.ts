/** The app the end-to-end tests serve: the real team server (with its replica) on a fresh SQLite directory. */
import { createApp } from '../../server/app.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';

export async function createServerApp(dataDir: string) {
  const store = openSqliteStore(dataDir);
  // Low scrypt cost: sign-ins in the tests stay fast.
  const app = createApp({ store, config: { scryptCost: 1024 } });
  return { app, close: () => store.close() };
}
