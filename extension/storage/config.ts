/** The team server's address and the session token: extension storage only, never the page. */
import type { ServerConfig } from './sync.ts';
import type { OverlayPlace } from '../messages.ts';

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

const OVERLAY_KEY = 'cigd:overlay';

/** Where the operator left the overlay (reduced, on the left…): kept for every page of every portal. */
export async function loadOverlayPlace(): Promise<OverlayPlace | null> {
  const got = (await browser.storage.local.get(OVERLAY_KEY))[OVERLAY_KEY] as Partial<OverlayPlace> | undefined;
  return got ? overlayPlace(got) : null;
}

/** Stores a place a page sent; anything but the two known fields and values is refused (null). */
export async function saveOverlayPlace(place: unknown): Promise<OverlayPlace | null> {
  const checked = overlayPlace(place);
  if (checked) await browser.storage.local.set({ [OVERLAY_KEY]: checked });
  return checked;
}

/** A place as stored or sent: both fields with a known value, or null. */
export function overlayPlace(value: unknown): OverlayPlace | null {
  const v = value as Partial<OverlayPlace> | null;
  if (!v || typeof v !== 'object' || typeof v.open !== 'boolean' || (v.side !== 'right' && v.side !== 'left')) return null;
  return { open: v.open, side: v.side };
}
