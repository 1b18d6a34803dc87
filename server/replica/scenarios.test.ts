import { Hono, type MiddlewareHandler } from 'hono';
import { describe, expect, it } from 'vitest';
import { judge, parseDraft } from '../../rules/index.ts';
import { checkEmployerFiscalCode, checkPersonalFiscalCode } from '../../rules/calc/fiscal-code.ts';
import { MemoryReplicaStore } from './memory-store.ts';
import { BUILT_IN_SCENARIOS } from './scenarios.ts';
import { createScenariosApi, type AuthGuards } from './scenarios-api.ts';
import { createReplicaApp } from './index.ts';
import { handleError } from '../errors.ts';

describe('built-in scenarios', () => {
  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))('%s is a valid cigd-draft/1 with Italian teaching text', (_id, s) => {
    const parsed = parseDraft(s.draft);
    expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.issues)).toBe(true);
    expect(s.teaches.length).toBeGreaterThan(40);
    expect(s.builtIn).toBe(true);
    for (const w of (s.draft as any).workers) expect(checkPersonalFiscalCode(w.fiscalCode).valid, w.fiscalCode).toBe(true);
    expect(checkEmployerFiscalCode((s.draft as any).employer.fiscalCode).valid).toBe(true);
  });

  it('covers the seeds\' worked examples', () => {
    const by = (id: string) => BUILT_IN_SCENARIOS.find((s) => s.id === id)!.draft as any;
    expect(by('intermittente-68-giorni').workers.find((w: any) => w.contract === 'intermittent').intermittent.daysWorkedLast12Months).toBe(68);
    expect(by('organico-5-2-accordo').workers.reduce((s: number, w: any) => s + (w.fte ?? 1), 0)).toBeCloseTo(5.2);
    expect(by('domanda-36-giorni').period).toEqual({ start: '2020-02-24', end: '2020-03-30' });
    expect(by('assunto-24-02-2020').workers.some((w: any) => w.hiredOn === '2020-02-24')).toBe(true);
    expect(by('terza-domanda').previousApplications).toHaveLength(2);
    expect(by('scavalco-2016-2017').period).toEqual({ start: '2016-12-30', end: '2017-02-27' });
    expect(by('elba-addendum-2015').kind).toBe('elba-addendum-f');
    expect(by('calendario-2012').suspensions.length).toBeGreaterThan(0);
  });

  it('the rules see what each scenario teaches', () => {
    const rulesOf = (id: string, today: string) =>
      judge(BUILT_IN_SCENARIOS.find((s) => s.id === id)!.draft as any, { today }).findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(rulesOf('domanda-36-giorni', '2020-04-10')).toContain('piemonte-2020/application-length');
    expect(rulesOf('assunto-24-02-2020', '2020-04-10').some((r) => r.startsWith('piemonte-2020/'))).toBe(true);
  });
});

// Stand-ins for server/auth.ts: the caller's team and role come from headers.
const fakeAuth: AuthGuards = {
  requireAuth: (async (c, next) => {
    if (!c.req.header('x-user')) return c.json({ error: { code: 'unauthenticated', message: 'Accesso richiesto.' } }, 401);
    c.set('user' as never, { id: c.req.header('x-user') } as never);
    await next();
  }) as MiddlewareHandler,
  requireTeam: (roles?: string[]) => (async (c, next) => {
    const team = c.req.param('team');
    const role = c.req.header('x-role') ?? '';
    if (c.req.header('x-team') !== team) return c.json({ error: { code: 'not-found', message: 'Team non trovato.' } }, 404);
    if (roles && !roles.includes(role)) return c.json({ error: { code: 'forbidden', message: 'Ruolo non ammesso.' } }, 403);
    c.set('team' as never, { id: team } as never);
    c.set('role' as never, role as never);
    await next();
  }) as MiddlewareHandler,
};

function setup() {
  const store = new MemoryReplicaStore();
  const draft = { ...(BUILT_IN_SCENARIOS[0].draft as any), employer: { ...(BUILT_IN_SCENARIOS[0].draft as any).employer, name: 'Bozza del team' } };
  store.drafts.set('t1', new Map([['d1', { id: 'd1', revision: 3, draft }], ['bad', { id: 'bad', revision: 1, draft: { format: 'x' } }]]));
  const app = new Hono();
  app.onError(handleError); // the server's own: the API throws its errors to it, as app.ts mounts it
  app.route('/api/teams/:team/scenarios', createScenariosApi({ store, auth: fakeAuth }));
  app.route('/replica', createReplicaApp({ store }));
  const call = (method: string, path: string, who: { team: string; role: string } | null, body?: unknown) =>
    app.request(path, { method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(who ? { 'x-user': 'u1', 'x-team': who.team, 'x-role': who.role } : {}) } });
  return { store, app, call };
}

