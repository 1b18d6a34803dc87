/**
 * Team sync against the real team server (createApp on SQLite, through
 * app.request) and a real IndexedDB store (fake-indexeddb): two browsers of
 * the same team, as the operators would use them.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testApp } from '../../server/testing.ts';
import { piemonte2020Draft } from '../../rules/testing.ts';
import { openDraftStore, type DraftStore } from './drafts.ts';
import { api, claimUnsynced, pullDrafts, pullFieldMap, pushDraft, pushFieldMap, resolveConflict, REQUEST_TIMEOUT_MS, signIn, switchTeam, syncTeam, SyncError, TeamChoiceNeeded, type Conflict, type ServerConfig } from './sync.ts';

const ORIGIN = 'http://team.test';
const PAGE = 'aminder:https://aminder.example/domanda/7';
const OTHER_PAGE = 'aminder:https://aminder.example/domanda/5';
let n = 0;

let server: ReturnType<typeof testApp>;
let fetchApp: typeof fetch;
let anna: { cfg: ServerConfig; store: DraftStore };
let otto: { cfg: ServerConfig; store: DraftStore };

const withEnd = (end: string) => ({ ...piemonte2020Draft(), period: { start: '2020-03-09', end } });

beforeEach(async () => {
  server = testApp();
  fetchApp = ((url: string, init?: RequestInit) => server.app.request(url, init)) as typeof fetch;
  const { token, teamId } = await server.setup();
  await server.member(token, teamId, 'otto@a.it');
  anna = { cfg: await signIn(ORIGIN, 'anna@a.it', 'password-anna', fetchApp), store: await openDraftStore(`sync-a-${n++}`) };
  otto = { cfg: await signIn(ORIGIN, 'otto@a.it', 'password-otto@a.it', fetchApp), store: await openDraftStore(`sync-o-${n++}`) };
});

async function revisionsOnServer(id: string) {
  const list = await server.call('GET', `/api/teams/${anna.cfg.teamId}/drafts/${id}/revisions`, { token: anna.cfg.token });
  return Promise.all(list.json.map(async (r: { revision: number }) =>
    (await server.call('GET', `/api/teams/${anna.cfg.teamId}/drafts/${id}/revisions/${r.revision}`, { token: anna.cfg.token })).json.draft.period.end));
}

describe('sign-in', () => {
  it('keeps the team of the account and never the password', async () => {
    expect(anna.cfg).toMatchObject({ origin: ORIGIN, teamName: 'Studio A', userName: 'Anna Admin' });
    expect(JSON.stringify(anna.cfg)).not.toContain('password-anna');
  });

  it('an account in several teams is signed in to the team the operator picks, never to one picked for them (another team’s admin may have added them)', async () => {
    // Any account of the server may make a team of its own (Otto's, here) and add Anna's address to it: her account just joins (api.md).
    const own = await server.call('POST', '/api/teams', { token: otto.cfg.token, body: { name: 'AAA Studio di Otto' } });
    await server.call('POST', `/api/teams/${own.json.team.id}/members`, { token: otto.cfg.token, body: { email: 'anna@a.it', name: 'Anna', password: 'whatever-123', role: 'operator' } });

    const err = await signIn(ORIGIN, 'anna@a.it', 'password-anna', fetchApp).catch((e) => e);
    expect(err).toBeInstanceOf(TeamChoiceNeeded);
    expect(err.message).toMatch(/più team/);
    expect(err.teams.map((t: { name: string }) => t.name)).toEqual(['AAA Studio di Otto', 'Studio A']);
    const chosen = await signIn(ORIGIN, 'anna@a.it', 'password-anna', fetchApp, anna.cfg.teamId);
    expect(chosen).toMatchObject({ teamId: anna.cfg.teamId, teamName: 'Studio A' });
    // A team the account is not in is refused.
    const wrong = await signIn(ORIGIN, 'anna@a.it', 'password-anna', fetchApp, 'not-a-team').catch((e) => e);
    expect(wrong).toBeInstanceOf(SyncError);
    expect(wrong.message).toMatch(/team/);
  });

  it('a wrong password is refused with the server’s Italian message', async () => {
    const err = await signIn(ORIGIN, 'anna@a.it', 'sbagliata', fetchApp).catch((e) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect(err.status).toBe(401);
    expect(err.message).toMatch(/[a-zà-ù]/i);
    expect(err.message).not.toMatch(/stack|Error:/);
  });

  it('an unreachable server or a page that is not the team server gets a clear message', async () => {
    const down = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    await expect(api(anna.cfg, '/api/teams', {}, down)).rejects.toThrow('Server del team non raggiungibile (http://team.test).');
    const proxy = (async () => new Response('<html>Gateway</html>', { status: 502 })) as typeof fetch;
    await expect(api(anna.cfg, '/api/teams', {}, proxy)).rejects.toThrow('non viene dal server del team (stato 502)');
  });
});

describe('drafts between two browsers of the team', () => {
  it('a draft typed in one browser reaches the server and opens on the same page in the other', async () => {
    const saved = await anna.store.save(PAGE, withEnd('2020-04-05'));
    expect(await pushDraft(anna.cfg, anna.store, saved, fetchApp)).toBeNull();
    const sent = await anna.store.get(PAGE);
    expect(sent).toMatchObject({ dirty: false, remote: { revision: 1 } });

    await pullDrafts(otto.cfg, otto.store, fetchApp);
    const received = await otto.store.get(PAGE);
    expect(received?.draft.period.end).toBe('2020-04-05');
    expect(received).toMatchObject({ dirty: false, remote: { id: sent!.remote!.id, revision: 1 } });
  });

  it('a draft still being typed (not yet a valid draft) stays in the browser', async () => {
    const half = { ...piemonte2020Draft(), period: { start: '2020-03-09', end: '' } };
    const saved = await anna.store.save(PAGE, half as never);
    expect(await pushDraft(anna.cfg, anna.store, saved, fetchApp)).toBeNull();
    expect(await anna.store.get(PAGE)).toMatchObject({ dirty: true });
    expect((await server.call('GET', `/api/teams/${anna.cfg.teamId}/drafts`, { token: anna.cfg.token })).json).toEqual([]);
  });

  it('typing while a save is on its way is not lost: the newer version stays to be sent', async () => {
    const saved = await anna.store.save(PAGE, withEnd('2020-04-05'));
    // The operator types again while the POST is out.
    const slow = (async (url: string, init?: RequestInit) => {
      await new Promise((r) => setTimeout(r, 5));
      await anna.store.save(PAGE, withEnd('2020-04-08'));
      return fetchApp(url, init);
    }) as typeof fetch;
    await pushDraft(anna.cfg, anna.store, saved, slow);
    const after = await anna.store.get(PAGE);
    expect(after).toMatchObject({ dirty: true, remote: { revision: 1 } });
    expect(after?.draft.period.end).toBe('2020-04-08');
    // The next sync sends it as revision 2.
    await pushDraft(anna.cfg, anna.store, after!, fetchApp);
    expect(await revisionsOnServer(after!.remote!.id)).toEqual(['2020-04-05', '2020-04-08']);
  });

  it('the second to save gets a conflict; keeping mine saves it after the colleague’s, both in the history', async () => {
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-05')), fetchApp);
    await pullDrafts(otto.cfg, otto.store, fetchApp);
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-06')), fetchApp);

    const conflict = await pushDraft(otto.cfg, otto.store, await otto.store.save(PAGE, withEnd('2020-04-07')), fetchApp);
    expect(conflict?.local.period.end).toBe('2020-04-07');
    expect(conflict?.remote).toMatchObject({ revision: 2, draft: { period: { end: '2020-04-06' } } });

    expect(await resolveConflict(otto.cfg, otto.store, conflict!, { keep: 'local' }, fetchApp)).toBeNull();
    const id = (await otto.store.get(PAGE))!.remote!.id;
    expect(await revisionsOnServer(id)).toEqual(['2020-04-05', '2020-04-06', '2020-04-07']);
    expect(await otto.store.get(PAGE)).toMatchObject({ dirty: false, remote: { revision: 3 } });
  });

  it('keeping the server’s version keeps mine as a local copy', async () => {
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-05')), fetchApp);
    await pullDrafts(otto.cfg, otto.store, fetchApp);
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-06')), fetchApp);
    const conflict = await pushDraft(otto.cfg, otto.store, await otto.store.save(PAGE, withEnd('2020-04-07')), fetchApp);

    await resolveConflict(otto.cfg, otto.store, conflict!, { keep: 'remote' }, fetchApp);
    const records = await otto.store.list();
    expect(records.find((r) => r.key === PAGE)?.draft.period.end).toBe('2020-04-06');
    const copy = records.find((r) => r.key.startsWith(`${PAGE}:copia-`));
    expect(copy?.draft.period.end).toBe('2020-04-07');
    expect(copy?.title).toContain('(copia locale)');
    expect(copy?.remote).toBeUndefined();
  });

  it('a merge by section becomes the next revision', async () => {
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-05')), fetchApp);
    await pullDrafts(otto.cfg, otto.store, fetchApp);
    const annas = { ...withEnd('2020-04-06'), employer: { ...piemonte2020Draft().employer, name: 'Rossi Bar di Anna' } };
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, annas), fetchApp);
    const conflict = await pushDraft(otto.cfg, otto.store, await otto.store.save(PAGE, withEnd('2020-04-07')), fetchApp);
    // Otto keeps his period, Anna's employer name.
    await resolveConflict(otto.cfg, otto.store, conflict!, { keep: 'merged', sections: ['period'] }, fetchApp);
    await pullDrafts(anna.cfg, anna.store, fetchApp);
    const annaNow = (await anna.store.get(PAGE))!;
    expect(annaNow.remote?.revision).toBe(3);
    expect(annaNow.draft.period.end).toBe('2020-04-07');
    expect(annaNow.draft.employer.name).toBe('Rossi Bar di Anna');
  });

  it('a merge keeps what I typed after the conflict appeared, and the conflict shows it after the next round', async () => {
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-05')), fetchApp);
    await pullDrafts(otto.cfg, otto.store, fetchApp);
    const annas = { ...withEnd('2020-04-05'), employer: { ...piemonte2020Draft().employer, name: 'Rossi Bar di Anna' } };
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, annas), fetchApp);
    await otto.store.save(PAGE, withEnd('2020-04-07'));
    const conflicts = new Map<string, Conflict>();
    await syncTeam(otto.cfg, otto.store, conflicts, { pull: false }, fetchApp);
    expect(conflicts.get(PAGE)?.local.period.end).toBe('2020-04-07');
    // Otto corrects the end on the page while the conflict waits: held back, but shown.
    await otto.store.save(PAGE, withEnd('2020-04-10'));
    await syncTeam(otto.cfg, otto.store, conflicts, { pull: false }, fetchApp);
    expect(conflicts.get(PAGE)?.local.period.end).toBe('2020-04-10');
    // He types once more, then merges before any round: the merge takes his latest period.
    await otto.store.save(PAGE, withEnd('2020-04-11'));
    expect(await resolveConflict(otto.cfg, otto.store, conflicts.get(PAGE)!, { keep: 'merged', sections: ['period'] }, fetchApp)).toBeNull();
    const ottoNow = (await otto.store.get(PAGE))!;
    expect(ottoNow).toMatchObject({ dirty: false, remote: { revision: 3 } });
    expect(ottoNow.draft.period.end).toBe('2020-04-11');
    expect(ottoNow.draft.employer.name).toBe('Rossi Bar di Anna');
    expect(await revisionsOnServer(ottoNow.remote!.id)).toEqual(['2020-04-05', '2020-04-05', '2020-04-11']);
  });

  it('a member of another team on the same server gets none of this team’s drafts', async () => {
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-05')), fetchApp);
    // Eve belongs only to a second team of the same server.
    const other = await server.call('POST', '/api/teams', { token: anna.cfg.token, body: { name: 'Studio B' } });
    await server.call('POST', `/api/teams/${other.json.team.id}/members`, {
      token: anna.cfg.token, body: { email: 'eve@b.it', name: 'Eve', password: 'password-eve', role: 'operator' },
    });
    const eve = await signIn(ORIGIN, 'eve@b.it', 'password-eve', fetchApp);
    const store = await openDraftStore(`sync-x-${n++}`);
    const err = await pullDrafts({ ...eve, teamId: anna.cfg.teamId }, store, fetchApp).catch((e) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect(err.status).toBe(404);
    expect(await store.list()).toEqual([]);
  });
});

describe('field maps', () => {
  it('a map taught in one browser is pulled by the other; a stale push gets the colleague’s map back', async () => {
    const map = { site: 'aminder', fields: [{ selector: '#indirizzoSede', path: 'unit.comune', label: 'Indirizzo sede' }] };
    const first = await pushFieldMap(anna.cfg, 'aminder', map as never, 0, fetchApp);
    expect(first).toEqual({ ok: true, revision: 1 });
    expect(await pullFieldMap(otto.cfg, 'aminder', fetchApp)).toMatchObject({ revision: 1, map });
    const stale = await pushFieldMap(otto.cfg, 'aminder', { site: 'aminder', fields: [] } as never, 0, fetchApp);
    expect(stale).toMatchObject({ ok: false, current: { revision: 1, map } });
  });
});

describe('a sync round (the background’s)', () => {
  const OTHER = 'aminder:https://aminder.example/domanda/9';
  const map = { format: 'cigd-field-map/1', site: 'geco', fields: [{ selector: '#denominazione', path: 'employer.name' }] };

  async function colleagueShares() {
    await pushDraft(otto.cfg, otto.store, await otto.store.save(OTHER, withEnd('2020-04-10')), fetchApp);
    await pushFieldMap(otto.cfg, 'geco', map as never, 0, fetchApp);
  }

  it('after a pause in typing it sends the edit and brings nothing back', async () => {
    await colleagueShares();
    await anna.store.save(PAGE, withEnd('2020-04-05'));
    const state = await syncTeam(anna.cfg, anna.store, new Map(), { pull: false }, fetchApp);
    expect(state.kind).toBe('synced');
    expect(await anna.store.get(PAGE)).toMatchObject({ dirty: false, remote: { revision: 1 } });
    expect(await anna.store.get(OTHER)).toBeUndefined();
    expect(await anna.store.getFieldMap('geco')).toBeUndefined();
  });

  it('with a pull it brings the colleague’s drafts and field maps too', async () => {
    await colleagueShares();
    await anna.store.save(PAGE, withEnd('2020-04-05'));
    expect((await syncTeam(anna.cfg, anna.store, new Map(), { pull: true }, fetchApp)).kind).toBe('synced');
    expect((await anna.store.get(OTHER))?.draft.period.end).toBe('2020-04-10');
    expect(await anna.store.getFieldMap('geco')).toMatchObject({ revision: 1, map });
    expect((await server.call('GET', `/api/teams/${anna.cfg.teamId}/drafts`, { token: anna.cfg.token })).json).toHaveLength(2);
  });

  it('a draft in conflict waits for the operator; the round reports the conflict', async () => {
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-05')), fetchApp);
    await pullDrafts(otto.cfg, otto.store, fetchApp);
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-06')), fetchApp);
    await otto.store.save(PAGE, withEnd('2020-04-07'));
    const conflicts = new Map();
    const state = await syncTeam(otto.cfg, otto.store, conflicts, { pull: false }, fetchApp);
    expect(state).toMatchObject({ kind: 'conflicts', conflicts: [{ key: PAGE, local: { period: { end: '2020-04-07' } } }] });
    // Typing on: the draft in conflict is not sent again over the colleague's revision.
    await otto.store.save(PAGE, withEnd('2020-04-08'));
    await syncTeam(otto.cfg, otto.store, conflicts, { pull: false }, fetchApp);
    const id = (await anna.store.get(PAGE))!.remote!.id;
    expect(await revisionsOnServer(id)).toEqual(['2020-04-05', '2020-04-06']);
  });

  it('a signed-out token and an unreachable server become states the popup explains', async () => {
    await server.call('DELETE', '/api/sessions/current', { token: anna.cfg.token });
    await anna.store.save(PAGE, withEnd('2020-04-05'));
    expect(await syncTeam(anna.cfg, anna.store, new Map(), { pull: true }, fetchApp))
      .toEqual({ kind: 'error', message: 'Sessione scaduta: accedi di nuovo dalle impostazioni.' });
    const down = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    expect(await syncTeam(otto.cfg, otto.store, new Map(), { pull: true }, down))
      .toEqual({ kind: 'offline', message: 'Server del team non raggiungibile (http://team.test).' });
    expect(await anna.store.get(PAGE)).toMatchObject({ dirty: true }); // nothing lost: sent at the next round
  });

  it('a server that takes the request and never answers ends the round as unreachable after REQUEST_TIMEOUT_MS, nothing lost', async () => {
    await anna.store.save(PAGE, withEnd('2020-04-05'));
    // Answers nothing, ever; only the request's own signal ends it.
    const silent = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let state: unknown;
      const round = syncTeam(anna.cfg, anna.store, new Map(), { pull: false }, silent).then((s) => (state = s));
      await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1);
      expect(state).toBeUndefined(); // still waiting, a moment before the limit
      await vi.advanceTimersByTimeAsync(1);
      await round;
      expect(state).toEqual({ kind: 'offline', message: 'Server del team non raggiungibile (http://team.test).' });
    } finally {
      vi.useRealTimers();
    }
    expect(await anna.store.get(PAGE)).toMatchObject({ dirty: true });
  });
});

describe('pulls that never overwrite a draft of this browser', () => {
  it('a colleague’s draft made on the same page as mine goes under its team key; mine (synced or half-typed) stays', async () => {
    await pushDraft(otto.cfg, otto.store, await otto.store.save(PAGE, withEnd('2020-04-10')), fetchApp);
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-05')), fetchApp);
    const HALF = 'aminder:https://aminder.example/domanda/8';
    await pushDraft(otto.cfg, otto.store, await otto.store.save(HALF, withEnd('2020-04-11')), fetchApp);
    await anna.store.save(HALF, { ...withEnd(''), employer: { ...piemonte2020Draft().employer, name: 'SCRITTA A METÀ' } } as never);
    await pullDrafts(anna.cfg, anna.store, fetchApp);
    await pullDrafts(anna.cfg, anna.store, fetchApp);
    expect((await anna.store.get(PAGE))?.draft.period.end).toBe('2020-04-05');
    expect(await anna.store.get(HALF)).toMatchObject({ dirty: true, draft: { employer: { name: 'SCRITTA A METÀ' } } });
    const ottos = (await anna.store.list()).filter((r) => r.key.startsWith(`team:${anna.cfg.teamId}:`)).map((r) => r.draft.period.end).sort();
    expect(ottos).toEqual(['2020-04-10', '2020-04-11']);
    expect(await anna.store.list()).toHaveLength(4);
  });

  it('typing during a pull is kept: that draft waits for the next round', async () => {
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-05')), fetchApp);
    await pullDrafts(otto.cfg, otto.store, fetchApp);
    await pushDraft(otto.cfg, otto.store, await otto.store.save(PAGE, withEnd('2020-04-10')), fetchApp);
    const typing = (async (url: string, init?: RequestInit) => {
      if (/drafts\/[^/]+$/.test(url) && !init?.method) await anna.store.save(PAGE, withEnd('2020-04-12'));
      return fetchApp(url, init);
    }) as typeof fetch;
    await pullDrafts(anna.cfg, anna.store, typing);
    expect(await anna.store.get(PAGE)).toMatchObject({ dirty: true, draft: { period: { end: '2020-04-12' } }, remote: { revision: 1 } });
  });
});

describe('drafts of another team, and a draft the server refuses', () => {
  async function otherTeam() {
    const team = await server.call('POST', '/api/teams', { token: anna.cfg.token, body: { name: 'Studio B' } });
    await server.call('POST', `/api/teams/${team.json.team.id}/members`, { token: anna.cfg.token, body: { email: 'eve@b.it', name: 'Eve', password: 'password-eve', role: 'operator' } });
    return signIn(ORIGIN, 'eve@b.it', 'password-eve', fetchApp);
  }
  const onServer = async (cfg: ServerConfig) => (await server.call('GET', `/api/teams/${cfg.teamId}/drafts`, { token: cfg.token })).json;

  it('another team’s drafts stay local, and one refused draft does not stop the others: the state names it', async () => {
    const eve = await otherTeam();
    const A = 'aminder:https://aminder.example/domanda/1';
    const B = 'aminder:https://aminder.example/domanda/2';
    await pushDraft(anna.cfg, anna.store, await anna.store.save(A, withEnd('2020-04-05')), fetchApp);
    await anna.store.save(A, withEnd('2020-04-06')); // team A's draft, changed
    await anna.store.save(B, withEnd('2020-04-07'), { teamId: anna.cfg.teamId }); // made for team A, never sent
    await anna.store.save(PAGE, { ...withEnd('2020-04-08'), employer: { ...piemonte2020Draft().employer, name: 'RIFIUTATA' } });
    await anna.store.save(OTHER_PAGE, withEnd('2020-04-09'));
    const refuses = (async (url: string, init?: RequestInit) =>
      String(init?.body ?? '').includes('RIFIUTATA')
        ? new Response(JSON.stringify({ error: { code: 'invalid', message: 'Bozza rifiutata.' } }), { status: 422 })
        : fetchApp(url, init)) as typeof fetch;
    const state = await syncTeam(eve, anna.store, new Map(), { pull: false }, refuses);
    expect(state).toMatchObject({ kind: 'synced', failures: [{ key: PAGE, message: 'Bozza rifiutata.' }] });
    expect((await onServer(eve))).toHaveLength(1);
    expect(await anna.store.get(OTHER_PAGE)).toMatchObject({ dirty: false, remote: { teamId: eve.teamId } });
    expect(await anna.store.get(A)).toMatchObject({ dirty: true, remote: { teamId: anna.cfg.teamId, revision: 1 } });
    expect(await anna.store.get(B)).toMatchObject({ dirty: true, remote: undefined });
    expect(await onServer(anna.cfg)).toHaveLength(1);
  });

  it('a 5xx, a 429 or an answer that is not JSON ends the round as offline, blaming no draft', async () => {
    await anna.store.save(PAGE, withEnd('2020-04-08'));
    for (const res of [
      () => new Response(JSON.stringify({ error: { code: 'internal', message: 'Errore interno.' } }), { status: 500 }),
      () => new Response('{"error":{"code":"rate","message":"Troppe richieste."}}', { status: 429 }),
      () => new Response('<html>Bad gateway</html>', { status: 502 }),
      () => new Response('<html>login del proxy</html>', { status: 200 }),
    ]) {
      const state = await syncTeam(anna.cfg, anna.store, new Map(), { pull: false }, (async () => res()) as typeof fetch);
      expect(state.kind).toBe('offline');
    }
    expect(await anna.store.get(PAGE)).toMatchObject({ dirty: true });
  });

  it('signing in to another team without signing out: its conflicts go, its unsent drafts stay its own', async () => {
    const HALF = 'aminder:https://aminder.example/domanda/4';
    await anna.store.save(HALF, withEnd('2020-04-07'));
    const conflicts = new Map([[PAGE, { key: PAGE } as any]]);
    await switchTeam(anna.store, conflicts, anna.cfg.teamId, anna.cfg.teamId);
    expect(conflicts.size).toBe(1); // the same team again (an expired session): kept
    await switchTeam(anna.store, conflicts, anna.cfg.teamId, 'team-b');
    expect(conflicts.size).toBe(0);
    expect(await anna.store.get(HALF)).toMatchObject({ teamId: anna.cfg.teamId });
  });

  it('after sign-out, the next account’s team gets none of the earlier account’s unsent drafts', async () => {
    const HALF = 'aminder:https://aminder.example/domanda/3';
    await anna.store.save(HALF, withEnd('')  as never); // half-typed, not yet sent
    await claimUnsynced(anna.store, anna.cfg.teamId); // sign-out
    await anna.store.save(HALF, withEnd('2020-04-07')); // finished later, signed out
    const eve = await otherTeam();
    await syncTeam(eve, anna.store, new Map(), { pull: false }, fetchApp);
    expect(await onServer(eve)).toEqual([]);
    // Anna signs in again: her draft goes to her team.
    await syncTeam(anna.cfg, anna.store, new Map(), { pull: false }, fetchApp);
    expect(await onServer(anna.cfg)).toHaveLength(1);
  });
});

describe('a page saving over newer content (a pull, another tab)', () => {
  it('keeps the fields the page did not change, and a change over a revision it never loaded meets the 409', async () => {
    await pushDraft(anna.cfg, anna.store, await anna.store.save(PAGE, withEnd('2020-04-05')), fetchApp);
    const loaded = (await anna.store.get(PAGE))!; // Anna's tab opens at revision 1
    await pullDrafts(otto.cfg, otto.store, fetchApp);
    const facts = { previousApplications: [{ start: '2020-02-24', end: '2020-03-01' }] };
    await pushDraft(otto.cfg, otto.store, await otto.store.save(PAGE, { ...withEnd('2020-04-05'), ...facts } as never), fetchApp);
    await pullDrafts(anna.cfg, anna.store, fetchApp); // revision 2 arrives while the tab is open
    // The tab changes the end date: Otto's previousApplications stay, and revision 2 is the base (nothing unseen changed).
    const tab = { ...loaded.draft, period: { start: '2020-03-09', end: '2020-04-06' } };
    await anna.store.save(PAGE, tab, { base: loaded.draft, revision: 1 });
    expect(await pushDraft(anna.cfg, anna.store, (await anna.store.get(PAGE))!, fetchApp)).toBeNull();
    const id = loaded.remote!.id;
    const cur = (await server.call('GET', `/api/teams/${anna.cfg.teamId}/drafts/${id}`, { token: anna.cfg.token })).json;
    expect(cur).toMatchObject({ revision: 3, draft: { period: { end: '2020-04-06' }, ...facts } });
    // Otto changes the end date too; Anna's tab (which never loaded it) changes it again: a conflict, not an overwrite.
    await pullDrafts(otto.cfg, otto.store, fetchApp);
    await pushDraft(otto.cfg, otto.store, await otto.store.save(PAGE, { ...cur.draft, period: { start: '2020-03-09', end: '2020-04-10' } }), fetchApp);
    await pullDrafts(anna.cfg, anna.store, fetchApp);
    await anna.store.save(PAGE, { ...tab, period: { start: '2020-03-09', end: '2020-04-07' } }, { base: tab, revision: 1 });
    const conflict = await pushDraft(anna.cfg, anna.store, (await anna.store.get(PAGE))!, fetchApp);
    expect(conflict).toMatchObject({ local: { period: { end: '2020-04-07' } }, remote: { revision: 4, draft: { period: { end: '2020-04-10' } } } });
    expect(await revisionsOnServer(id)).toEqual(['2020-04-05', '2020-04-05', '2020-04-06', '2020-04-10']);
  });
});

