/** Messages between the content script and the background (the only holder of storage and the token). */
import type { Draft } from '../rules/index.ts';
import type { FieldMap } from './pages/field-map.ts';
import type { StoredDraft } from './storage/drafts.ts';

export type Request =
  | { type: 'draft:load'; key: string }
  /** `base`: the draft the page last loaded or saved; `revision`: the server revision it loaded (see DraftStore.save). */
  | { type: 'draft:save'; key: string; draft: Draft; base?: Draft | null; revision?: number }
  | { type: 'fieldmap:get'; site: string }
  | { type: 'fieldmap:put'; site: string; map: FieldMap }
  /** The seed passage a rule quotes: the content script is built without them (extension/build/seed-quotes.ts). */
  | { type: 'rule:quote'; rule: string };

export type Responses = {
  'draft:load': StoredDraft | null;
  'draft:save': { ok: true };
  'fieldmap:get': FieldMap | null;
  'fieldmap:put': { ok: true };
  'rule:quote': string | null;
};

export async function send<T extends Request>(message: T): Promise<Responses[T['type']]> {
  return (await browser.runtime.sendMessage(message)) as Responses[T['type']];
}