describe('scenarios API', () => {
  const trainer = { team: 't1', role: 'trainer' };

  it('a trainer turns a team draft into a scenario that fills the replica', async () => {
    const { app, call } = setup();
    const res = await call('POST', '/api/teams/t1/scenarios', trainer, { draftId: 'd1', title: 'Il nostro caso', teaches: 'Insegna il caso del team.' });
    expect(res.status).toBe(201);
    const { scenario } = await res.json() as any;
    expect(scenario).toMatchObject({ title: 'Il nostro caso', portal: 'aminder', builtIn: false, teamId: 't1', createdBy: 'u1' });
    const list = await (await call('GET', '/api/teams/t1/scenarios', { team: 't1', role: 'operator' })).json() as any[];
    expect(list.map((s) => s.id)).toEqual([scenario.id]);

    const first = await app.request(`/replica/aminder/domanda?scenario=${scenario.id}`);
    const cookie = first.headers.get('set-cookie')!.split(';')[0];
    const page = await app.request(first.headers.get('location')!, { headers: { cookie } });
    // The replica shows the scenario's made-up employer, never the team's client.
    const html = await page.text();
    expect(html).toContain('value="Azienda di esempio"');
    expect(html).not.toContain('Bozza del team');
  });

  it('refuses operators, other teams and anonymous callers with the api.md error shape', async () => {
    const { call } = setup();
    const body = { draftId: 'd1', title: 'x', teaches: 'y' };
    const op = await call('POST', '/api/teams/t1/scenarios', { team: 't1', role: 'operator' }, body);
    expect(op.status).toBe(403);
    expect((await op.json() as any).error.code).toBe('forbidden');
    expect((await call('POST', '/api/teams/t1/scenarios', { team: 't2', role: 'trainer' }, body)).status).toBe(404);
    expect((await call('POST', '/api/teams/t1/scenarios', null, body)).status).toBe(401);
  });

  it('validates the body and the draft, naming the fields', async () => {
    const { call } = setup();
    const missing = await call('POST', '/api/teams/t1/scenarios', trainer, { draftId: 'd1' });
    expect(missing.status).toBe(400);
    const err = (await missing.json() as any).error;
    expect(err.code).toBe('invalid');
    expect(err.details.map((d: any) => d.path)).toEqual(expect.arrayContaining(['title', 'teaches']));
    expect((await call('POST', '/api/teams/t1/scenarios', trainer, { draftId: 'nope', title: 'a', teaches: 'b' })).status).toBe(404);
    const bad = await call('POST', '/api/teams/t1/scenarios', trainer, { draftId: 'bad', title: 'a', teaches: 'b' });
    expect(bad.status).toBe(400);
    expect((await bad.json() as any).error.details.length).toBeGreaterThan(0);
  });

  it('refuses a title or description naming the client, a worker, a codice fiscale or an IBAN (shown on /replica/ to anyone), without repeating them', async () => {
    const { call, store } = setup();
    const post = async (title: string, teaches: string) => {
      const res = await call('POST', '/api/teams/t1/scenarios', trainer, { draftId: 'd1', title, teaches });
      return { status: res.status, body: await res.text() };
    };
    const refused = [
      ['Il caso bozza del team', 'Insegna la regola dei 63 giorni.', 'title', 'il nome dell’azienda'],
      ['Il caso dell\'intermittente', 'Insegna il tetto di ROSSI, assunto nel 2015.', 'teaches', 'il nome di un lavoratore'],
      ['Laura Bianchì', 'Insegna la regola dei 63 giorni.', 'title', 'il nome di un lavoratore'],
      ['Il caso RSSMRA80A01L219M', 'Insegna il codice fiscale.', 'title', 'un codice fiscale o un IBAN'],
      ['Il caso', 'IBAN IT60 X054 2811 1010 0000 0123 456 da correggere.', 'teaches', 'un codice fiscale o un IBAN'],
    ] as const;
    for (const [title, teaches, path, what] of refused) {
      const { status, body } = await post(title, teaches);
      expect(status, title).toBe(400);
      const { error } = JSON.parse(body);
      expect(error.details, title).toEqual([{ path, message: `contiene ${what}: scrivi lo scenario senza i dati del cliente` }]);
      expect(body).not.toMatch(/rossi|bianch|RSSMRA|IT60/i);
    }
    expect((await store.listScenarios()).filter((s) => !s.builtIn)).toEqual([]);
    // Words that only contain a name, a surname that is also a word written as a word, and numbers that are no code, are fine.
    expect((await post('Rossetti e la Romagna: 35 giorni', 'Dal 23/02/2020, 63 giorni in tutto; ore 1234; i fogli bianchi.')).status).toBe(201);
  });

  it('deletes a team scenario, never a built-in or another team\'s', async () => {
    const { call, store } = setup();
    const { scenario } = await (await call('POST', '/api/teams/t1/scenarios', trainer, { draftId: 'd1', title: 'a', teaches: 'b' })).json() as any;
    expect((await call('DELETE', `/api/teams/t2/scenarios/${scenario.id}`, { team: 't2', role: 'admin' })).status).toBe(404);
    expect((await call('DELETE', '/api/teams/t1/scenarios/domanda-36-giorni', trainer)).status).toBe(403);
    expect((await call('DELETE', `/api/teams/t1/scenarios/${scenario.id}`, trainer)).status).toBe(204);
    expect(await store.getScenario(scenario.id)).toBeNull();
  });
});
