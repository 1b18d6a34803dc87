/**
 * The server's web page in real Chromium: first-run setup, sign-in, a draft
 * saved through the API in the list; then, under the page's own CSP and in a
 * browser set to another time zone, the team selector, the member form and
 * the calendar link.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { existsSync } from 'node:fs';
import { startServer, type RunningServer } from './harness.ts';
import { piemonte2020Draft } from '../../rules/testing.ts';

let server: RunningServer;
let browser: Browser;
const available = existsSync('/usr/bin/chromium');

/** What Chromium refused on the page (CSP, Trusted Types) and its uncaught errors. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    // (The browser's own /favicon.ico request is a 404: not the page's doing.)
    const favicon = /favicon\.ico$/.test(m.location().url ?? '');
    if ((m.type() === 'error' && !favicon) || /Content Security Policy|Trusted Type/i.test(m.text())) problems.push(`${m.text()} (${m.location().url ?? ''})`);
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return problems;
}

const api = async (path: string, init: { method?: string; token?: string; body?: unknown } = {}) => {
  const res = await fetch(server.origin + path, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, json: res.status === 204 ? null : await res.json() };
};

beforeAll(async () => {
  server = await startServer();
  if (available) {
    browser = await puppeteer.launch({
      executablePath: '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it.runIf(available)('first-run setup, sign-in, and the drafts list shows a draft saved through the API', async () => {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  await page.goto(server.origin + '/');
  await page.waitForSelector('#setup:not([hidden])');
  await page.type('#s-team', 'Studio Bianchi');
  await page.type('#s-name', 'Bruna Bianchi');
  await page.type('#s-email', 'bruna@studio.it');
  await page.type('#s-password', 'password-bruna');
  await page.click('#setup-form button[type=submit]');
  await page.waitForSelector('#home:not([hidden])');
  expect(await page.$eval('#who', (e) => e.textContent)).toContain('Studio Bianchi');

  // A colleague's tool saves a draft through the API.
  const session = await (await fetch(`${server.origin}/api/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bruna@studio.it', password: 'password-bruna' }),
  })).json();
  const saved = await fetch(`${server.origin}/api/teams/${session.teams[0].id}/drafts`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ draft: piemonte2020Draft() }),
  });
  expect(saved.status).toBe(201);

  // Sign out, sign in again from the page: the list shows it, dates dd/MM/yyyy.
  await page.click('#signout');
  await page.waitForSelector('#signin:not([hidden])');
  await page.type('#i-email', 'bruna@studio.it');
  await page.type('#i-password', 'password-bruna');
  await page.click('#signin-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#drafts tbody')?.textContent?.includes('Rossi Bar'));
  const row = await page.$eval('#drafts tbody tr', (tr) => tr.textContent ?? '');
  expect(row).toContain('Rossi Bar S.n.c. – 09/03/2020–05/04/2020');
  expect(row).toContain('Piemonte 2020');
  expect(row).not.toContain('piemonte-2020');
  await page.waitForFunction(() => document.querySelector('#members tbody')?.textContent?.includes('bruna@studio.it'));
  expect(await page.$eval('#members tbody', (e) => e.textContent)).toContain('amministratore');
  expect(problems).toEqual([]);
});

it.runIf(available)('under its CSP, far from Italy: the Italian clock, the team selector, a member added, the calendar link on request', async () => {
  if ((await api('/api/setup')).json.needed) {
    await api('/api/setup', { method: 'POST', body: { team: 'Studio Bianchi', name: 'Bruna Bianchi', email: 'bruna@studio.it', password: 'password-bruna' } });
  }
  const bruna = (await api('/api/sessions', { method: 'POST', body: { email: 'bruna@studio.it', password: 'password-bruna' } })).json;
  const second = (await api('/api/teams', { method: 'POST', token: bruna.token, body: { name: 'Azienda <Due>' } })).json.team.id as string;
  const saved = await api(`/api/teams/${second}/drafts`, { method: 'POST', token: bruna.token, body: { draft: piemonte2020Draft(), title: 'Bozza della seconda' } });
  expect(saved.status).toBe(201);
  const listed = (await api(`/api/teams/${second}/drafts`, { token: bruna.token })).json[0];

  const page = await browser.newPage();
  const problems = watchProblems(page);
  await page.emulateTimezone('America/New_York'); // a laptop set to another zone: the page still shows Italy's clock
  const answer = await page.goto(server.origin + '/');
  const csp = answer!.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'sha256-");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(answer!.headers()['x-frame-options']).toBe('DENY');

  await page.waitForSelector('#signin:not([hidden])');
  await page.type('#i-email', 'bruna@studio.it');
  await page.type('#i-password', 'password-bruna');
  await page.click('#signin-form button[type=submit]');
  await page.waitForSelector('#team-box:not([hidden])');
  expect(await page.$eval('label[for=team-select]', (e) => e.textContent)).toBe('Team');
  await page.select('#team-select', second);
  await page.waitForFunction(() => document.querySelector('#drafts tbody')?.textContent?.includes('Bozza della seconda'));

  const cells = await page.$$eval('#drafts tbody tr td', (tds) => tds.map((td) => td.textContent ?? ''));
  const rome = Object.fromEntries(new Intl.DateTimeFormat('it-IT', {
    timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(listed.updatedAt)).map((p) => [p.type, p.value]));
  expect(cells[6]).toBe(`${rome.day}/${rome.month}/${rome.year} ${rome.hour}:${rome.minute}`);
  expect(cells[4].startsWith(listed.nextDeadline.date.split('-').reverse().join('/') + ' ')).toBe(true);

  // The choice survives a reload of the tab.
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#drafts tbody')?.textContent?.includes('Bozza della seconda'));
  expect(await page.$eval('#team-select', (e) => (e as HTMLSelectElement).value)).toBe(second);

  // The member form, in the admin's second team.
  await page.waitForSelector('#members-box:not([hidden])');
  await page.type('#m-email', 'carlo@studio.it');
  await page.type('#m-name', 'Carlo Verdi');
  await page.type('#m-password', 'password-carlo');
  await page.select('#m-role', 'trainer');
  await page.click('#member-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#members tbody')?.textContent?.includes('carlo@studio.it'));
  expect(await page.$eval('#members tbody', (e) => e.textContent)).toContain('formatore');

  // The calendar link: a calendar key made only on request, which the feed accepts.
  expect(await page.$eval('#ics-panel', (e) => (e as HTMLElement).hidden)).toBe(true);
  expect(await page.content()).not.toContain(bruna.token);
  await page.click('#ics-show');
  await page.waitForSelector('#ics-panel:not([hidden])');
  const ics = await page.$eval('#ics', (a) => (a as HTMLAnchorElement).href);
  expect(ics).toMatch(new RegExp(`/api/teams/${second}/deadlines\\.ics\\?key=`));
  expect(ics).not.toContain(bruna.token);
  expect((await fetch(ics)).headers.get('content-type')).toMatch(/text\/calendar/);
  expect(await page.$eval('#ics-panel', (e) => (e as HTMLElement).innerText)).toContain('non lo mostrerà di nuovo');

  expect(problems).toEqual([]);
});
