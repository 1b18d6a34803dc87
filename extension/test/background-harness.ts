/**
 * The background's message handling, started the way WXT starts it: `browser` and
 * `defineBackground` stubbed, drafts in fake-indexeddb (the caller imports
 * 'fake-indexeddb/auto' first). The background keeps module-level state
 * (conflicts, sync state), so each test file that starts it is a background of its own.
 */
import { openDB } from 'idb';
import { vi } from 'vitest';
import type { testApp } from '../../server/testing.ts';
import { piemonte2020Draft } from '../../rules/testing.ts';
import { openDraftStore } from '../storage/drafts.ts';
import { saveServerConfig } from '../storage/config.ts';
import type { ServerConfig } from '../storage/sync.ts';

export const EXTENSION_ID = 'cigd-test';

export type Sender = { id?: string; url?: string; tab?: { id: number } };
/** A content script in a tab showing `url`. */
export const page = (url: string): Sender => ({ id: EXTENSION_ID, url, tab: { id: 7 } });
/** The extension's own options page (opened in a tab, as Chrome may). */
export const optionsPage: Sender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html`, tab: { id: 8 } };

/**
 * Starts the background with `fetch` as its network; `storageDelay` makes browser.storage
 * answer that many milliseconds later, as a real browser's does (a task later, not at once);
 * `stored` is what browser.storage.local already holds (an earlier version's, say); `account`, the account
 * already signed in when it starts (a browser restarted).
 * Returns browser.storage.local as a map the test can read and fill, and `send`, a message as `sender` sends it.
 */
export async function startBackground(options: {
  fetch: (url: string, init?: RequestInit) => Promise<Response>; storageDelay?: number; stored?: Record<string, unknown>; account?: ServerConfig;
}) {
  const local = new Map<string, unknown>(Object.entries(options.stored ?? {}));
  const answer = <T>(v: T): Promise<T> =>
    options.storageDelay === undefined ? Promise.resolve(v) : new Promise((r) => setTimeout(() => r(v), options.storageDelay));
  let listener!: (m: unknown, s: Sender, reply: (r: unknown) => void) => boolean;
  vi.stubGlobal('browser', {
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => `chrome-extension://${EXTENSION_ID}${path}`,
      onMessage: { addListener: (fn: typeof listener) => (listener = fn) },
    },
    storage: {
      local: {
        get: (key: string) => answer(local.has(key) ? { [key]: local.get(key) } : {}),
        set: (items: Record<string, unknown>) => answer(void Object.entries(items).forEach(([k, v]) => local.set(k, v))),
        remove: (key: string) => answer(void local.delete(key)),
      },
    },
  });
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => options.fetch(String(url), init));
  vi.stubGlobal('defineBackground', (main: () => void) => main);
  if (options.account) await saveServerConfig(options.account);
  ((await import('../entrypoints/background.ts')).default as unknown as () => void)();
  const send = (m: unknown, sender: Sender) => new Promise<any>((reply) => listener(m, sender, reply));
  return { local, send };
}

/**
 * Everything the extension's IndexedDB holds (every database, every store), as JSON text: the
 * extension's origin, which no content script reaches (its indexedDB is the page's origin's).
 */
export async function extensionIndexedDb(): Promise<string> {
  const all: Record<string, unknown> = {};
  for (const { name } of await indexedDB.databases()) {
    const db = await openDB(name!);
    for (const store of db.objectStoreNames) all[`${name}/${store}`] = await db.getAll(store);
    db.close();
  }
  return JSON.stringify(all);
}

/** A Piemonte 2020 domanda ending on `end` (ISO). */
export const withEnd = (end: string) => ({ ...piemonte2020Draft(), period: { start: '2020-03-09', end } });

/**
 * A draft of `teamId` both sides changed: Otto saved revision 2 on the server while this browser holds
 * revision 1, changed here since (stored under `key`, unsent), so the next round's PUT is refused (409).
 */
export async function conflictingDraft(server: ReturnType<typeof testApp>, ottoToken: string, teamId: string, key: string): Promise<void> {
  const drafts = `/api/teams/${teamId}/drafts`;
  const created = await server.call('POST', drafts, { token: ottoToken, body: { draft: withEnd('2020-04-05') } });
  await server.call('PUT', `${drafts}/${created.json.id}`, { token: ottoToken, body: { draft: withEnd('2020-04-10') }, headers: { 'if-match': '"1"' } });
  const store = await openDraftStore();
  await store.put({ key, title: 'Rossi Bar', draft: withEnd('2020-04-07'), updatedAt: new Date().toISOString(), dirty: true, remote: { teamId, id: created.json.id, revision: 1 } });
}

/** The team server's address in these tests, and the options page's sign-in to it. */
export const SERVER_ORIGIN = 'http://127.0.0.1:8787';
export const signInAs = (email: string, password = `password-${email.split('@')[0]}`) =>
  ({ type: 'sync:sign-in', origin: SERVER_ORIGIN, email, password });

/** Studio B, another team (made by Otto), with Eve, its operator, who can sign in: Studio B's id. */
export async function studioB(server: ReturnType<typeof testApp>, ottoToken: string): Promise<string> {
  const other = await server.call('POST', '/api/teams', { token: ottoToken, body: { name: 'Studio B' } });
  await server.call('POST', `/api/teams/${other.json.team.id}/members`, { token: ottoToken, body: { email: 'eve@b.it', name: 'Eve', password: 'password-eve', role: 'operator' } });
  return other.json.team.id;
}
