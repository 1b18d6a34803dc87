/**
 * Store contracts shared between the server's parts that are built
 * separately: the training replica (issue 5) and the extension's team field
 * maps (issue 6). The server's Store (store/types.ts) extends both, and both
 * implementations (SQLite, PostgreSQL) implement them; the store contract test
 * suite covers them.
 */

/** A training scenario: a stored draft with a short Italian text of what it teaches. */
export type Scenario = {
  id: string;              // url-safe, e.g. "intermittente-68-giorni" or a generated id
  title: string;           // Italian
  teaches: string;         // Italian: what the trainee learns
  portal: 'aminder' | 'geco' | 'finanziamenti';
  draft: Record<string, unknown>;   // a cigd-draft/1 document
  builtIn: boolean;        // taken from the seeds' worked examples (not deletable)
  teamId: string | null;   // the team of the trainer who made it; null for built-ins
  createdBy: string | null;
  createdAt: string;       // ISO timestamp
};

export interface ReplicaStore {
  /** What a trainee typed on one replica page (key e.g. "aminder/domanda/3"), per browser session. */
  getTraineeState(session: string, key: string): Promise<unknown | null>;
  putTraineeState(session: string, key: string, value: unknown): Promise<void>;
  /** Every key of a session with a prefix, e.g. all the domande "aminder/domanda/". */
  listTraineeState(session: string, prefix: string): Promise<{ key: string; value: unknown }[]>;
  /** Forget everything the session typed. */
  resetTrainee(session: string): Promise<void>;

  /** Built-ins plus the scenarios of every team (scenarios are for training, they carry no real data). */
  listScenarios(): Promise<Scenario[]>;
  getScenario(id: string): Promise<Scenario | null>;
  /** Inserts or replaces by id. */
  saveScenario(scenario: Scenario): Promise<void>;
  deleteScenario(id: string): Promise<void>;
}

/** The extension's field map for one site, shared by the team ("teach" mode). */
export type FieldMapRecord = {
  site: string;                     // e.g. "aminder", "geco", "finanziamenti"
  revision: number;                 // 1, 2, … per team and site
  map: Record<string, unknown>;     // the extension's own JSON (selectors → draft paths)
  updatedAt: string;
  updatedBy: string;                // user id
};

export interface FieldMapStore {
  listFieldMaps(teamId: string): Promise<FieldMapRecord[]>;
  getFieldMap(teamId: string, site: string): Promise<FieldMapRecord | null>;
  /**
   * Saves a new revision when `expectedRevision` is the current one (0 when
   * none exists yet); otherwise returns the current record as a conflict.
   */
  putFieldMap(
    teamId: string, site: string, map: Record<string, unknown>, expectedRevision: number, userId: string,
  ): Promise<{ ok: true; record: FieldMapRecord } | { ok: false; current: FieldMapRecord | null }>;
}
