/**
 * Drafts and field maps in the extension's IndexedDB (idb): saved as the
 * operator types, kept across browser restarts, usable offline. Runs in the
 * background (the extension's origin), never in the page's origin, so the
 * portal cannot read the drafts. Sync with the team server lives here too.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { judge, parseDraft, type Deadline, type Draft } from '../../rules/index.ts';
import type { FieldMap } from '../pages/field-map.ts';
import { pairingCode, pairWorkers } from './pair-workers.ts';
import { getPath } from '../pages/paths.ts';
import { draftIssuesIt } from '../italian.ts';

export type StoredDraft = {
  key: string;             // the page's own identity (portal + domanda), or an imported file's
  title: string;
  draft: Draft;
  updatedAt: string;       // ISO timestamp
  /** The team server's copy, once synced. */
  remote?: { teamId: string; id: string; revision: number };
  dirty?: boolean;         // changed since the last sync
  /** The team it was made for (signed in then, or marked at sign-out): never sent to another team. */
  teamId?: string;
};

/**
 * What a page saw of the draft it saves: the draft it last loaded or saved
 * (`base`) and the server revision it loaded (`revision`). Only the fields it
 * changed from `base` are written (top-level, and per worker and field); the rest stay as stored.
 */
export type SaveFrom = { base?: Draft | null; revision?: number; teamId?: string };

/** Deep equality that ignores key order (PostgreSQL's JSONB does not keep it) and undefined members, as JSON does. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = (o: object) => Object.keys(o).filter((k) => (o as any)[k] !== undefined);
  const ka = keys(a);
  return ka.length === keys(b).length && ka.every((k) => same((a as any)[k], (b as any)[k]));
}

type Obj = Record<string, any>;
/**
 * Three-way merge: the fields `mine` changed from `base`, on top of `current`; the rest stay as in
 * `current`. `workers` go worker by worker, then field by field (the facts panel's figures live there).
 * `seen.unseen` turns true when `current` changed a field that `mine` changed too.
 */
function merge(current: Obj, base: Obj, mine: Obj, seen: { unseen: boolean }): Obj {
  const out = { ...current };
  for (const k of new Set([...Object.keys(mine), ...Object.keys(base)])) {
    if (same(mine[k], base[k])) continue;
    if (k === 'workers' && [current[k], base[k], mine[k]].every(Array.isArray)) {
      out[k] = mergeWorkers(current[k], base[k], mine[k], seen);
      continue;
    }
    if (!same(current[k], base[k])) seen.unseen = true;
    if (mine[k] === undefined) delete out[k];
    else out[k] = mine[k];
  }
  return out;
}

/**
 * Three-way, through the draft the tab started from: each of the tab's workers
 * is followed to where its `base` worker is now stored; one the tab added is
 * matched by its code alone. A worker another tab (or a pull) added stays; one
 * this tab removed goes.
 */
function mergeWorkers(current: Obj[], base: Obj[], mine: Obj[], seen: { unseen: boolean }): Obj[] {
  const mineToBase = pairWorkers(mine, base);
  const baseToCurrent = pairWorkers(base, current);
  const taken = new Set<number>();
  const out = mine.flatMap((w, i) => {
    const b = mineToBase[i] >= 0 ? base[mineToBase[i]] : undefined;
    let j = b ? baseToCurrent[mineToBase[i]] : -1;
    // Added by this tab: the same worker if the stored draft has its code, compared as pairWorkers compares codes.
    if (!b && pairingCode(w)) j = current.findIndex((x, n) => !taken.has(n) && pairingCode(x) === pairingCode(w));
    if (j < 0) {
      // Gone from the stored draft: another tab removed it, unless this tab changed it.
      if (b && same(w, b)) return [];
      if (b) seen.unseen = true;
      return [w];
    }
    taken.add(j);
    return [merge(current[j], b ?? {}, w, seen)];
  });
  const knownToBase = new Set(baseToCurrent.filter((j) => j >= 0));
  return out.concat(current.filter((_, j) => !taken.has(j) && !knownToBase.has(j)));
}

interface CigdDb extends DBSchema {
  drafts: { key: string; value: StoredDraft; indexes: { updatedAt: string } };
  fieldMaps: { key: string; value: { site: string; map: FieldMap; revision: number } };
}

export type DraftStore = {
  save(key: string, draft: Draft, from?: SaveFrom): Promise<StoredDraft>;
  /** Reads and writes one record in a single transaction: `change` returns the record to put, or nothing. */
  update(key: string, change: (current: StoredDraft | undefined) => StoredDraft | undefined): Promise<StoredDraft | undefined>;
  get(key: string): Promise<StoredDraft | undefined>;
  list(): Promise<StoredDraft[]>;
  remove(key: string): Promise<void>;
  put(record: StoredDraft): Promise<void>;
  getFieldMap(site: string): Promise<{ site: string; map: FieldMap; revision: number } | undefined>;
  putFieldMap(site: string, map: FieldMap, revision: number): Promise<void>;
};

