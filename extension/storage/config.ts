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

/** "https://studio.example.it:8787/" → "https://studio.example.it:8787"; null when not an http(s) address. */
export function normalizeOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}
