/** The server's web page in real Chromium: first-run setup, sign-in, a draft saved through the API in the list. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer';
import { existsSync } from 'node:fs';
import { startServer, type RunningServer } from './harness.ts';
import { piemonte2020Draft } from '../../rules/testing.ts';

let server: RunningServer;
let browser: Browser;
const available = existsSync('/usr/bin/chromium');

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
  expect(row).toContain('piemonte-2020');
  expect(await page.$eval('#members tbody', (e) => e.textContent)).toContain('bruna@studio.it');
});
