/**
 * Team sync: drafts and field maps go to the team server configured in the
 * options page, and only there (personal data goes nowhere else). Revisions
 * follow api.md: a save carries If-Match; a 409 brings the server's copy and
 * becomes a conflict the operator resolves — keep one, or merge — with
 * nothing lost (the version set aside stays in the server's history or as a
 * local copy).
 */
import { parseDraft, type Draft } from '../../rules/index.ts';
import type { FieldMap } from '../pages/field-map.ts';
import { SITES } from '../pages/detect.ts';
import { same, type DraftStore, type StoredDraft } from './drafts.ts';

export type ServerConfig = { origin: string; token: string; teamId: string; teamName: string; userName: string };

export type Conflict = {
  key: string;
  title: string;
  local: Draft;
  remote: { revision: number; draft: Draft; updatedBy: string; updatedAt: string };
};

/** A draft whose sending failed this round (the others went on): shown with the sync state. */
export type SyncFailure = { key: string; title: string; message: string };

export type SyncState =
  | { kind: 'offline'; message: string }
  | { kind: 'signed-out' }
  | { kind: 'synced'; at: string; failures?: SyncFailure[] }
  | { kind: 'conflicts'; conflicts: Conflict[]; failures?: SyncFailure[] }
  | { kind: 'error'; message: string };

type Fetch = typeof fetch;

export class SyncError extends Error {
  /**
   * `offline`: no answer, a 5xx, a 429 or an answer that is not the server's JSON: the server (or a
   * proxy before it) is not available, so the round stops rather than blaming one draft.
   */
  constructor(readonly status: number, message: string, readonly offline = status === 0 || status === 429 || status >= 500) {
    super(message);
  }
}

/**
 * How long a request to the team server may take, answer included. A server that takes the
 * connection and never answers would otherwise hold the team's sync for good: its rounds run one
 * at a time (background.ts), each after the one before.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Calls the team server; errors become Italian messages from the server's own `error.message`. */
export async function api<T>(cfg: Pick<ServerConfig, 'origin' | 'token'>, path: string, init: RequestInit = {}, f: Fetch = fetch): Promise<{ status: number; body: T; etag: string | null }> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), REQUEST_TIMEOUT_MS);
  let res: Response;
  let text: string;
  try {
    res = await f(`${cfg.origin}${path}`, {
      ...init,
      signal: timeout.signal,
      headers: { 'content-type': 'application/json', ...(cfg.token ? { authorization: `Bearer ${cfg.token}` } : {}), ...(init.headers ?? {}) },
    });
    text = await res.text();
  } catch {
    throw new SyncError(0, `Server del team non raggiungibile (${cfg.origin}).`);
  } finally {
    clearTimeout(timer);
  }
  let body: any = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML page, say: the address is not the team server.
    throw new SyncError(res.status, `La risposta di ${cfg.origin} non viene dal server del team (stato ${res.status}).`, true);
  }
  if (!res.ok && res.status !== 409) {
    throw new SyncError(res.status, body?.error?.message ?? `Errore del server (${res.status}).`);
  }
  return { status: res.status, body, etag: res.headers.get('etag') };
}

/**
 * The account is in several teams and none was chosen: the operator picks one
 * (`teams`) and signs in again with it. The account may have been added to a
 * team it never asked for (api.md: an existing email just joins), so the
 * drafts are never sent to a team picked on the operator's behalf.
 */
export class TeamChoiceNeeded extends SyncError {
  constructor(readonly teams: { id: string; name: string }[]) {
    super(409, 'Il tuo account appartiene a più team: scegli quello con cui sincronizzare le bozze, poi accedi di nuovo.');
  }
}

