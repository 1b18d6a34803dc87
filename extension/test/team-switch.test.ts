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
import { conflictingDraft, optionsPage, signInAs, startBackground, studioB } from './background-harness.ts';

const server = testApp();
let send!: (m: unknown) => Promise<any>;
/** Held saves: the earlier team's PUT waits here until the test lets it through. */
let hold: { reached: () => void; release: Promise<void> } | undefined;
/** Called with each request's address once the server has answered it. */
let answered: ((url: string, init?: RequestInit) => void) | undefined;

const PAGE = 'aminder:https://aminder.example/domanda/7';
let teamA!: string;
let teamB!: string;
let ottoToken!: string;

beforeAll(async () => {
  const background = await startBackground({
    fetch: async (url, init) => {
      if (init?.method === 'PUT' && hold) {
        const { reached, release } = hold;
        hold = undefined;
        reached();
        await release;
      }
      const res = await server.app.request(url, init);
      answered?.(url, init);
      return res;
    },
  });
  send = (m) => background.send(m, optionsPage);
  const { token: annaToken, teamId } = await server.setup();
  teamA = teamId;
  ottoToken = await server.member(annaToken, teamId, 'otto@a.it');
  teamB = await studioB(server, ottoToken);
});

it('a conflict an earlier team\'s round finds after the sign-in to another team is not shown to the next account, nor kept', async () => {
  expect(await send(signInAs('anna@a.it'))).toMatchObject({ ok: true });
  // Otto saved revision 2 of a draft this browser holds at revision 1, changed here since: the next round's PUT is refused (409).
  await conflictingDraft(server, ottoToken, teamA, PAGE);

  let release!: () => void;
  const reached = new Promise<void>((r) => (hold = { reached: r, release: new Promise((go) => (release = go)) }));
  const round = send({ type: 'sync:now' }); // Studio A's round: its PUT is held
  await reached;
  // The held PUT goes through only once Studio B is being synced: the account has changed by then.
  answered = (url) => {
    if (!url.includes(`/teams/${teamB}/`)) return;
    answered = undefined;
    release();
  };
  expect(await send(signInAs('eve@b.it'))).toEqual({ ok: true });
  await round;

  expect(await send({ type: 'sync:state' })).toMatchObject({ kind: 'synced' });
  expect(await send({ type: 'sync:now' })).toMatchObject({ kind: 'synced' });
  expect(await send({ type: 'sync:resolve', key: PAGE, resolution: { keep: 'remote' } })).toEqual({ ok: false });
  // The draft is still Studio A's, unsent, for when Anna signs in again.
  expect(await (await openDraftStore()).get(PAGE)).toMatchObject({ dirty: true, remote: { teamId: teamA, revision: 1 } });
});

it('a round asked at any moment of a sign-in to another team never pairs the earlier team\'s account with the next team\'s conflicts', async () => {
  expect(await send(signInAs('anna@a.it'))).toMatchObject({ ok: true });
  expect(await send({ type: 'sync:state' })).toMatchObject({ kind: 'conflicts', conflicts: [{ key: PAGE }] }); // Studio A's
  // Anna (Studio A, with its conflict) signs in; then Eve (Studio B), and a round is asked some turns of the event
  // loop after Eve's sign-in is answered by the server: one moment after another, through the whole switch.
  for (let turns = 0; turns < 40; turns++) {
    expect(await send(signInAs('anna@a.it'))).toMatchObject({ ok: true });
    let round: Promise<unknown> | undefined;
    answered = (url, init) => {
      if (!url.endsWith('/api/sessions') || init?.method !== 'POST') return;
      answered = undefined;
      void (async () => {
        for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
        round = send({ type: 'sync:now' });
      })();
    };
    expect(await send(signInAs('eve@b.it'))).toEqual({ ok: true });
    while (!round) await new Promise((r) => setImmediate(r));
    await round;
    expect(await send({ type: 'sync:now' }), `a round ${turns} turns after Eve's sign-in`).toMatchObject({ kind: 'synced' });
  }
});
