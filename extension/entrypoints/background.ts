/**
 * The background: the only part that holds drafts, field maps and the team
 * server's token (IndexedDB of the extension's origin). The content
 * script and the pages reach storage and the server only through here.
 */
import { catalogue, todayInItaly } from '../../rules/index.ts';
import { acceptMessage, type Request, type Sender } from '../messages.ts';
import { agenda, badgeCount, openDraftStore, type DraftStore } from '../storage/drafts.ts';
import { loadServerConfig, normalizeOrigin, saveServerConfig } from '../storage/config.ts';
import { loadOverlayPlace, saveOverlayPlace } from '../storage/overlay-place.ts';
import { originPattern } from '../hosts.ts';
import {
  api, pushFieldMap, resolveConflict, signIn, switchTeam, syncTeam, TeamChoiceNeeded, type Conflict, type Resolution, type ServerConfig,
  type SyncState,
} from '../storage/sync.ts';
import type { FieldMap } from '../pages/field-map.ts';

/**
 * The account (null: signed out) and its team's conflicts, as one value: a round, a resolution or a
 * save reads both at once, so no round can pair one team's token with the next team's conflicts.
 * Replaced whole, after the account is stored; a round of an earlier account writes what it finds
 * into that account's own conflicts, which nobody shows any more.
 */
type Account = { readonly cfg: ServerConfig | null; readonly conflicts: Map<string, Conflict> };
let account: Account = { cfg: null, conflicts: new Map() };
let storePromise: Promise<DraftStore> | undefined;
/** The store, resolved once the stored account is known too (a save reads its team without waiting). */
const store = () =>
  (storePromise ??= Promise.all([openDraftStore(), loadServerConfig()]).then(([s, cfg]) => ((account = { cfg, conflicts: new Map() }), s)));
let syncState: SyncState = { kind: 'signed-out' };

/**
 * The account from now on (`cfg`; null: signed out), stored, then known to every request. Leaving a
 * team, by signing out or by signing in to another, is the same (switchTeam): its unsent drafts stay
 * its own and its conflicts go; signed out, the sync state is forgotten too.
 */
async function setAccount(s: DraftStore, cfg: ServerConfig | null): Promise<void> {
  const left = account;
  const switched = await switchTeam(s, left.conflicts, left.cfg?.teamId, cfg?.teamId ?? null);
  await saveServerConfig(cfg);
  account = { cfg, conflicts: switched ? new Map() : left.conflicts };
  if (!cfg) syncState = { kind: 'signed-out' };
}

async function refreshBadge(): Promise<void> {
  const count = badgeCount(agenda(await (await store()).list(), todayInItaly()));
  const action = browser.action ?? (browser as any).browserAction;
  await action?.setBadgeText({ text: count ? String(count) : '' });
  await action?.setBadgeBackgroundColor?.({ color: '#b00020' });
}

/** How often at most typing also brings the team's news (a pull lists every draft and field map). */
const PULL_WITH_PUSH_MS = 60_000;
let lastPull = 0;

/**
 * Push every changed draft; pull the team's newer revisions and field maps
 * when asked (start, sign-in, "Sincronizza ora", a resolved conflict) or when
 * the last pull is over a minute old.
 */
async function syncNow(options: { pull: boolean } = { pull: true }): Promise<SyncState> {
  await store(); // the stored account, known
  // One round at a time for a team: two at once would both create a draft never sent (two POSTs, two
  // copies on the server). A round asked while one runs follows it, so what changed meanwhile goes too.
  // Another team's rounds (the account changed) do not wait for the earlier team's.
  const team = account.cfg?.teamId;
  if (rounds.team !== team) rounds = { team, last: Promise.resolve() };
  const next = rounds.last.then(() => syncRound(options));
  rounds.last = next.catch(() => undefined);
  return next;
}

/** The last round asked for the team. */
let rounds: { team: string | undefined; last: Promise<unknown> } = { team: undefined, last: Promise.resolve() };

async function syncRound(options: { pull: boolean }): Promise<SyncState> {
  const started = account;
  if (!started.cfg) return (syncState = { kind: 'signed-out' });
  const pull = options.pull || Date.now() - lastPull >= PULL_WITH_PUSH_MS;
  const state = await syncTeam(started.cfg, await store(), started.conflicts, { pull });
  // The account changed while the round was out: its state is the account left's, not to be shown.
  if (started !== account) return syncState;
  if (pull && state.kind !== 'offline' && state.kind !== 'error') lastPull = Date.now();
  return (syncState = state);
}

let syncTimer: ReturnType<typeof setTimeout> | undefined;
/** After a pause in typing: send the edit. */
function syncSoon(): void {
  clearTimeout(syncTimer);
  syncTimer = setTimeout(() => void syncNow({ pull: false }), 1500);
}

/** The replica on the team server gets the content script too, once its origin is granted. */
async function registerServerPages(origin: string): Promise<void> {
  const matches = [originPattern(origin, '/replica/*')];
  try {
    if ((browser as any).scripting?.registerContentScripts) {
      await browser.scripting.unregisterContentScripts({ ids: ['cigd-team-server'] }).catch(() => {});
      await browser.scripting.registerContentScripts([{ id: 'cigd-team-server', matches, js: ['content-scripts/content.js'], runAt: 'document_idle' }]);
    } else if ((browser as any).contentScripts?.register) {
      await (browser as any).contentScripts.register({ matches, js: [{ file: 'content-scripts/content.js' }] });
    }
  } catch (e) {
    console.warn('[cigd] could not register the content script for the team server', String(e));
  }
}

