/**
 * Two team members in two browsers (Chromium, separate profiles) with the
 * extension signed in to the same team server: the second to save the same
 * draft sees the conflict and keeps both (the colleague's revision stays in
 * the history, theirs follows it); a field map taught in one browser is used
 * by the other after sync.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserAvailable, launchWithExtension, startServer, type RunningServer } from './harness.ts';
import { CHROME_EXTENSION_ID } from '../../extension/identity.ts';

let server: RunningServer;
let anna: Browser;
let otto: Browser;
let teamId = '';
let adminToken = '';
const available = browserAvailable('chromium');

async function api(path: string, init: RequestInit = {}, token = adminToken) {
  const res = await fetch(server.origin + path, {
    ...init, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  });
  return res.json();
}

async function signInExtension(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
  await page.waitForSelector('#origin');
  await page.$eval('#origin', (el) => ((el as HTMLInputElement).value = ''));
  await page.type('#origin', server.origin);
  await page.type('#email', email);
  await page.type('#password', password);
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.body.textContent?.includes('Collegato a'), { timeout: 20_000 });
  return page;
}

async function retype(page: Page, id: string, text: string) {
  await page.$eval(`#${id}`, (el) => ((el as HTMLInputElement).value = ''));
  await page.type(`#${id}`, text);
}

async function fillDomanda(page: Page, end: string | null) {
  await page.goto(`${server.origin}/replica/aminder/domanda`, { waitUntil: 'load' });
  await page.waitForSelector('cigd-overlay');
  await retype(page, 'cfAzienda', '01234567897');
  await retype(page, 'denominazione', 'Rossi Bar S.n.c.');
  await retype(page, 'comuneSede', 'Torino');
  await retype(page, 'dataInizio', '09/03/2020');
  await retype(page, 'lav-0-cf', 'RSSMRA80A01L219M');
  await retype(page, 'lav-0-assunzione', '01/01/2015');
  await page.select('#lav-0-contratto', 'full-time'); // left on «Selezionare», the row is to complete
  if (end !== null) await retype(page, 'dataFine', end);
}

async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function syncNow(options: Page) {
  await options.waitForFunction(() => Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.includes('Sincronizza ora')), { polling: 200 });
  await options.evaluate(() => Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.includes('Sincronizza ora'))!.click());
}

describe.runIf(available)('team sync between two browsers', () => {
  beforeAll(async () => {
    server = await startServer();
    const setup = await (await fetch(`${server.origin}/api/setup`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ team: 'Studio Rossi', name: 'Anna', email: 'anna@studio.it', password: 'password-anna' }),
    })).json();
    teamId = setup.team.id;
    adminToken = setup.token;
    await api(`/api/teams/${teamId}/members`, { method: 'POST', body: JSON.stringify({ email: 'otto@studio.it', name: 'Otto', password: 'password-otto', role: 'operator' }) });
    anna = await launchWithExtension('chromium', mkdtempSync(join(tmpdir(), 'cigd-anna-')));
    otto = await launchWithExtension('chromium', mkdtempSync(join(tmpdir(), 'cigd-otto-')));
  });
  afterAll(async () => {
    await anna?.close();
    await otto?.close();
    await server?.close();
  });

  it('the second to save sees the conflict and keeps both versions', async () => {
    const annaOptions = await signInExtension(anna, 'anna@studio.it', 'password-anna');
    const ottoOptions = await signInExtension(otto, 'otto@studio.it', 'password-otto');

    // Anna types a domanda: it reaches the team server as revision 1.
    const annaPage = await anna.newPage();
    await fillDomanda(annaPage, '05/04/2020');
    const first = await waitFor(async () => (await api(`/api/teams/${teamId}/drafts`))[0], 'the first save on the server');
    expect(first.revision).toBe(1);

    // Otto syncs: his browser now holds revision 1.
    await ottoOptions.bringToFront(); // a tab in the background gets no animation frames
    await syncNow(ottoOptions);
    await waitFor(() => ottoOptions.evaluate(() => new Promise<boolean>((resolve) => {
      const open = indexedDB.open('cigd');
      open.onsuccess = () => {
        const all = open.result.transaction('drafts').objectStore('drafts').getAll();
        all.onsuccess = () => resolve(all.result.some((d: any) => d.remote?.revision === 1));
      };
    })), 'revision 1 in Otto\'s browser');

    // Otto opens the same domanda on his portal and types it, all but the end date.
    const ottoPage = await otto.newPage();
    await fillDomanda(ottoPage, null);
    expect(new URL(ottoPage.url()).pathname).toBe(new URL(annaPage.url()).pathname);

    // Both change the end date at the same moment, each on revision 1: one of the two saves comes second.
    await Promise.all([retype(annaPage, 'dataFine', '06/04/2020'), retype(ottoPage, 'dataFine', '07/04/2020')]);
    const ends = { anna: '2020-04-06', otto: '2020-04-07' };
    const optionsOf = { anna: annaOptions, otto: ottoOptions };
    const second = await waitFor(async () => {
      for (const who of ['anna', 'otto'] as const) {
        const options = optionsOf[who];
        await options.bringToFront(); // a tab in the background gets no animation frames
        await syncNow(options);
        await new Promise((r) => setTimeout(r, 500));
        if (await options.evaluate(() => !!document.querySelector('[data-conflict]'))) return who;
      }
      return null;
    }, 'the conflict in the options page of the second to save');
    const firstToSave = second === 'anna' ? 'otto' : 'anna';
    const options = optionsOf[second];

    // Both versions side by side: theirs and the colleague's, as the operator reads dates (dd/MM/yyyy).
    const shown = await options.$eval('[data-conflict]', (el) => el.textContent ?? '');
    const asShown = (iso: string) => iso.split('-').reverse().join('/');
    expect(shown).toContain(`Data fine periodo: ${asShown(ends[second])}`);
    expect(shown).toContain(`Data fine periodo: ${asShown(ends[firstToSave])}`);

    // The second keeps theirs: it becomes revision 3, the colleague's stays as revision 2.
    await options.click('[data-keep="local"]');
    const revisions = await waitFor(async () => {
      const list = await api(`/api/teams/${teamId}/drafts/${first.id}/revisions`);
      return list.length === 3 ? list : null;
    }, 'revision 3');
    expect(revisions.map((r: any) => r.revision)).toEqual([1, 2, 3]);
    const r2 = await api(`/api/teams/${teamId}/drafts/${first.id}/revisions/2`);
    const r3 = await api(`/api/teams/${teamId}/drafts/${first.id}/revisions/3`);
    expect(r2.draft.period.end).toBe(ends[firstToSave]);
    expect(r3.draft.period.end).toBe(ends[second]);
    await waitFor(() => options.evaluate(() => !document.querySelector('[data-conflict]')), 'the conflict resolved');
  });

  it('a field map taught in one browser is used by the other after sync', async () => {
    const annaPage = await anna.newPage();
    await annaPage.goto(`${server.origin}/replica/aminder/domanda`, { waitUntil: 'load' });
    await annaPage.waitForSelector('cigd-overlay');
    // Teach: "Indirizzo sede operativa" holds the comune (the portal changed its labels, say).
    await annaPage.evaluate(() => {
      const root = document.querySelector('cigd-overlay')!.shadowRoot!;
      root.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true));
      (root.querySelector('[data-action="teach"]') as HTMLButtonElement).click();
    });
    await annaPage.click('#indirizzoSede');
    await annaPage.waitForFunction(() => !!document.querySelector('cigd-overlay')!.shadowRoot!.querySelector('#cigd-teach-path'));
    await annaPage.evaluate(() => {
      const root = document.querySelector('cigd-overlay')!.shadowRoot!;
      const select = root.querySelector('#cigd-teach-path') as HTMLSelectElement;
      select.value = 'unit.comune';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await annaPage.evaluate(() => (document.querySelector('cigd-overlay')!.shadowRoot!.querySelector('[data-action="teach-save"]') as HTMLButtonElement).click());
    expect(await annaPage.$eval('#indirizzoSede', (e) => e.getAttribute('data-cigd-path'))).toBe('unit.comune');
    await waitFor(async () => (await api(`/api/teams/${teamId}/field-maps`)).length === 1, 'the field map on the server');

    // Otto syncs and opens a domanda: the taught field is used.
    const ottoOptions = (await otto.pages()).find((p) => p.url().includes('options.html'))!;
    await ottoOptions.bringToFront();
    await syncNow(ottoOptions);
    await waitFor(() => ottoOptions.evaluate(() => document.querySelector('[data-sync-state]')?.getAttribute('data-sync-state') !== null), 'sync');
    const ottoPage = await otto.newPage();
    await waitFor(async () => {
      await ottoPage.goto(`${server.origin}/replica/aminder/domanda`, { waitUntil: 'load' });
      await ottoPage.waitForSelector('#indirizzoSede[data-cigd-path]');
      return (await ottoPage.$eval('#indirizzoSede', (e) => e.getAttribute('data-cigd-path'))) === 'unit.comune';
    }, 'the taught field in Otto\'s browser');
  });

  it('a portal page\'s content script cannot read the team token: it is not in storage.local, whether the area is open to it (Firefox) or closed (Chromium)', async () => {
    // Anna is signed in (first test): her options page, opened again, still shows the account and syncs.
    const options = (await anna.pages()).find((p) => p.url().includes('options.html'))!;
    await options.bringToFront();
    await options.reload();
    await options.waitForFunction(() => document.body.textContent?.includes('Collegato a'), { timeout: 20_000 });
    await syncNow(options);
    await options.waitForSelector('[data-sync-state="synced"]', { timeout: 20_000 });
    // The token is in the extension's own IndexedDB (its origin: the options page reads every database there).
    const extensionDb = await options.evaluate(async () => {
      const all: Record<string, unknown> = {};
      for (const { name } of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          all[`${name}/${store}`] = await new Promise((resolve) => {
            const got = db.transaction(store).objectStore(store).getAll();
            got.onsuccess = () => resolve(got.result);
          });
        }
        db.close();
      }
      return JSON.stringify(all);
    });
    const token = /"token":"([^"]+)"/.exec(extensionDb)?.[1];
    expect(token, 'the token in the extension\'s IndexedDB').toBeDefined();

    // The content script's own world on a portal page, found through the DevTools protocol.
    const page = await anna.newPage();
    const cdp = await page.createCDPSession();
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await page.goto(`${server.origin}/replica/aminder/domanda`, { waitUntil: 'load' });
    await page.waitForSelector('cigd-overlay');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(CHROME_EXTENSION_ID));
    expect(world, 'the content script\'s world').toBeDefined();
    const inWorld = async (expression: string) => String((await cdp.send('Runtime.evaluate', { contextId: world!.id, expression, awaitPromise: true, returnByValue: true })).result.value);
    const readStorage = 'chrome.storage.local.get(null).then((v) => "read: " + JSON.stringify(v), (e) => "refused: " + e.message)';
    // Chromium: the extension closed storage.local to content scripts (defense in depth).
    expect(await inWorld(readStorage)).toMatch(/^refused: /);
    // Opened to them, as Firefox leaves it: read, and no token in it.
    await options.evaluate(() => (globalThis as any).chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }));
    const read = await inWorld(readStorage);
    expect(read).toMatch(/^read: /);
    expect(read).not.toContain(token!);
    expect(read).not.toContain('"token"');
    // Its indexedDB is the portal page's origin's: the extension's databases are not there.
    expect(await inWorld('indexedDB.databases().then((l) => JSON.stringify(l.map((d) => d.name)))')).not.toMatch(/cigd/);
    await options.evaluate(() => (globalThis as any).chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }));
    // The overlay still works there: it asks the background.
    expect(await page.$eval('#dataInizio', (e) => e.getAttribute('data-cigd-path'))).toBe('period.start');
  });
});
