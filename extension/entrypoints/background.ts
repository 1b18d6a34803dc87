/**
 * The background: the only part that holds drafts (IndexedDB of the
 * extension's origin), field maps and, later, the team server's token.
 */
import { todayInItaly } from '../../rules/index.ts';
import type { Request } from '../messages.ts';
import { agenda, badgeCount, openDraftStore, type DraftStore } from '../storage/drafts.ts';

let storePromise: Promise<DraftStore> | undefined;
const store = () => (storePromise ??= openDraftStore());

async function refreshBadge(): Promise<void> {
  const items = agenda(await (await store()).list(), todayInItaly());
  const count = badgeCount(items);
  const action = browser.action ?? (browser as any).browserAction;
  await action?.setBadgeText({ text: count ? String(count) : '' });
  await action?.setBadgeBackgroundColor?.({ color: '#b00020' });
}

async function handle(message: Request): Promise<unknown> {
  const s = await store();
  switch (message.type) {
    case 'draft:load':
      return (await s.get(message.key)) ?? null;
    case 'draft:save':
      await s.save(message.key, message.draft);
      void refreshBadge();
      return { ok: true };
    case 'fieldmap:get':
      return (await s.getFieldMap(message.site))?.map ?? null;
    case 'fieldmap:put': {
      const current = await s.getFieldMap(message.site);
      await s.putFieldMap(message.site, message.map, current?.revision ?? 0);
      return { ok: true };
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: Request, _sender, sendResponse) => {
    handle(message).then(sendResponse, (err) => {
      console.error('[cigd] background request failed', message.type, String(err));
      sendResponse(null);
    });
    return true; // async response
  });
  void refreshBadge();
});