async function handle(message: Request | { type: string; [k: string]: any }): Promise<unknown> {
  if (message.type === 'rule:why') {
    const rule = catalogue().find((r) => r.id === (message as any).rule);
    return rule ? { reasoning: rule.reasoning, quote: rule.quote } : null;
  }
  if (message.type === 'ui:get') return loadOverlayPlace();
  if (message.type === 'ui:set') return (await saveOverlayPlace((message as any).ui)) ? { ok: true } : null;
  const s = await store();
  switch (message.type) {
    case 'draft:load':
      return (await s.get((message as any).key)) ?? null;
    case 'draft:save': {
      // The page's changes go on top of the stored draft (see DraftStore.save); a new draft remembers its team.
      // No await before the save's transaction other than store(), which a load awaits too: a save sent
      // before a load (a run's last flush, then the next run's load on an address change) is written first.
      const { key, draft, base, revision } = message as any;
      await s.save(key, draft, { base, revision, teamId: account.cfg?.teamId });
      void refreshBadge();
      syncSoon();
      return { ok: true };
    }
    case 'fieldmap:get':
      return (await s.getFieldMap((message as any).site))?.map ?? null;
    case 'fieldmap:put': {
      const { site, map } = message as { site: string; map: FieldMap };
      const current = await s.getFieldMap(site);
      await s.putFieldMap(site, map, current?.revision ?? 0);
      const { cfg } = account;
      if (cfg) {
        const r = await pushFieldMap(cfg, site, map, current?.revision ?? 0).catch(() => null);
        if (r?.ok) await s.putFieldMap(site, map, r.revision);
        // A colleague taught first: theirs stays, ours is re-applied on top and sent again.
        else if (r && !r.ok) {
          const merged = { ...map, fields: [...r.current.map.fields.filter((f) => !map.fields.some((m) => m.selector === f.selector || m.path === f.path)), ...map.fields] };
          const again = await pushFieldMap(cfg, site, merged, r.current.revision).catch(() => null);
          if (again?.ok) await s.putFieldMap(site, merged, again.revision);
        }
      }
      return { ok: true };
    }
    case 'sync:status': {
      const { cfg } = account;
      return cfg ? { signedIn: true, origin: cfg.origin, teamName: cfg.teamName, userName: cfg.userName } : { signedIn: false };
    }
    case 'sync:state':
      return syncState;
    case 'sync:sign-in':
      try {
        // The options page checked the address already; checked again here, where the password is sent.
        const origin = normalizeOrigin(String((message as any).origin ?? ''));
        if (!origin) return { ok: false, message: 'Indirizzo del server non valido: usa https:// (http:// solo per 127.0.0.1 o localhost).' };
        const chosen = (message as any).teamId;
        const cfg = await signIn(origin, (message as any).email, (message as any).password, fetch, typeof chosen === 'string' && chosen ? chosen : undefined);
        // Signed in again without signing out: to another team, the earlier team's unsent drafts stay its own
        // and its conflicts go (resolving one would send nothing to it).
        await setAccount(s, cfg);
        await registerServerPages(cfg.origin);
        await syncNow();
        return { ok: true };
      } catch (e) {
        return { ok: false, message: e instanceof Error ? e.message : String(e), ...(e instanceof TeamChoiceNeeded ? { teams: e.teams } : {}) };
      }
    case 'sync:sign-out': {
      const { cfg } = account;
      if (cfg) await api(cfg, '/api/sessions/current', { method: 'DELETE' }).catch(() => {}); // a silent server holds it 30 s at most
      // Unsent drafts stay this team's: the next account on this browser does not send them to its own team.
      await setAccount(s, null);
      return { ok: true };
    }
    case 'sync:now':
      return syncNow();
    case 'sync:resolve': {
      const { cfg, conflicts } = account;
      const conflict = conflicts.get((message as any).key);
      if (!cfg || !conflict) return { ok: false };
      const again = await resolveConflict(cfg, s, conflict, (message as any).resolution as Resolution);
      if (again) conflicts.set(again.key, again);
      else conflicts.delete(conflict.key);
      await syncNow();
      return { ok: true };
    }
  }
  return null;
}

/**
 * Defense in depth. storage.local, which browsers open to content scripts by default, keeps nothing
 * secret any more (the account is in the extension's IndexedDB, see storage/config.ts: only the
 * overlay's place is there), and ours ask the background for what they need. So where the browser can
 * close the area to them (Chromium) it is closed: an earlier version's account, until the first start
 * moves it, or anything kept there later, stays out of a portal page's renderer, even compromised.
 * Firefox cannot (setAccessLevel is for storage.session there): nothing of the account is there to read.
 */
function closeStorageToContentScripts(): void {
  const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((err: unknown) => {
    console.warn('[cigd] storage.local stays open to content scripts:', String(err));
  });
}

export default defineBackground(() => {
  closeStorageToContentScripts();
  const extension = { id: browser.runtime.id, pagesUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: any, sender: Sender, sendResponse: (r: unknown) => void) => {
    if (!acceptMessage(message, sender, extension)) {
      sendResponse(null);
      return false;
    }
    handle(message).then(sendResponse, (err) => {
      console.error('[cigd] background request failed', message?.type, String(err));
      sendResponse(null);
    });
    return true; // async response
  });
  void refreshBadge();
  void store().then(() => {
    if (account.cfg) {
      void registerServerPages(account.cfg.origin);
      void syncNow();
    }
  });
});
