/**
 * The team server's address and the session token: in the extension's own IndexedDB, never the page.
 * Not in storage.local: browsers open that area to content scripts (Firefox cannot close it), while a
 * content script's indexedDB is the page's origin's, so no script on a portal page reaches this one.
 * A database of its own, not a store in the drafts' one: the account comes and goes (sign-in, sign-out)
 * while the drafts stay, and the drafts' database never needs a new version (an upgrade over the
 * operators' unsent work) for it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ServerConfig } from './sync.ts';

const ACCOUNT_DB = 'cigd-account';
/** The one record, in the `account` store. */
const ACCOUNT = 'server';
/** Where versions before ACCOUNT_DB kept the account, in storage.local. */
const LEGACY_KEY = 'cigd:server';

interface AccountDb extends DBSchema {
  account: { key: string; value: ServerConfig };
}

let accountDb: Promise<IDBPDatabase<AccountDb>> | undefined;

/** The database, opened once per background; the first open moves an earlier version's account in. */
function account(): Promise<IDBPDatabase<AccountDb>> {
  return (accountDb ??= openDB<AccountDb>(ACCOUNT_DB, 1, {
    upgrade(d) {
      d.createObjectStore('account');
    },
  }).then(async (db) => {
    await moveFromStorageLocal(db);
    return db;
  }));
}

/**
 * An operator signed in with an earlier version stays signed in, and the token leaves storage.local:
 * written here first, then removed there (an interrupted move is finished at the next start; a record
 * already here is the newer one).
 */
async function moveFromStorageLocal(db: IDBPDatabase<AccountDb>): Promise<void> {
  const earlier = (await browser.storage.local.get(LEGACY_KEY))[LEGACY_KEY] as ServerConfig | undefined;
  if (!earlier) return;
  const tx = db.transaction('account', 'readwrite');
  if (!(await tx.store.get(ACCOUNT))) await tx.store.put(earlier, ACCOUNT);
  await tx.done;
  await browser.storage.local.remove(LEGACY_KEY);
}

export async function loadServerConfig(): Promise<ServerConfig | null> {
  return (await (await account()).get('account', ACCOUNT)) ?? null;
}

/** null: signed out, and the record (token and all) is deleted. */
export async function saveServerConfig(cfg: ServerConfig | null): Promise<void> {
  const db = await account();
  if (cfg) await db.put('account', cfg, ACCOUNT);
  else await db.delete('account', ACCOUNT);
}

/** The hosts a team server may be reached on over plain http: this computer only (the manifest grants no other). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * "https://studio.example.it:8787/" → "https://studio.example.it:8787"; null
 * when not https, or http to a host other than this computer: the password
 * and the token must not cross a network in clear.
 */
export function normalizeOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url.origin;
    return null;
  } catch {
    return null;
  }
}
