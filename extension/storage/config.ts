/** The team server's address and the session token: extension storage only, never the page. */
import type { ServerConfig } from './sync.ts';

const KEY = 'cigd:server';

export async function loadServerConfig(): Promise<ServerConfig | null> {
  const got = await browser.storage.local.get(KEY);
  return (got[KEY] as ServerConfig | undefined) ?? null;
}

export async function saveServerConfig(cfg: ServerConfig | null): Promise<void> {
  if (cfg) await browser.storage.local.set({ [KEY]: cfg });
  else await browser.storage.local.remove(KEY);
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