/** Signs in to the team `teamId`, or to the account's only team when none is given. */
export async function signIn(origin: string, email: string, password: string, f: Fetch = fetch, teamId?: string): Promise<ServerConfig> {
  const { body } = await api<{ token: string; user: { name: string }; teams: { id: string; name: string }[] }>(
    { origin, token: '' }, '/api/sessions', { method: 'POST', body: JSON.stringify({ email, password }) }, f,
  );
  const team = teamId !== undefined ? body.teams.find((t) => t.id === teamId) : body.teams.length === 1 ? body.teams[0] : undefined;
  if (!team) {
    // No team to sync with yet: the session just opened is closed, not left behind unused.
    await api({ origin, token: body.token }, '/api/sessions/current', { method: 'DELETE' }, f).catch(() => {});
    if (body.teams.length === 0) throw new SyncError(403, 'Questo account non appartiene ad alcun team.');
    if (teamId !== undefined) throw new SyncError(403, 'Questo account non appartiene al team scelto: scegline un altro.');
    throw new TeamChoiceNeeded(body.teams.map((t) => ({ id: t.id, name: t.name })));
  }
  return { origin, token: body.token, teamId: team.id, teamName: team.name, userName: body.user.name };
}

const quote = (rev: number) => `"${rev}"`;

/** The team a local draft belongs to: its server copy's, else the one it was made for (none: made signed out). */
export const draftTeam = (record: StoredDraft): string | undefined => record.remote?.teamId ?? record.teamId;

/**
 * Sends one local draft: creates it on the server, or saves a new revision; a 409 is returned as a conflict.
 * A draft of another team (an earlier account's, on this browser) is never sent to this one: it stays local.
 */
export async function pushDraft(cfg: ServerConfig, store: DraftStore, record: StoredDraft, f: Fetch = fetch): Promise<Conflict | null> {
  const base = `/api/teams/${encodeURIComponent(cfg.teamId)}/drafts`;
  const team = draftTeam(record);
  if (team !== undefined && team !== cfg.teamId) return null;
  // A draft still being typed (no period yet, a half-filled row) stays local until it is a valid draft.
  if (!parseDraft(record.draft).ok) return null;
  if (!record.remote) {
    const { body } = await api<{ id: string; revision: number }>(cfg, base, { method: 'POST', body: JSON.stringify({ draft: record.draft }) }, f);
    await markSent(store, record, { teamId: cfg.teamId, id: body.id, revision: body.revision });
    return null;
  }
  const { status, body } = await api<any>(cfg, `${base}/${encodeURIComponent(record.remote.id)}`, {
    method: 'PUT', body: JSON.stringify({ draft: record.draft }), headers: { 'if-match': quote(record.remote.revision) },
  }, f);
  if (status === 409) return { key: record.key, title: record.title, local: record.draft, remote: body.current };
  await markSent(store, record, { ...record.remote, revision: body.revision });
  return null;
}

/**
 * Records the server's revision of a sent draft. The operator may have typed
 * while the request was out: that newer version is kept, and stays dirty so
 * the next sync sends it on top of the revision just made.
 */
async function markSent(store: DraftStore, sent: StoredDraft, remote: NonNullable<StoredDraft['remote']>): Promise<void> {
  await store.update(sent.key, (now) => {
    const typedSince = now !== undefined && now.updatedAt !== sent.updatedAt;
    return typedSince ? { ...now, remote } : { ...sent, dirty: false, remote };
  });
}

/**
 * Leaving the team `before` for `teamId` (null: signed out), the one way both happen: unsent drafts
 * stay the earlier team's, and its conflicts go (resolving one would now talk to another team, or to none).
 * Signing in again to the same team (an expired session) keeps both. True when a team was left.
 */
export async function switchTeam(store: DraftStore, conflicts: Map<string, Conflict>, before: string | undefined, teamId: string | null): Promise<boolean> {
  if (!before || before === teamId) return false;
  await claimUnsynced(store, before);
  conflicts.clear();
  return true;
}

/**
 * At sign-out: every draft not yet on a server is marked as the signed-out
 * team's, so the next account signing in on this browser does not send it
 * to its own team. Drafts made while nobody is signed in go to the next team.
 */
