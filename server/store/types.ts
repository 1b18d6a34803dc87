/**
 * The store behind the server: one small interface, two implementations
 * (SQLite embedded by default, PostgreSQL for firms with several instances),
 * one contract test suite (store.contract.ts) run against both.
 */
import type { FieldMapStore, ReplicaStore } from './shared-contracts.ts';

/**
 * A session's last use is written at most once a minute: the 30-day idle
 * limit does not need more, and a write per request would cost a disk sync.
 */
export const SESSION_TOUCH_MS = 60_000;
export const sessionTouchDue = (lastUsedAt: string, now: string): boolean =>
  Date.parse(now) - Date.parse(lastUsedAt) >= SESSION_TOUCH_MS;

/**
 * U+0000 as JSON text writes it (`\u0000`, not preceded by an escaping
 * backslash). PostgreSQL cannot store it in text or JSON, so the server
 * refuses it at the edge and the replica's training data leaves it out, and
 * both stores answer alike.
 */
const JSON_NUL = /(?<!\\)(?:\\\\)*\\u0000/;
/** Whether JSON text holds U+0000; the plain search first, as nearly no text holds even its letters. */
export const hasJsonNul = (json: string): boolean => json.includes('\\u0000') && JSON_NUL.test(json);
export const withoutNul = (json: string) => json.replace(/((?<!\\)(?:\\\\)*)\\u0000/g, '$1');

export type Role = 'admin' | 'operator' | 'trainer';
export const ROLES: Role[] = ['admin', 'operator', 'trainer'];

export type User = { id: string; email: string; name: string };
export type Team = { id: string; name: string };

export type DraftRecord = {
  id: string;
  teamId: string;
  revision: number;
  draft: Record<string, unknown>;
  title: string;
  updatedAt: string;
  updatedBy: string;   // user id
  deleted: boolean;
};

export type RevisionInfo = { revision: number; at: string; by: string };

export type NewRevision = {
  draft: Record<string, unknown>;
  /** The draft's JSON as the client sent it, when `draft` is exactly what it parses to: a store may keep it as it is instead of serializing `draft` again. */
  draftJson?: string;
  title: string;
  /**
   * Whether the client gave `title` (else it is the draft's own, made from it). A title given once
   * is kept by the saves that give none (the extension gives none): a later one replaces it.
   */
  titleGiven?: boolean;
  by: string;
  at: string;
};

/** NewRevision.titleGiven as the stores keep it (0 or 1). */
export const titleGivenFlag = (next: NewRevision): 0 | 1 => (next.titleGiven ? 1 : 0);

export type SaveResult =
  | { ok: true; revision: number }
  | { ok: false; current: DraftRecord };

export interface Store extends ReplicaStore, FieldMapStore {
  close(): Promise<void>;

  countUsers(): Promise<number>;
  /**
   * First-run setup as one step: the first account, its team (the account its
   * admin) and a session. null when the server already has an account, so of
   * setups sent at once (from any instance) exactly one succeeds.
   */
  setupFirstAdmin(first: { team: string; email: string; name: string; passwordHash: string; tokenHash: string; now: string }): Promise<{ user: User; team: Team } | null>;
  /** null when the email is taken. */
  createUser(user: { email: string; name: string; passwordHash: string }): Promise<User | null>;
  findUserByEmail(email: string): Promise<(User & { passwordHash: string }) | null>;
  createTeam(name: string): Promise<Team>;
  /**
   * Adds a member, or gives a member the role asked; false (nothing changed)
   * when that would take the role from the team's last admin.
   */
  addMember(teamId: string, userId: string, role: Role): Promise<boolean>;
  /** The team and the user's role in it; null when the user is not a member (or there is no such team). */
  membership(teamId: string, userId: string): Promise<{ team: Team; role: Role } | null>;
  teamsOf(userId: string): Promise<(Team & { role: Role })[]>;
  members(teamId: string): Promise<(User & { role: Role })[]>;

  /** Sessions are kept by the hash of their token only. */
  createSession(tokenHash: string, userId: string, now: string): Promise<void>;
  /** The session's user, touching its last use; null (and deleted) when unused since `idleLimit`. */
  useSession(tokenHash: string, now: string, idleLimit: string): Promise<User | null>;
  deleteSession(tokenHash: string): Promise<void>;

  /**
   * A member's calendar key for a team (the .ics feed only), kept by its hash;
   * a new key replaces the member's previous one, whose links stop working.
   */
  replaceCalendarKey(teamId: string, userId: string, keyHash: string, now: string): Promise<void>;
  /** The team and the member a calendar key was made for; null for an unknown or revoked key. */
  calendarKeyOwner(keyHash: string): Promise<{ teamId: string; user: User } | null>;
  /** false when the member had no key. */
  deleteCalendarKey(teamId: string, userId: string): Promise<boolean>;

  /**
   * Failed sign-ins, counted per key (the hash of an email or an address)
   * from the key's first failure; a count whose first failure is before
   * `since` (ms since the epoch) has expired. The largest live count of `keys`.
   */
  signInFailures(keys: string[], since: number): Promise<number>;
  /** One more failure for each key, an expired count starting again at 1; expired counts are dropped. */
  recordSignInFailure(keys: string[], now: number, since: number): Promise<void>;
  clearSignInFailures(keys: string[]): Promise<void>;

  createDraft(teamId: string, first: NewRevision): Promise<DraftRecord>;
  getDraft(teamId: string, id: string): Promise<DraftRecord | null>;
  /** The team's drafts, the last saved first; `deleted`: those deleted instead (to be restored). */
  listDrafts(teamId: string, which?: { deleted: boolean }): Promise<DraftRecord[]>;
  /**
   * A new revision only if `expectedRevision` is still the current one; null
   * when no such draft. A save on a deleted draft brings it back: the work
   * just saved must not vanish from the team's list (the deletion was only a mark).
   */
  saveRevision(teamId: string, id: string, expectedRevision: number, next: NewRevision): Promise<SaveResult | null>;
  /**
   * Hides or brings back a draft: false when no such draft. Not a save: no
   * revision, and `updatedAt`/`updatedBy` stay those of the current revision
   * (api.md's GET and a 409's `current` say who saved it, when).
   */
  setDeleted(teamId: string, id: string, deleted: boolean): Promise<boolean>;
  listRevisions(teamId: string, id: string): Promise<RevisionInfo[] | null>;
  getRevision(teamId: string, id: string, revision: number): Promise<(RevisionInfo & { draft: Record<string, unknown> }) | null>;
}
