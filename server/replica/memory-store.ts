/**
 * In-memory ReplicaStore, for the replica's own tests only (the server uses
 * its SQLite / PostgreSQL store). Values are deep-copied in and out, as a
 * database round trip would.
 */
import type { ReplicaStore, Scenario } from '../store/shared-contracts.ts';

const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export type Draftish = { id: string; revision: number; draft: Record<string, unknown>; title?: string };

export class MemoryReplicaStore implements ReplicaStore {
  private trainee = new Map<string, Map<string, unknown>>();
  private scenarios = new Map<string, Scenario>();
  /** Team drafts, for the scenarios API tests: teamId -> draft id -> draft. */
  readonly drafts = new Map<string, Map<string, Draftish>>();

  async getTraineeState(session: string, key: string): Promise<unknown | null> {
    const v = this.trainee.get(session)?.get(key);
    return v === undefined ? null : copy(v);
  }
  async putTraineeState(session: string, key: string, value: unknown): Promise<void> {
    let s = this.trainee.get(session);
    if (!s) this.trainee.set(session, (s = new Map()));
    s.set(key, copy(value));
  }
  async listTraineeState(session: string, prefix: string): Promise<{ key: string; value: unknown }[]> {
    const s = this.trainee.get(session);
    if (!s) return [];
    return [...s.entries()].filter(([k]) => k.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => ({ key, value: copy(value) }));
  }
  async resetTrainee(session: string): Promise<void> {
    this.trainee.delete(session);
  }
  async listScenarios(): Promise<Scenario[]> {
    return [...this.scenarios.values()].map(copy);
  }
  async getScenario(id: string): Promise<Scenario | null> {
    const s = this.scenarios.get(id);
    return s ? copy(s) : null;
  }
  async saveScenario(scenario: Scenario): Promise<void> {
    this.scenarios.set(scenario.id, copy(scenario));
  }
  async deleteScenario(id: string): Promise<void> {
    this.scenarios.delete(id);
  }
  async getDraft(teamId: string, id: string): Promise<Draftish | null> {
    const d = this.drafts.get(teamId)?.get(id);
    return d ? copy(d) : null;
  }
}
