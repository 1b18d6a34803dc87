/**
 * The background's message handling, started the way WXT starts it: `browser` and
 * `defineBackground` stubbed, drafts in fake-indexeddb, browser.storage answering a task later.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { piemonte2020Draft } from '../../rules/testing.ts';
import { loadServerConfig } from '../storage/config.ts';
import { optionsPage, page, startBackground, type Sender } from './background-harness.ts';

const later = <T>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 5));
/** Every request the background sends to a server. */
const fetched: { url: string; init?: RequestInit }[] = [];
let send!: (m: unknown, sender: Sender) => Promise<any>;

/** The account the background finds stored when it starts, as in a browser restarted while signed in. */
const SIGNED_IN = { origin: 'https://studio.example.it', token: 'the-team-token', teamId: 't1', teamName: 'Studio', userName: 'Anna' };

beforeAll(async () => {
  // browser.storage answering a task later, as a browser's does.
  ({ send } = await startBackground({
    account: SIGNED_IN,
    storageDelay: 5,
    fetch: async (url, init) => {
      fetched.push({ url, init });
      return new Response(JSON.stringify({ error: { code: 'unavailable', message: 'test' } }), { status: 503 });
    },
  }));
  await send({ type: 'sync:now' }, optionsPage); // after the round the start asks for
});

it('a save sent before a load (an address change, same key) is written before the load reads', async () => {
  const key = 'aminder:http://x/replica/aminder/domanda';
  const replica = page('http://x/replica/aminder/domanda');
  await send({ type: 'draft:save', key, draft: piemonte2020Draft() }, replica);
  const edited = { ...piemonte2020Draft(), period: { start: '2020-03-09', end: '2020-04-12' } };
  const saved = send({ type: 'draft:save', key, draft: edited, base: piemonte2020Draft() }, replica);
  const loaded = await send({ type: 'draft:load', key }, replica);
  await saved;
  expect(loaded.draft.period.end).toBe('2020-04-12');
});

describe('who may ask the background what', () => {
  it('the sign-in, the account and the sync are for the extension\'s own pages: a content script on a portal page gets nothing and sends nothing', async () => {
    const portal = page('https://gefo.servizirl.it/dgformazione/domanda');
    fetched.length = 0;
    for (const type of ['sync:status', 'sync:state', 'sync:now', 'sync:sign-out', 'sync:resolve']) {
      expect(await send({ type, key: 'k', resolution: { keep: 'local' } }, portal), type).toBeNull();
    }
    expect(await send({ type: 'sync:sign-in', origin: 'https://evil.example', email: 'anna@a.it', password: 'x' }, portal)).toBeNull();
    await later(null);
    expect(fetched).toEqual([]);
    expect(await loadServerConfig()).toEqual(SIGNED_IN);
    // The options page still gets the account it shows.
    expect(await send({ type: 'sync:status' }, optionsPage)).toEqual({ signedIn: true, origin: SIGNED_IN.origin, teamName: 'Studio', userName: 'Anna' });
  });

  it('a page reads and writes only the drafts of its own address\'s origin', async () => {
    const aminder = 'aminder:https://servizi.sistemapiemonte.it/aminder/domanda/12';
    const onAminder = page('https://servizi.sistemapiemonte.it/aminder/domanda/12');
    await send({ type: 'draft:save', key: aminder, draft: piemonte2020Draft() }, onAminder);
    expect((await send({ type: 'draft:load', key: aminder }, onAminder))?.draft.employer.fiscalCode).toBe(piemonte2020Draft().employer.fiscalCode);
    // Another site's page (or a look-alike host) asking for that draft gets nothing, and cannot overwrite it.
    for (const url of ['https://gefo.servizirl.it/dgformazione/domanda', 'https://servizi.sistemapiemonte.it.evil.example/aminder/domanda/12']) {
      expect(await send({ type: 'draft:load', key: aminder }, page(url)), url).toBeNull();
      expect(await send({ type: 'draft:save', key: aminder, draft: { ...piemonte2020Draft(), workers: [] } }, page(url)), url).toBeNull();
    }
    expect((await send({ type: 'draft:load', key: aminder }, onAminder))?.draft.workers).toHaveLength(piemonte2020Draft().workers.length);
  });

  it('a field map is one of the three sites: no other path on the team server is reached with the token', async () => {
    fetched.length = 0;
    const portal = page('https://servizi.sistemapiemonte.it/aminder/domanda/12');
    expect(await send({ type: 'fieldmap:put', site: '../drafts/d1', map: { site: 'aminder', fields: [] } }, portal)).toBeNull();
    expect(await send({ type: 'fieldmap:get', site: '../drafts/d1' }, portal)).toBeNull();
    await send({ type: 'fieldmap:put', site: 'aminder', map: { site: 'aminder', fields: [] } }, portal);
    // (The draft saved by the test before may be sent meanwhile: only field-map requests are looked at.)
    const maps = fetched.map((f) => f.url).filter((url) => !url.endsWith('/api/teams/t1/drafts'));
    expect(maps).toEqual(['https://studio.example.it/api/teams/t1/field-maps/aminder']);
  });

  it('a message that does not come from this extension is answered with nothing', async () => {
    const why = { type: 'rule:why', rule: 'piemonte-2020/application-length' };
    expect(await send(why, page('https://servizi.sistemapiemonte.it/aminder/domanda/12'))).toMatchObject({ quote: expect.stringContaining('35 giorni') });
    expect(await send(why, { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' })).toBeNull();
    expect(await send({ type: 'draft:load', key: 'aminder:https://servizi.sistemapiemonte.it/aminder/domanda/12' }, {})).toBeNull();
  });
});

it('keeps where the operator left the overlay for every page, and refuses anything else', async () => {
  const aminder = page('https://aminder.sistemapiemonte.it/domanda/1');
  expect(await send({ type: 'ui:get' }, aminder)).toBeNull();
  expect(await send({ type: 'ui:set', ui: { open: false, side: 'left' } }, aminder)).toEqual({ ok: true });
  // Another portal's page finds it the same.
  expect(await send({ type: 'ui:get' }, page('https://gefo.servizirl.it/fol/domanda'))).toEqual({ open: false, side: 'left' });
  expect(await send({ type: 'ui:set', ui: { open: 'no', side: 'top', token: 'x' } }, aminder)).toBeNull();
  expect(await send({ type: 'ui:get' }, aminder)).toEqual({ open: false, side: 'left' });
});
