/**
 * Where the operator left the overlay: not secret, so in storage.local (the account is not: config.ts).
 * A module of its own, without the account's IndexedDB: the content script validates a place with
 * `overlayPlace`, and must not carry idb for it.
 */
import type { OverlayPlace } from '../messages.ts';

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