export function draftTitle(draft: Draft): string {
  const who = draft.employer.name?.trim() || 'Domanda senza denominazione';
  const { start, end } = draft.period;
  const fmt = (d: string) => (d ? d.split('-').reverse().join('/') : '…');
  return `${who} · ${fmt(start)}–${fmt(end)}`;
}

export async function openDraftStore(name = 'cigd'): Promise<DraftStore> {
  const db: IDBPDatabase<CigdDb> = await openDB<CigdDb>(name, 1, {
    upgrade(d) {
      const drafts = d.createObjectStore('drafts', { keyPath: 'key' });
      drafts.createIndex('updatedAt', 'updatedAt');
      d.createObjectStore('fieldMaps', { keyPath: 'site' });
    },
  });
  const update: DraftStore['update'] = async (key, change) => {
    const tx = db.transaction('drafts', 'readwrite');
    const next = change(await tx.store.get(key));
    if (next) await tx.store.put(next);
    await tx.done;
    return next;
  };
  return {
    update,
    async save(key, draft, from) {
      let kept: StoredDraft | undefined;
      const done = await update(key, (current) => {
        let next = draft;
        let remote = current?.remote;
        if (current && from) {
          // Merge: the page's changes on top of the stored draft (a pull or another tab may have changed other fields).
          const seen = { unseen: false };
          next = merge(current.draft, from.base ?? {}, draft, seen) as Draft;
          const unseen = seen.unseen;
          // A field changed both here and in a revision the page never loaded: the save must meet the 409.
          if (unseen && remote && remote.revision > (from.revision ?? 0)) remote = { ...remote, revision: from.revision ?? 0 };
        }
        // Drafts made on a portal page remember it, so a colleague's browser opens them there too.
        if (key.includes('://') && (next as { sourcePage?: string }).sourcePage !== key) next = { ...next, sourcePage: key } as Draft;
        // Opening a page re-reads the same draft: that is not a change to send to the team.
        if (current && same(current.draft, next) && remote === current.remote) {
          kept = current;
          return undefined;
        }
        return { ...current, key, draft: next, title: draftTitle(next), updatedAt: new Date().toISOString(), dirty: true, remote, teamId: current?.teamId ?? from?.teamId };
      });
      return (kept ?? done)!;
    },
    get: (key) => db.get('drafts', key),
    async list() {
      const all = await db.getAllFromIndex('drafts', 'updatedAt');
      return all.reverse();
    },
    remove: (key) => db.delete('drafts', key),
    async put(record) {
      await db.put('drafts', record);
    },
    getFieldMap: (site) => db.get('fieldMaps', site),
    async putFieldMap(site, map, revision) {
      await db.put('fieldMaps', { site, map, revision });
    },
  };
}

export type AgendaItem = Deadline & { key: string; title: string };

/**
 * Every deadline of every draft: missed first, then due soon, then the rest,
 * each group by date. The toolbar badge counts missed and due-soon ones.
 */
export function agenda(drafts: StoredDraft[], today: string): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const d of drafts) {
    const parsed = parseDraft(d.draft);
    if (!parsed.ok) continue;
    for (const dl of judge(parsed.draft, { today }).deadlines) items.push({ ...dl, key: d.key, title: d.title });
  }
  const rank = { missed: 0, 'due-soon': 1, future: 2, met: 3 } as const;
  return items.sort((a, b) => rank[a.status] - rank[b.status] || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function badgeCount(items: AgendaItem[]): number {
  return items.filter((i) => i.status === 'missed' || i.status === 'due-soon').length;
}

/** Export: the draft as a `cigd-draft/1` JSON file's text. */
export function exportDraft(record: StoredDraft): string {
  return JSON.stringify(record.draft, null, 2);
}

/**
 * Import: a JSON file's text, validated; a refused file's message names every
 * bad field in Italian («Data assunzione (riga 2)»), never by its draft path,
 * and the popup shows it as it is.
 * A draft whose only problems are fields left empty is a domanda still being
 * typed, as the popup lists and exports it («incompleta»): it comes back as
 * such (`incomplete`), so a file exported here can always be imported again.
 * A value typed wrong (a date that is not one, a menu's unknown option) is refused.
 */
export type ImportResult =
  | { ok: true; draft: Draft; incomplete?: true }
  | { ok: false; message: string };

export function importDraft(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Il file non è un JSON valido.' };
  }
  const parsed = parseDraft(data);
  if (parsed.ok) return { ok: true, draft: parsed.draft };
  const leftEmpty = (path: string) => {
    const value = getPath(data, path);
    return value === undefined || value === '';
  };
  if (isDraftFile(data) && parsed.issues.every((i) => leftEmpty(i.path))) return { ok: true, draft: data as Draft, incomplete: true };
  return { ok: false, message: draftIssuesIt(parsed.issues) };
}

function isDraftFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { format?: unknown }).format === 'cigd-draft/1';
}
