/**
 * The training replica in real Chromium: a trainee fills and sends a compliant
 * domanda from an empty form, meets AMINDER's own blocks, is refused April's
 * consuntivo before March's, fills a page from a scenario; every replica page
 * passes axe-core with no serious or critical violation.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { serve, type ServerType } from '@hono/node-server';
import { createServerApp } from './server-app.ts';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PDF } from '../../server/replica/test-client.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: ServerType;
let base = '';
let browser: Browser;
const tmp = mkdtempSync(join(tmpdir(), 'cigd-replica-e2e-'));
const pdfPath = join(tmp, 'dichiarazione.pdf');
writeFileSync(pdfPath, SAMPLE_PDF);

/** The team server's app (with the replica) over a temp SQLite directory, as `npm start` serves it. */
async function appUnderTest(): Promise<{ fetch: (req: Request) => Response | Promise<Response> }> {
  const { app } = await createServerApp(mkdtempSync(join(tmpdir(), 'cigd-replica-db-')));
  return app;
}

beforeAll(async () => {
  const app = await appUnderTest();
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => { base = `http://127.0.0.1:${info.port}`; resolve(); });
  });
  browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** The id of the n-th input whose <label for> text is exactly `label`. */
async function idByLabel(page: Page, label: string, n = 0): Promise<string> {
  const id = await page.evaluate((text, i) => [...document.querySelectorAll('label')]
    .filter((l) => l.textContent?.trim() === text)[i]?.htmlFor ?? null, label, n);
  if (!id) throw new Error(`no label "${label}" #${n}`);
  return id;
}

async function typeInto(page: Page, label: string, value: string, n = 0) {
  const sel = `[id="${await idByLabel(page, label, n)}"]`;
  await page.$eval(sel, (el) => { (el as HTMLInputElement).value = ''; });
  await page.type(sel, value);
}

async function selectBy(page: Page, label: string, value: string, n = 0) {
  await page.select(`[id="${await idByLabel(page, label, n)}"]`, value);
}

async function valueOf(page: Page, label: string, n = 0) {
  return page.$eval(`[id="${await idByLabel(page, label, n)}"]`, (el) => (el as HTMLInputElement).value);
}

/** Clicks a button by its text; `navigates: false` for the ones the page's script handles in place. */
async function click(page: Page, text: string, navigates = true) {
  const buttons = await page.$$('button');
  for (const b of buttons) {
    if ((await b.evaluate((e) => e.textContent?.trim())) === text) {
      if (navigates) await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), b.click()]);
      else await b.click();
      return;
    }
  }
  throw new Error(`no button "${text}"`);
}

const alerts = (page: Page) => page.$$eval('[role=alert]', (els) => els.map((e) => e.textContent ?? '').join('\n'));

async function fillCompliant(page: Page) {
  await typeInto(page, 'Codice fiscale azienda', '01234567897');
  await typeInto(page, 'Denominazione', 'Rossi Bar S.n.c.');
  await typeInto(page, 'Comune sede operativa', 'Torino');
  await typeInto(page, 'Data inizio periodo', '09/03/2020');
  await typeInto(page, 'Data fine periodo', '05/04/2020');
  await selectBy(page, 'Causale', 'covid-19');
  await typeInto(page, 'Codice fiscale', 'RSSMRA80A01L219M', 0);
  await typeInto(page, 'Cognome', 'Rossi', 0);
  await typeInto(page, 'Nome', 'Mario', 0);
  await typeInto(page, 'Data assunzione', '01/01/2015', 0);
  await selectBy(page, 'Tipo contratto', 'full-time', 0);
  await typeInto(page, 'Ore richieste', '160', 0);
}

