import { Hono } from 'hono';
import type { ReplicaStore } from '../store/shared-contracts.ts';

// Placeholder until the replica (issue 5) lands: the server mounts this at /replica.
export function createReplicaApp(_deps: { store: ReplicaStore }): Hono {
  return new Hono();
}
