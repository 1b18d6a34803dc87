/**
 * The update from a version that kept the team account in storage.local (open to content scripts;
 * Firefox cannot close it), through the background as WXT starts it and the real team server
 * (createApp, through app.request): the operator stays signed in, and the token leaves storage.local.
 * A file of its own: the background moves the account at its start.
 */
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import { testApp } from '../../server/testing.ts';
import { piemonte2020Draft } from '../../rules/testing.ts';
import { openDraftStore } from '../storage/drafts.ts';
import { extensionIndexedDb, optionsPage, SERVER_ORIGIN as ORIGIN, startBackground } from './background-harness.ts';

it('an operator signed in before the update stays signed in after it, and the token is moved out of storage.local', async () => {
  const server = testApp();
  const { token, teamId } = await server.setup();
  // What the earlier version left: the account and the overlay's place in storage.local, an unsent draft.
  const earlier = { origin: ORIGIN, token, teamId, teamName: 'Studio A', userName: 'Anna Admin' };
  const place = { open: false, side: 'left' };
  const store = await openDraftStore();
  await store.put({ key: 'aminder:https://aminder.example/domanda/7', title: 'Rossi Bar', draft: piemonte2020Draft(), updatedAt: new Date().toISOString(), dirty: true });

  const { local, send } = await startBackground({
    fetch: async (url, init) => server.app.request(url, init),
    stored: { 'cigd:server': earlier, 'cigd:overlay': place },
  });
  const options = (m: unknown) => send(m, optionsPage);

  // Still signed in: the options page shows the account, and the round the background starts with sends
  // the draft to the team with the moved token.
  expect(await options({ type: 'sync:status' })).toEqual({ signedIn: true, origin: ORIGIN, teamName: 'Studio A', userName: 'Anna Admin' });
  await vi.waitFor(async () => expect(await options({ type: 'sync:state' })).toMatchObject({ kind: 'synced' }));
  expect((await server.call('GET', `/api/teams/${teamId}/drafts`, { token })).json).toHaveLength(1);
  // The token left storage.local for the extension's own IndexedDB; the overlay's place (not secret) stays.
  expect(JSON.stringify([...local])).not.toContain(token);
  expect(await extensionIndexedDb()).toContain(token);
  expect(local.get('cigd:overlay')).toEqual(place);

  // Signed out, the moved account is gone from both: no later start finds one to move back.
  expect(await options({ type: 'sync:sign-out' })).toEqual({ ok: true });
  expect(JSON.stringify([...local]) + (await extensionIndexedDb())).not.toContain(token);
  expect(await options({ type: 'sync:status' })).toEqual({ signedIn: false });
});