describe('AMINDER replica in Chromium', () => {
  let sentUrl = '';

  it('a trainee fills and sends a compliant domanda from an empty form and gets a protocol number', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/replica/aminder/domanda`);
    expect(await valueOf(page, 'Codice fiscale azienda')).toBe('');
    await fillCompliant(page);

    // The extension marks inputs; adding a row must keep the existing inputs (and their attributes) in place.
    const firstCf = await idByLabel(page, 'Codice fiscale', 0);
    await page.$eval(`[id="${firstCf}"]`, (el) => el.setAttribute('data-cigd-severity', 'ok'));
    const before = page.url();
    await click(page, 'Aggiungi lavoratore', false);
    expect(page.url()).toBe(before);   // added in place by the page's script, no reload
    expect(await page.$eval(`[id="${firstCf}"]`, (el) => el.getAttribute('data-cigd-severity'))).toBe('ok');
    expect(await page.$$eval('#elenco-lavoratori [data-riga]', (rows) => rows.length)).toBe(2);
    const ids = await page.$$eval('#elenco-lavoratori input', (els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    await typeInto(page, 'Codice fiscale', 'BNCLRA85M41F205C', 1);
    await typeInto(page, 'Cognome', 'Bianchi', 1);
    await typeInto(page, 'Nome', 'Laura', 1);
    await typeInto(page, 'Data assunzione', '01/06/2018', 1);
    await selectBy(page, 'Tipo contratto', 'full-time', 1);
    await typeInto(page, 'Ore richieste', '160', 1);
    await typeInto(page, 'Numero lavoratori accordo', '2');

    const upload = await page.$('#allegato');
    await (upload as any).uploadFile(pdfPath);
    await click(page, 'Carica allegato');
    expect(await page.$eval('#elenco-allegati', (e) => e.textContent)).toContain('dichiarazione.pdf');
    // What was typed before the upload is still there.
    expect(await valueOf(page, 'Cognome', 1)).toBe('Bianchi');

    await click(page, 'Invia domanda');
    expect(await page.$eval('[role=status]', (e) => e.textContent)).toMatch(/Numero di protocollo: \d{4}\/\d{6}/);
    expect(await page.$eval('.stato', (e) => e.textContent)).toBe('PRESENTATA');
    expect(await page.$('#protocollo')).not.toBeNull();
    sentUrl = page.url().replace(/\?.*$/, '');
    await page.close();
  });

  it('keeps what was typed across a reload (autosave), per browser session', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/replica/aminder/domanda`);
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/replica/aminder/domanda/'));
    await typeInto(page, 'Denominazione', 'Ditta da ricaricare');
    await saved;
    await page.reload();
    expect(await valueOf(page, 'Denominazione')).toBe('Ditta da ricaricare');

    const other = await browser.createBrowserContext();
    const stranger = await other.newPage();
    await stranger.goto(page.url());
    expect(await stranger.content()).not.toContain('Ditta da ricaricare');
    await other.close();
    await page.close();
  });

  it('shows AMINDER\'s own blocks: end past 35 days, worker hired after 23/02/2020, sending without a PDF', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/replica/aminder/domanda`);
    await fillCompliant(page);
    await typeInto(page, 'Data inizio periodo', '24/02/2020');
    await typeInto(page, 'Data fine periodo', '30/03/2020');
    await click(page, 'Salva');
    expect(await alerts(page)).toContain('La data fine non può essere successiva al 29/03/2020');

    await typeInto(page, 'Data fine periodo', '29/03/2020');
    await typeInto(page, 'Data assunzione', '24/02/2020', 0);
    await click(page, 'Salva');
    const hired = await alerts(page);
    expect(hired).toContain('non è possibile inserire lavoratori assunti dopo il 23/02/2020');
    expect(hired).not.toContain('35 giorni');

    await typeInto(page, 'Data assunzione', '23/02/2020', 0);
    await click(page, 'Invia domanda');
    expect(await alerts(page)).toContain('obbligatorio caricare almeno un file PDF');
    expect(await page.$eval('.stato', (e) => e.textContent)).toBe('IN BOZZA');
    await page.close();
  });

  it('refuses a consuntivo for April before March', async () => {
    const page = await browser.newPage();
    await page.goto(`${sentUrl}/consuntivo`);
    const april = await page.$$eval('input[id^="ore-2020-04-"]', (els) => els.map((e) => e.id));
    expect(april).toHaveLength(2);
    for (const id of april) await page.type(`#${id}`, '40');
    await click(page, 'Invia consuntivo aprile 2020');
    expect(await alerts(page)).toContain('Non è possibile consuntivare aprile 2020: occorre prima consuntivare marzo 2020');

    await page.type('#ore-2020-03-0', '120');
    await click(page, 'Invia consuntivo marzo 2020');
    expect(await alerts(page)).toContain('digitare 0');
    await page.type('#ore-2020-03-1', '0');
    await click(page, 'Invia consuntivo marzo 2020');
    expect(await page.$eval('[role=status]', (e) => e.textContent)).toContain('Consuntivo di marzo 2020 inviato');
    await page.close();
  });

  it('a scenario fills the form', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/replica/aminder/domanda?scenario=intermittente-68-giorni`);
    expect(await valueOf(page, 'Codice fiscale azienda')).toBe('01234567897');
    expect(await valueOf(page, 'Data inizio periodo')).toBe('09/03/2020');
    expect(await valueOf(page, 'Data fine periodo')).toBe('05/04/2020');
    expect(await valueOf(page, 'Codice fiscale', 1)).toBe('BNCLRA85M41F205C');
    expect(await valueOf(page, 'Tipo contratto', 1)).toBe('intermittent');
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  const pages = [
    '/replica/', '/replica/aminder', '/replica/aminder/domanda', '/replica/aminder/domanda?scenario=organico-5-2-accordo',
    '/replica/aminder/consuntivo?scenario=intermittente-68-giorni',
    '/replica/geco/comonlweb/anagrafica-azienda?cfAzienda=01234567897', '/replica/geco/comonlweb/dettaglio-azienda?scenario=intermittente-68-giorni',
    '/replica/finanziamenti', '/replica/finanziamenti/domanda?scenario=elba-addendum-2015', '/replica/finanziamenti/dossier',
    '/replica/finanziamenti/domanda?scenario=calendario-2012',
  ];

  it.each(pages)('%s has no serious or critical violation', async (path) => {
    const page = await browser.newPage();
    await page.goto(base + path);
    const urls = [page.url()];
    if (page.url().includes('/finanziamenti/dossier/')) {
      const dossier = page.url();
      urls.push(`${dossier}/lavoratore/0/sospensione`, `${dossier}/lavoratore/0/calendario`, `${dossier}/rendicontazione`);
    }
    for (const url of urls) {
      if (url !== page.url()) await page.goto(url);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const r = await (window as any).axe.run(document);
        return r.violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
          .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, url).toEqual([]);
    }
    await page.close();
  });
});