export async function claimUnsynced(store: DraftStore, teamId: string): Promise<void> {
  for (const r of await store.list()) {
    if (!r.remote && !r.teamId) await store.update(r.key, (now) => (now && !now.remote && !now.teamId ? { ...now, teamId } : undefined));
  }
}

/** Brings the server's newer revisions of the drafts this browser holds (unchanged locally) and the team's other drafts. */
export async function pullDrafts(cfg: ServerConfig, store: DraftStore, f: Fetch = fetch): Promise<void> {
  const base = `/api/teams/${encodeURIComponent(cfg.teamId)}/drafts`;
  const { body: list } = await api<{ id: string; revision: number; title: string }[]>(cfg, base, {}, f);
  const local = await store.list();
  const byRemote = new Map(local.filter((d) => d.remote?.teamId === cfg.teamId).map((d) => [d.remote!.id, d]));
  for (const item of list) {
    const mine = byRemote.get(item.id);
    if (mine && (mine.dirty || mine.remote!.revision >= item.revision)) continue;
    const { body } = await api<{ id: string; revision: number; draft: Draft }>(cfg, `${base}/${encodeURIComponent(item.id)}`, {}, f);
    const remote = { teamId: cfg.teamId, id: item.id, revision: body.revision };
    const isIt = (r: StoredDraft) => r.remote?.teamId === cfg.teamId && r.remote.id === item.id;
    // Written only over the same server draft, unchanged since listed (the operator may type during the pull), or a free key.
    let taken = false;
    const write = (key: string) => store.update(key, (now) => {
      taken = !!now && !isIt(now);
      if (now && (taken || now.dirty || now.remote!.revision >= body.revision || (mine && now.updatedAt !== mine.updatedAt))) return undefined;
      return { ...now, key, title: item.title, draft: body.draft, updatedAt: new Date().toISOString(), dirty: false, remote };
    });
    // A colleague's draft opens on the same portal page it was made on (its `sourcePage`), unless this
    // browser has another draft there: then it waits under its own team key. Skipped ones wait for the next round.
    const sourcePage = (body.draft as { sourcePage?: unknown }).sourcePage;
    const key = mine?.key ?? (typeof sourcePage === 'string' ? sourcePage : `team:${cfg.teamId}:${item.id}`);
    await write(key);
    if (taken && !mine) await write(`team:${cfg.teamId}:${item.id}`);
  }
}

/** `merged`: the sections (top-level fields) taken from my version, every other from the server's. */
export type Resolution = { keep: 'local' } | { keep: 'remote' } | { keep: 'merged'; sections: string[] };

/**
 * Resolves a conflict. Keeping the local or a merged version saves it as the
 * revision after the server's (whose version stays in the history); keeping
 * the server's keeps the local one as a separate local copy.
 */
export async function resolveConflict(cfg: ServerConfig, store: DraftStore, conflict: Conflict, resolution: Resolution, f: Fetch = fetch): Promise<Conflict | null> {
  const record = await store.get(conflict.key);
  if (!record?.remote) return null;
  if (resolution.keep === 'remote') {
    await store.put({ ...record, key: `${record.key}:copia-${Date.now()}`, remote: undefined, dirty: false, title: `${record.title} (copia locale)` });
    await store.put({ ...record, draft: conflict.remote.draft, dirty: false, remote: { ...record.remote, revision: conflict.remote.revision } });
    return null;
  }
  // "Mine" is the latest local version, in a merge too: the operator may have kept typing since the conflict appeared.
  const draft = resolution.keep === 'local' ? record.draft : mergeDrafts(record.draft, conflict.remote.draft, new Set(resolution.sections));
  return pushDraft(cfg, store, { ...record, draft, remote: { ...record.remote, revision: conflict.remote.revision } }, f);
}

/**
 * A merge the operator composes section by section (employer, period,
 * workers, …): for each top-level field, the local or the server's value.
 */
