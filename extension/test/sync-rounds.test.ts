/**
 * «Sincronizza ora» pressed while a round is still out (the one after typing, say), through the
 * background as WXT starts it and the real team server (createApp, through app.request): a draft
 * never sent reaches the team once, not once per round.
 * A file of its own: the background's state (rounds, sync state) lives for the module's life.
 */
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { testApp } from '../../server/testing.ts';
import { piemonte2020Draft } from '../../rules/testing.ts';
import { openDraftStore } from '../storage/drafts.ts';
import { optionsPage, signInAs, startBackground } from './background-harness.ts';

it('two rounds asked at once send a new draft once: the second follows the first', async () => {
  const server = testApp();
  const { teamId } = await server.setup();
  const { send } = await startBackground({ fetch: async (url, init) => server.app.request(url, init) });
  const options = (m: unknown) => send(m, optionsPage);
  expect(await options(signInAs('anna@a.it'))).toEqual({ ok: true });
  const store = await openDraftStore();
  const key = 'aminder:https://aminder.example/domanda/7';
  await store.put({ key, title: 'Rossi Bar', draft: piemonte2020Draft(), updatedAt: new Date().toISOString(), dirty: true, teamId });

  const [first, second] = await Promise.all([options({ type: 'sync:now' }), options({ type: 'sync:now' })]);
  expect(first).toMatchObject({ kind: 'synced' });
  expect(second).toMatchObject({ kind: 'synced' });
  const { token } = await (await server.call('POST', '/api/sessions', { body: { email: 'anna@a.it', password: 'password-anna' } })).json;
  const onServer = (await server.call('GET', `/api/teams/${teamId}/drafts`, { token })).json;
  expect(onServer).toHaveLength(1);
  expect(await store.get(key)).toMatchObject({ dirty: false, remote: { teamId, id: onServer[0].id, revision: 1 } });
});
