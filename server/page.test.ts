/**
 * The web page at `/`, run in jsdom against the real app (its fetch is
 * app.request): team selector, dates in Italy, the member form, Italian
 * labels, the calendar link shown on request, and the page's headers.
 */
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from './testing.ts';
import { homePage, pageRoutes, ROLE_IT } from './page.ts';
import { REGIME_IT } from '../rules/labels.ts';
import { piemonte2020Draft } from '../rules/testing.ts';
import { REGIMES } from '../rules/schema.ts';
import { ROLES } from './store/types.ts';

type App = ReturnType<typeof testApp>;
type Override = (path: string, init?: RequestInit) => Response | undefined;

const ORIGIN = 'http://127.0.0.1:8787';
const opened: JSDOM[] = [];
afterEach(() => {
  for (const dom of opened.splice(0)) dom.window.close();
});

/** The page as the app serves it, its script run, fetch going to the app (or to `override` when it answers). */
async function openPage(t: App, storage: Record<string, string>, override?: Override) {
  const html = await (await t.app.request('/')).text();
  const dom = new JSDOM(html, {
    url: ORIGIN + '/',
    runScripts: 'dangerously',
    beforeParse(window) {
      for (const [k, v] of Object.entries(storage)) window.sessionStorage.setItem(k, v);
      (window as any).fetch = async (input: string, init?: RequestInit) => override?.(String(input), init) ?? t.app.request(String(input), init);
    },
  });
  opened.push(dom);
  const doc = dom.window.document;
  await until(() => !doc.getElementById('home')!.hidden || !doc.getElementById('signin')!.hidden, 'the page started');
  return { dom, doc, $: (id: string) => doc.getElementById(id) as any };
}

