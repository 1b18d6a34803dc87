/** Messages between the content script and the background (the only holder of storage and the token). */
import type { Draft } from '../rules/index.ts';
import type { FieldMap } from './pages/field-map.ts';
import { SITES } from './pages/detect.ts';
import type { StoredDraft } from './storage/drafts.ts';

/** Why a rule says what it says: its reasoning and the seed passage, which the content script is built without. */
export type RuleWhy = { reasoning: string; quote: string };

/** How the operator left the overlay: reduced or open, on the right or the left of the page. */
export type OverlayPlace = { open: boolean; side: 'right' | 'left' };

export type Request =
  | { type: 'draft:load'; key: string }
  /** `base`: the draft the page last loaded or saved; `revision`: the server revision it loaded (see DraftStore.save). */
  | { type: 'draft:save'; key: string; draft: Draft; base?: Draft | null; revision?: number }
  | { type: 'fieldmap:get'; site: string }
  | { type: 'fieldmap:put'; site: string; map: FieldMap }
  /** The rule's reasoning and seed passage: the content script is built without them (extension/build/seed-quotes.ts). */
  | { type: 'rule:why'; rule: string }
  /** Where the overlay stands and whether it is reduced, the same on every portal page. */
  | { type: 'ui:get' }
  | { type: 'ui:set'; ui: OverlayPlace };

export type Responses = {
  'draft:load': StoredDraft | null;
  'draft:save': { ok: true };
  'fieldmap:get': FieldMap | null;
  'fieldmap:put': { ok: true };
  'rule:why': RuleWhy | null;
  'ui:get': OverlayPlace | null;
  'ui:set': { ok: true } | null;
};

export async function send<T extends Request>(message: T): Promise<Responses[T['type']]> {
  return (await browser.runtime.sendMessage(message)) as Responses[T['type']];
}

/** Who sent a message, as runtime.onMessage tells it (the fields we read of runtime.MessageSender). */
export type Sender = { id?: string; url?: string };

/** What a content script sends (its page's draft, its site's field map, a rule's «Perché?», the overlay's place): nothing else is taken from a page's tab. */
const FROM_PAGES = new Set(['draft:load', 'draft:save', 'fieldmap:get', 'fieldmap:put', 'rule:why', 'ui:get', 'ui:set']);

const isSite = (site: unknown) => typeof site === 'string' && (SITES as readonly string[]).includes(site);

/**
 * Whether the background acts on `message` from `sender`. A content script
 * shares its process with the portal's page, so it is trusted with no more
 * than its page needs: the draft kept for its own origin (keys are
 * `site:origin/path`, see the content script), its site's field map, a
 * rule's «Perché?», the overlay's place. The sign-in, the account and the sync (the token, the
 * server's address) are for the extension's own pages alone, the options
 * page above all. Messages of another extension are never acted on.
 */
export function acceptMessage(message: unknown, sender: Sender, extension: { id: string; pagesUrl: string }): boolean {
  if (sender.id !== extension.id || typeof sender.url !== 'string' || !message || typeof message !== 'object') return false;
  const m = message as { type?: unknown; key?: unknown; site?: unknown };
  if (typeof m.type !== 'string') return false;
  if ((m.type === 'fieldmap:get' || m.type === 'fieldmap:put') && !isSite(m.site)) return false;
  if (sender.url.startsWith(extension.pagesUrl)) return true;
  if (!FROM_PAGES.has(m.type)) return false;
  if (m.type === 'draft:load' || m.type === 'draft:save') {
    let origin: string;
    try {
      origin = new URL(sender.url).origin;
    } catch {
      return false;
    }
    const site = typeof m.key === 'string' ? m.key.slice(0, m.key.indexOf(':')) : '';
    return isSite(site) && typeof m.key === 'string' && m.key.startsWith(`${site}:${origin}/`);
  }
  return true;
}
