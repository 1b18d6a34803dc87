/**
 * «Esci» in the options page, through the background as WXT starts it (`browser` and `defineBackground`
 * stubbed, drafts in fake-indexeddb) and the real team server (createApp, through app.request):
 * the token is never in storage.local (open to content scripts), and nothing of the team signed out is
 * left for the options page to show, nor kept in extension storage or the extension's IndexedDB.
 * A file of its own: the background's state (conflicts, sync state) lives for the module's life.
 */
import 'fake-indexeddb/auto';
import { beforeAll, expect, it } from 'vitest';
import { testApp } from '../../server/testing.ts';
import { openDraftStore } from '../storage/drafts.ts';
import { loadServerConfig } from '../storage/config.ts';
import { conflictingDraft, extensionIndexedDb, optionsPage, signInAs, startBackground, studioB, withEnd } from './background-harness.ts';

const server = testApp();
let local!: Map<string, unknown>;
let send!: (m: unknown) => Promise<any>;

beforeAll(async () => {
  const background = await startBackground({ fetch: async (url, init) => server.app.request(url, init) });
  local = background.local;
  send = (m) => background.send(m, optionsPage);
});

it('the token is kept where no content script reaches it, and after «Esci» the options page shows no account, no sync state and no conflict of the team, no storage keeps the token, and its unsent draft stays its own', async () => {
  const { token: annaToken, teamId } = await server.setup();
  const ottoToken = await server.member(annaToken, teamId, 'otto@a.it');
  // Otto saved revision 2 of a draft this browser holds at revision 1, changed here since: a conflict at the next sync.
  const PAGE = 'aminder:https://aminder.example/domanda/7';
  const HALF = 'aminder:https://aminder.example/domanda/8';
  await conflictingDraft(server, ottoToken, teamId, PAGE);
  const store = await openDraftStore(); // the background's own database
  await store.put({ key: HALF, title: 'Bianchi', draft: withEnd('') as never, updatedAt: new Date().toISOString(), dirty: true }); // half-typed: not sent yet

  expect(await send(signInAs('anna@a.it'))).toEqual({ ok: true });
  const signedIn = (await loadServerConfig())!;
  // In the extension's own IndexedDB, not in storage.local (which browsers open to content scripts).
  expect(await extensionIndexedDb()).toContain(signedIn.token);
  expect(JSON.stringify([...local])).not.toContain(signedIn.token);
  expect(await send({ type: 'sync:state' })).toMatchObject({ kind: 'conflicts', conflicts: [{ key: PAGE }] });

  expect(await send({ type: 'sync:sign-out' })).toEqual({ ok: true });
  expect(await send({ type: 'sync:status' })).toEqual({ signedIn: false });
  expect(await send({ type: 'sync:state' })).toEqual({ kind: 'signed-out' });
  const leftovers = new RegExp(`${signedIn.token}|Studio A|Anna`);
  expect(JSON.stringify([...local])).not.toMatch(leftovers);
  expect(await extensionIndexedDb()).not.toMatch(leftovers);
  expect((await server.call('GET', '/api/me', { token: signedIn.token })).status).toBe(401); // the session is closed too
  expect(await store.get(HALF)).toMatchObject({ teamId });

  // The next account, of another team: none of the earlier team's conflicts is shown to it, none of its drafts
  // sent, not even the half-typed one, finished meanwhile (a draft of nobody's team would go to the next).
  await store.update(HALF, (now) => now && { ...now, draft: withEnd('2020-04-05') as never });
  const teamB = await studioB(server, ottoToken);
  expect(await send(signInAs('eve@b.it'))).toEqual({ ok: true });
  expect(await send({ type: 'sync:state' })).toMatchObject({ kind: 'synced' });
  const eve = (await loadServerConfig())!;
  expect((await server.call('GET', `/api/teams/${teamB}/drafts`, { token: eve.token })).json).toEqual([]);
  const half = await store.get(HALF);
  expect(half).toMatchObject({ teamId, dirty: true });
  expect(half?.remote).toBeUndefined(); // still never sent
});
