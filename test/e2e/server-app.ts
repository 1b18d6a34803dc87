/**
 * The app the end-to-end tests serve. The replica alone, on an in-memory
 * store, until the team server's createApp lands: then this returns it.
 */
import { Hono } from 'hono';
import { createReplicaApp } from '../../server/replica/index.ts';
import { MemoryReplicaStore } from '../../server/replica/memory-store.ts';

export async function createServerApp(_dataDir: string): Promise<{ app: Hono; close(): Promise<void> }> {
  const app = new Hono();
  app.route('/replica', createReplicaApp({ store: new MemoryReplicaStore() }));
  app.get('/healthz', (c) => c.json({ ok: true }));
  return { app, close: async () => {} };
}