async function until(check: () => boolean, what: string) {
  const end = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for: ' + what);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const rowsOf = (table: HTMLTableElement) => [...table.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent ?? ''));
const idle = (doc: Document) => () => !doc.querySelector('#drafts tbody')!.textContent!.includes('Caricamento');

describe('a) the team selector', () => {
  it('an account in two teams picks the team: that team\'s drafts, its members only where admin, the choice kept for the tab', async () => {
    const t = testApp();
    const anna = await t.setup(); // admin of "Studio A"
    const bob = await t.member(anna.token, anna.teamId, 'bob@a.it', 'operator');
    const teamB = (await t.call('POST', '/api/teams', { token: bob, body: { name: 'Studio <b>B</b>' } })).json.team.id as string;
    for (const [team, title] of [[anna.teamId, 'Bozza di A'], [teamB, 'Bozza di B']]) {
      expect((await t.call('POST', `/api/teams/${team}/drafts`, { token: bob, body: { draft: piemonte2020Draft(), title } })).status).toBe(201);
    }

    const { doc, $, dom } = await openPage(t, { 'cigd-token': bob });
    expect($('team-box').hidden).toBe(false);
    expect(doc.querySelector('label[for=team-select]')!.textContent).toBe('Team');
    const options = [...($('team-select') as HTMLSelectElement).options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual(expect.arrayContaining([[anna.teamId, 'Studio A (operatore)'], [teamB, 'Studio <b>B</b> (amministratore)']]));
    expect(doc.querySelector('#team-select b')).toBeNull(); // the name is text

    const choose = async (team: string) => {
      $('team-select').value = team;
      $('team-select').dispatchEvent(new dom.window.Event('change'));
      await until(() => idle(doc)() && (doc.querySelector('#drafts tbody')!.textContent ?? '').includes('Bozza'), 'drafts of ' + team);
    };
    await choose(anna.teamId);
    expect(rowsOf($('drafts')).map((r) => r[0])).toEqual(['Bozza di A']);
    expect($('members-box').hidden).toBe(true); // operator in Studio A
    expect($('who').textContent).toContain('team Studio A (operatore)');

    await choose(teamB);
    expect(rowsOf($('drafts')).map((r) => r[0])).toEqual(['Bozza di B']);
    await until(() => rowsOf($('members')).length > 0, 'members of B');
    expect($('members-box').hidden).toBe(false);
    expect(rowsOf($('members'))).toEqual([['bob', 'bob@a.it', 'amministratore']]);
    expect(dom.window.sessionStorage.getItem('cigd-team')).toBe(teamB);

    // The tab reloaded: the same team.
    const again = await openPage(t, { 'cigd-token': bob, 'cigd-team': teamB });
    await until(() => rowsOf(again.$('drafts'))[0]?.[0] === 'Bozza di B', 'team B after reload');
    expect(again.$('team-select').value).toBe(teamB);
  });

  it('an account in one team sees no selector', async () => {
    const t = testApp();
    const anna = await t.setup();
    const { $ } = await openPage(t, { 'cigd-token': anna.token });
    expect($('team-box').hidden).toBe(true);
    expect($('who').textContent).toContain('team Studio A (amministratore)');
  });
});

describe('deleted drafts', () => {
  it('a draft deleted by a colleague is found with its last save and restored into the team\'s drafts', async () => {
    const t = testApp();
    const anna = await t.setup();
    const bob = await t.member(anna.token, anna.teamId, 'bob@a.it', 'operator');
    const base = `/api/teams/${anna.teamId}/drafts`;
    await t.call('POST', base, { token: anna.token, body: { draft: piemonte2020Draft(), title: 'Pratica Rossi' } });
    const gone = (await t.call('POST', base, { token: anna.token, body: { draft: piemonte2020Draft(), title: 'Pratica Bianchi' } })).json;
    expect((await t.call('DELETE', `${base}/${gone.id}`, { token: bob })).status).toBe(204);

    const { doc, $ } = await openPage(t, { 'cigd-token': anna.token });
    await until(() => idle(doc)() && !$('deleted-box').hidden, 'the deleted drafts');
    // An admin's member form half filled stays as it is through a restore.
    $('m-email').value = 'carla@a.it';
    expect(rowsOf($('drafts')).map((r) => r[0])).toEqual(['Pratica Rossi']);
    expect(rowsOf($('deleted'))).toEqual([['Pratica Bianchi', expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/), 'Ripristina']]);
    const restore = doc.querySelector('#deleted button') as HTMLButtonElement;
    expect(restore.getAttribute('aria-label')).toBe('Ripristina Pratica Bianchi');
    restore.click();
    await until(() => $('msg').textContent === 'Bozza ripristinata: Pratica Bianchi.', 'the restore');
    expect(rowsOf($('drafts')).map((r) => r[0]).sort()).toEqual(['Pratica Bianchi', 'Pratica Rossi']);
    expect($('deleted-box').hidden).toBe(true);
    expect($('m-email').value).toBe('carla@a.it');
    expect((await t.call('GET', `${base}/${gone.id}`, { token: anna.token })).json).toMatchObject({ deleted: false, revision: 1 });
  });
});

describe('b) dates in Italy', () => {
  it('a save at 23:30Z shows the next day and the Italian clock; a deadline date does not shift', async () => {
    const t = testApp();
    const anna = await t.setup();
    await t.store.createDraft(anna.teamId, { draft: piemonte2020Draft() as any, title: 'Salvata di notte (estate)', by: anna.userId, at: '2020-04-09T23:30:00.000Z' });
    await t.store.createDraft(anna.teamId, { draft: piemonte2020Draft() as any, title: 'Salvata di notte (inverno)', by: anna.userId, at: '2020-01-15T23:30:00.000Z' });
    const listed = (await t.call('GET', `/api/teams/${anna.teamId}/drafts`, { token: anna.token })).json as any[];
    const deadline = listed[0].nextDeadline;
    expect(deadline.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const { doc, $ } = await openPage(t, { 'cigd-token': anna.token });
    await until(() => rowsOf($('drafts')).length === 2 && idle(doc)(), 'drafts');
    const byTitle = Object.fromEntries(rowsOf($('drafts')).map((r) => [r[0], r]));
    expect(byTitle['Salvata di notte (estate)'][6]).toBe('10/04/2020 01:30'); // CEST, UTC+2
    expect(byTitle['Salvata di notte (inverno)'][6]).toBe('16/01/2020 00:30'); // CET, UTC+1
    expect(byTitle['Salvata di notte (estate)'][4].startsWith(deadline.date.split('-').reverse().join('/') + ' ' + deadline.label)).toBe(true);
  });
});

describe('c) the member form', () => {
  it('an admin adds a member with a role: the list is refreshed; the API\'s errors are shown in Italian naming the field', async () => {
    const t = testApp();
    const anna = await t.setup();
    const { doc, $ } = await openPage(t, { 'cigd-token': anna.token });
    await until(() => rowsOf($('members')).length === 1, 'members');
    expect([...doc.querySelectorAll('#member-form label')].map((l) => l.textContent)).toEqual(['Email', 'Nome', 'Password iniziale (almeno 10 caratteri)', 'Ruolo']);
    expect([...($('m-role') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['operatore', 'formatore', 'amministratore']);

    const submit = async (fields: Record<string, string>) => {
      for (const [id, value] of Object.entries(fields)) $(id).value = value;
      $('member-form').requestSubmit();
      await until(() => $('member-status').textContent !== '' || !$('member-errors').hidden, 'the form\'s answer');
    };

    await submit({ 'm-email': 'carla@a.it', 'm-name': 'Carla <i>C</i>', 'm-password': 'password-carla', 'm-role': 'trainer' });
    expect($('member-errors').hidden).toBe(true);
    expect($('member-status').textContent).toBe('Aggiunto al team: Carla <i>C</i> (carla@a.it), formatore.');
    await until(() => rowsOf($('members')).length === 2, 'the refreshed list');
    expect(rowsOf($('members'))).toContainEqual(['Carla <i>C</i>', 'carla@a.it', 'formatore']);
    expect(doc.querySelector('#members i')).toBeNull();
    expect($('m-email').value).toBe('');
    const members = (await t.call('GET', `/api/teams/${anna.teamId}/members`, { token: anna.token })).json as any[];
    expect(members.find((m) => m.email === 'carla@a.it')?.role).toBe('trainer');

    // 400: an address the browser accepts and the API does not.
    await submit({ 'm-email': 'x@y', 'm-name': 'X', 'm-password': 'password-xxxx', 'm-role': 'operator' });
    expect($('member-error').textContent).toBe('Dati non validi.');
    const details = [...doc.querySelectorAll('#member-details li')].map((li) => li.textContent);
    expect(details.length).toBe(1);
    expect(details[0]).toMatch(/^Email: /);
    expect($('m-email').getAttribute('aria-invalid')).toBe('true');
    expect($('member-errors').getAttribute('role')).toBe('alert');

    // Someone already in the team: the form changes the role, and says so.
    await submit({ 'm-email': 'carla@a.it', 'm-name': 'Carla', 'm-password': 'password-carla', 'm-role': 'operator' });
    expect($('member-status').textContent).toBe('Ruolo aggiornato: Carla <i>C</i> (carla@a.it), operatore.');

    // 409 with details: the only admin cannot become an operator.
    await submit({ 'm-email': 'anna@a.it', 'm-name': 'Anna', 'm-password': 'password-anna', 'm-role': 'operator' });
    expect($('member-error').textContent).toContain('unico amministratore');
    expect([...doc.querySelectorAll('#member-details li')].map((li) => li.textContent)).toEqual(['Ruolo: il team deve avere almeno un amministratore']);
    expect($('m-email').hasAttribute('aria-invalid')).toBe(false);
    expect($('m-role').getAttribute('aria-invalid')).toBe('true');
  });

  it('a 403 (no longer admin) is shown in Italian; members and form are not shown to non-admins', async () => {
    const t = testApp();
    const anna = await t.setup();
    const dario = await t.member(anna.token, anna.teamId, 'dario@a.it', 'admin');
    const { $ } = await openPage(t, { 'cigd-token': dario });
    await until(() => !$('members-box').hidden, 'the admin\'s view');
    // Anna makes Dario an operator while his page is open.
    await t.call('POST', `/api/teams/${anna.teamId}/members`, { token: anna.token, body: { email: 'dario@a.it', name: 'Dario', password: 'password-dario', role: 'operator' } });
    for (const [id, value] of Object.entries({ 'm-email': 'elena@a.it', 'm-name': 'Elena', 'm-password': 'password-elena' })) $(id).value = value;
    $('member-form').requestSubmit();
    await until(() => !$('member-errors').hidden, 'the error');
    expect($('member-error').textContent).toBe('Il tuo ruolo nel team non permette questa operazione.');

    const operator = await openPage(t, { 'cigd-token': dario });
    await until(() => rowsOf(operator.$('drafts')).length > 0, 'drafts');
    expect(operator.$('members-box').hidden).toBe(true);
  });
});

describe('d) Italian labels', () => {
  it('roles and regimes in Italian, «—» for no regime, an unknown code as text', async () => {
    expect(Object.keys(REGIME_IT).sort()).toEqual([...REGIMES].sort());
    expect(Object.keys(ROLE_IT).sort()).toEqual([...ROLES].sort());

    const t = testApp();
    const anna = await t.setup();
    await t.call('POST', `/api/teams/${anna.teamId}/drafts`, { token: anna.token, body: { draft: piemonte2020Draft(), title: 'Reale' } });
    const real = await openPage(t, { 'cigd-token': anna.token });
    await until(() => rowsOf(real.$('drafts'))[0]?.[0] === 'Reale' && rowsOf(real.$('members')).length === 1, 'the real list');
    expect(rowsOf(real.$('drafts'))[0][1]).toBe('Piemonte 2020');
    expect(rowsOf(real.$('members'))[0][2]).toBe('amministratore');
    expect(real.$('home').textContent).not.toMatch(/piemonte-2020|\badmin\b/);

    const fake = (regime: string | null, title: string) => ({ id: title, title, revision: 1, updatedAt: '2020-04-10T08:00:00.000Z', updatedBy: 'u', regime, errors: 0, warnings: 0, nextDeadline: null });
    const drafts = [fake(null, 'Senza regime'), fake('piemonte-2016', 'Vecchia'), fake('lombardia-2015', 'Elba'), fake('lombardia-2012', 'Calendario'), fake('veneto-2030', '<img src=x>')];
    const { doc, $ } = await openPage(t, { 'cigd-token': anna.token }, (path) =>
      path.endsWith('/drafts') ? new Response(JSON.stringify(drafts), { headers: { 'content-type': 'application/json' } }) : undefined);
    await until(() => rowsOf($('drafts')).length === 5, 'the list');
    expect(rowsOf($('drafts')).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['Senza regime', '—', '—'], ['Vecchia', 'Piemonte 2016-2017', '—'], ['Elba', 'Lombardia 2015', '—'],
      ['Calendario', 'Lombardia 2012', '—'], ['<img src=x>', 'veneto-2030', '—'],
    ]);
    expect(doc.querySelector('#drafts img')).toBeNull();
  });
});

describe('e) the page\'s security headers', () => {
  const html = homePage();
  const doc = new JSDOM(html).window.document;
  const script = doc.querySelector('script')!.textContent!;
  const style = doc.querySelector('style')!.textContent!;
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const pageApp = pageRoutes();

  it('a strict CSP allowing exactly the inline script and style by hash, no frames, nosniff, no referrer', async () => {
    const res = await pageApp.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe(html);
    const csp = Object.fromEntries(res.headers.get('content-security-policy')!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual([hash(script)]);
    expect(csp['style-src']).toEqual([hash(style)]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'none'"]);
    expect(csp['require-trusted-types-for']).toEqual(["'script'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // One script and one style, no inline handlers or style attributes (the CSP would block them).
    expect(doc.querySelectorAll('script, style').length).toBe(2);
    expect(html).not.toMatch(/\son[a-z]+=|\sstyle=/i);
    // Trusted Types: the script never parses HTML.
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('every security header of the API is on the page too', async () => {
    const t = testApp();
    const api = await t.app.request('/api/setup');
    const page = await pageApp.request('/');
    const security = [...api.headers.keys()].filter((h) => !/^(content-|vary$|access-control-|etag$|date$)/.test(h));
    expect(security.length).toBeGreaterThan(5);
    const pageSecurity = [...page.headers.keys()].filter((h) => !/^content-type$/.test(h));
    expect(pageSecurity.sort()).toEqual([...security, 'content-security-policy'].sort());
    for (const h of security) if (h !== 'x-frame-options') expect(page.headers.get(h), h).toBe(api.headers.get(h));
  });

  it('createApp serves `/` with the page\'s headers', async () => {
    const res = await testApp().app.request('/');
    const alone = await pageApp.request('/');
    expect([...res.headers].sort()).toEqual([...alone.headers].sort());
  });
});

describe('f) the calendar link', () => {
  it('is made only on request, as a read-only calendar key that outlives «Esci»; a new one replaces it; «Revoca» ends it', async () => {
    const t = testApp();
    const anna = await t.setup();
    const { doc, $ } = await openPage(t, { 'cigd-token': anna.token });
    await until(() => rowsOf($('drafts')).length > 0 && idle(doc)(), 'the list');
    expect(doc.documentElement.outerHTML).not.toContain(anna.token);
    expect($('ics-panel').hidden).toBe(true);
    expect($('ics').hasAttribute('href')).toBe(false);
    expect($('ics-show').textContent).toBe('Crea il link del calendario');

    $('ics-show').click();
    await until(() => !$('ics-panel').hidden, 'the link');
    expect($('ics-show').getAttribute('aria-expanded')).toBe('true');
    const url = $('ics-url').value;
    expect(url).toMatch(new RegExp(`^${ORIGIN}/api/teams/${anna.teamId}/deadlines\\.ics\\?key=[\\w-]{40,}$`));
    expect($('ics').getAttribute('href')).toBe(url);
    expect(url).not.toContain(anna.token);
    const text = doc.getElementById('calendar')!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('sola lettura');
    expect(text).toContain('crearne uno nuovo disattiva il precedente');
    expect((await t.app.request(url.slice(ORIGIN.length))).status).toBe(200);

    // A new link replaces the old one.
    $('ics-show').click();
    await until(() => $('ics-url').value !== url, 'a new link');
    const second = $('ics-url').value;
    expect((await t.app.request(url.slice(ORIGIN.length))).status).toBe(401);
    expect((await t.app.request(second.slice(ORIGIN.length))).status).toBe(200);

    // «Esci» leaves it working; «Revoca» ends it.
    const other = (await t.call('POST', '/api/sessions', { body: { email: 'anna@a.it', password: 'password-anna' } })).json.token;
    const { $: $2, doc: doc2 } = await openPage(t, { 'cigd-token': other });
    await until(() => rowsOf($2('drafts')).length > 0 && idle(doc2)(), 'the list');
    $('signout').click();
    await until(() => !$('signin').hidden, 'signed out');
    expect((await t.app.request(second.slice(ORIGIN.length))).status).toBe(200);
    $2('ics-revoke').click();
    await until(() => $2('ics-status').textContent!.includes('revocato'), 'revoked');
    expect((await t.app.request(second.slice(ORIGIN.length))).status).toBe(401);
  });
});
