/**
 * Signing in to another team while a sync round of the earlier team is still out, through the background
 * as WXT starts it and the real team server (createApp, through app.request): what that round finds (a
 * conflict) is the earlier team's, and the options page never shows it to the next account.
 * A file of its own: the background's state (conflicts, sync state) lives for the module's life.
 */
import 'fake-indexeddb/auto';
import { beforeAll, expect, it } from 'vitest';
import { testApp } from '../../server/testing.ts';
import { openDraftStore } from '../storage/drafts.ts';
import { conflictingDraft, optionsPage, startBackground } from './background-harness.ts';

const ORIGIN = 'http://127.0.0.1:8787';
const server = testApp();
let send!: (m: unknown) => Promise<any>;
/** Held saves: the earlier team's PUT waits here until the test lets it through. */
let hold: { reached: () => void; release: Promise<void> } | undefined;

beforeAll(async () => {
  const background = await startBackground({
    fetch: async (url, init) => {
      if (init?.method === 'PUT' && hold) {
        const { reached, release } = hold;
        hold = undefined;
        reached();
        await release;
      }
      return server.app.request(url, init);
    },
  });
  send = (m) => background.send(m, optionsPage);
});

it('a conflict an earlier team\'s round finds after the sign-in to another team is not shown to the next account, nor kept', async () => {
  const { token: annaToken, teamId } = await server.setup();
  const ottoToken = await server.member(annaToken, teamId, 'otto@a.it');
  const other = await server.call('POST', '/api/teams', { token: ottoToken, body: { name: 'Studio B' } });
  await server.call('POST', `/api/teams/${other.json.team.id}/members`, { token: ottoToken, body: { email: 'eve@b.it', name: 'Eve', password: 'password-eve', role: 'operator' } });
  expect(await send({ type: 'sync:sign-in', origin: ORIGIN, email: 'anna@a.it', password: 'password-anna' })).toEqual({ ok: true });

  // Otto saved revision 2 of a draft this browser holds at revision 1, changed here since: the next round's PUT is refused (409).
  const PAGE = 'aminder:https://aminder.example/domanda/7';
  await conflictingDraft(server, ottoToken, teamId, PAGE);
  const store = await openDraftStore();

  let release!: () => void;
  const reached = new Promise<void>((r) => (hold = { reached: r, release: new Promise((go) => (release = go)) }));
  const round = send({ type: 'sync:now' }); // Studio A's round: its PUT is held
  await reached;
  const signIn = send({ type: 'sync:sign-in', origin: ORIGIN, email: 'eve@b.it', password: 'password-eve' });
  // The sign-in to Studio B goes on (or waits for the round): the held PUT is let through a moment later.
  await new Promise((r) => setTimeout(r, 200));
  release();
  await round;
  expect(await signIn).toEqual({ ok: true });

  expect(await send({ type: 'sync:state' })).toMatchObject({ kind: 'synced' });
  expect(await send({ type: 'sync:now' })).toMatchObject({ kind: 'synced' });
  expect(await send({ type: 'sync:resolve', key: PAGE, resolution: { keep: 'remote' } })).toEqual({ ok: false });
  // The draft is still Studio A's, unsent, for when Anna signs in again.
  expect(await store.get(PAGE)).toMatchObject({ dirty: true, remote: { teamId, revision: 1 } });
});
