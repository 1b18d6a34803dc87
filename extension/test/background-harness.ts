/**
 * The background's message handling, started the way WXT starts it: `browser` and
 * `defineBackground` stubbed, drafts in fake-indexeddb (the caller imports
 * 'fake-indexeddb/auto' first). The background keeps module-level state
 * (conflicts, sync state), so each test file that starts it is a background of its own.
 */
import { openDB } from 'idb';
import { vi } from 'vitest';

export const EXTENSION_ID = 'cigd-test';

export type Sender = { id?: string; url?: string; tab?: { id: number } };
/** A content script in a tab showing `url`. */
export const page = (url: string): Sender => ({ id: EXTENSION_ID, url, tab: { id: 7 } });
/** The extension's own options page (opened in a tab, as Chrome may). */
export const optionsPage: Sender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html`, tab: { id: 8 } };

/**
 * Starts the background with `fetch` as its network; `storageDelay` makes browser.storage
 * answer that many milliseconds later, as a real browser's does (a task later, not at once);
 * `stored` is what browser.storage.local already holds (an earlier version's, say).
 * Returns browser.storage.local as a map the test can read and fill, and `send`, a message as `sender` sends it.
 */
export async function startBackground(options: {
  fetch: (url: string, init?: RequestInit) => Promise<Response>; storageDelay?: number; stored?: Record<string, unknown>;
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