export function mergeDrafts(local: Draft, remote: Draft, takeLocal: Set<string>): Draft {
  const keys = new Set([...Object.keys(local), ...Object.keys(remote)]);
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = takeLocal.has(k) ? (local as any)[k] : (remote as any)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as Draft;
}

/** Top-level fields where the two versions differ: what the merge screen shows side by side. */
export function differingSections(a: Draft, b: Draft): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !same((a as any)[k], (b as any)[k])).sort();
}

/** Field maps: the team's shared map for a site (teach mode). */
export async function pullFieldMap(cfg: ServerConfig, site: string, f: Fetch = fetch): Promise<{ map: FieldMap; revision: number } | null> {
  try {
    const { body } = await api<{ map: FieldMap; revision: number }>(cfg, `/api/teams/${encodeURIComponent(cfg.teamId)}/field-maps/${site}`, {}, f);
    return { map: body.map, revision: body.revision };
  } catch (e) {
    if (e instanceof SyncError && e.status === 404) return null;
    throw e;
  }
}

export async function pushFieldMap(cfg: ServerConfig, site: string, map: FieldMap, revision: number, f: Fetch = fetch): Promise<{ ok: true; revision: number } | { ok: false; current: { map: FieldMap; revision: number } }> {
  const { status, body } = await api<any>(cfg, `/api/teams/${encodeURIComponent(cfg.teamId)}/field-maps/${site}`, {
    method: 'PUT', body: JSON.stringify({ map }), headers: { 'if-match': quote(revision) },
  }, f);
  if (status === 409) return { ok: false, current: body.current };
  return { ok: true, revision: body.revision };
}

/**
 * One round of team sync: every draft changed here goes to the server (those
 * in conflict wait for the operator), then, when `pull` is set, the team's
 * newer drafts and field maps come back. After a pause in typing only the
 * push is due: the background pulls on start, on sign-in, on "Sincronizza
 * ora" and at most once a minute with the pushes (background.ts).
 * `conflicts` is the background's list, updated here.
 */
export async function syncTeam(
  cfg: ServerConfig, store: DraftStore, conflicts: Map<string, Conflict>, options: { pull: boolean }, f: Fetch = fetch,
): Promise<SyncState> {
  const failures: SyncFailure[] = [];
  try {
    for (const record of await store.list()) {
      const conflict = conflicts.get(record.key);
      if (conflict) {
        // Held back until the operator resolves it, but the conflict shows what was typed since it appeared.
        conflicts.set(record.key, { ...conflict, local: record.draft });
        continue;
      }
      if (!record.dirty) continue;
      try {
        const refused = await pushDraft(cfg, store, record, f);
        if (refused) conflicts.set(refused.key, refused);
      } catch (e) {
        // Unavailable (unreachable, 5xx, 429, not the server's JSON) or signed out: the round stops.
        // Any other refusal is this draft's alone.
        if (!(e instanceof SyncError) || e.offline || e.status === 401) throw e;
        failures.push({ key: record.key, title: record.title, message: e.message });
      }
    }
    if (options.pull) {
      await pullDrafts(cfg, store, f);
      for (const site of SITES) {
        const remote = await pullFieldMap(cfg, site, f);
        const local = await store.getFieldMap(site);
        if (remote && (!local || local.revision < remote.revision)) await store.putFieldMap(site, remote.map, remote.revision);
      }
    }
    const more = failures.length ? { failures } : {};
    return conflicts.size ? { kind: 'conflicts', conflicts: [...conflicts.values()], ...more } : { kind: 'synced', at: new Date().toISOString(), ...more };
  } catch (e) {
    return e instanceof SyncError && e.status === 401
      ? { kind: 'error', message: 'Sessione scaduta: accedi di nuovo dalle impostazioni.' }
      : { kind: 'offline', message: e instanceof Error ? e.message : String(e) };
  }
}
