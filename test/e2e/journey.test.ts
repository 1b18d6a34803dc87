/**
 * What an operator sees in real Chromium with the built extension, on the
 * replica's scenarios: the field in error outlined on screen (not only its
 * data-cigd-* attributes), GECO saying where the period is typed instead of
 * offering fields it does not have, and a fact typed in the overlay on
 * Finanziamenti on line kept when the operator just tabs on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer';
import { browserAvailable, launchWithExtension, startServer, type RunningServer } from './harness.ts';

const available = browserAvailable('chromium');
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  server = await startServer();
  browser = await launchWithExtension('chromium');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.waitForSelector('cigd-overlay', { timeout: 15_000 });
  return page;
}

async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.$eval(selector, (el) => ((el as HTMLInputElement).value = ''));
  await page.type(selector, text);
}

/** The outline the operator sees on a field, as the browser paints it. */
const outline = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const style = getComputedStyle(el);
    return `${style.outlineStyle} ${style.outlineColor}`;
  });

const shadowText = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector('cigd-overlay')!.shadowRoot!.querySelector(s)?.textContent ?? null, selector);

describe.runIf(available)('the operator\'s journey in Chromium', () => {
  it('a 36-day domanda: the end date is outlined in red on screen; corrected to 29/03/2020, the outline goes', async () => {
    const page = await open('/replica/aminder/domanda?scenario=domanda-36-giorni');
    await page.waitForSelector('#dataFine[data-cigd-severity="error"]');
    expect(await outline(page, '#dataFine')).toBe('solid rgb(176, 0, 32)');
    expect(await shadowText(page, '[data-rule="piemonte-2020/application-length"]')).toContain('al massimo il 29/03/2020');
    await retype(page, '#dataFine', '29/03/2020');
    expect(await page.$eval('#dataFine', (el) => el.getAttribute('data-cigd-severity'))).toBe('ok');
    expect((await outline(page, '#dataFine')).startsWith('solid rgb(176, 0, 32)')).toBe(false);
    // No finding's field is named by its draft path («sr41»).
    const fields = await page.evaluate(() => Array.from(document.querySelector('cigd-overlay')!.shadowRoot!.querySelectorAll('li [data-path]')).map((b) => b.textContent ?? ''));
    expect(fields.filter((f) => /^[a-z]+[A-Za-z0-9]*(\.|\[|$)/.test(f))).toEqual([]);
    await page.close();
  });

  it('GECO, which has no period: no button for a field it does not have; the overlay says where the period is typed', async () => {
    const page = await open('/replica/geco/comonlweb/dettaglio-azienda?cf=01234567897');
    expect(await shadowText(page, '[data-status="waiting"]')).toContain('dove si compilano Data inizio periodo, Data fine periodo');
    expect(await page.evaluate(() => document.querySelector('cigd-overlay')!.shadowRoot!.querySelectorAll('button[data-path^="period."]').length)).toBe(0);
    await page.close();
  });

  it('Finanziamenti on line: a fact typed in the overlay and left with Tab is kept, across a reload; the keyboard goes on to the next fact', async () => {
    const page = await open('/replica/finanziamenti/domanda?scenario=elba-addendum-2015');
    const input = '#cigd-fact-agreement-start';
    await page.waitForFunction((s) => !!document.querySelector('cigd-overlay')!.shadowRoot!.querySelector(s), {}, input);
    await page.evaluate((s) => (document.querySelector('cigd-overlay')!.shadowRoot!.querySelector(s) as HTMLInputElement).focus(), input);
    await page.keyboard.type('05/10/2015');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('cigd-overlay')!.shadowRoot!.activeElement?.id)).toBe('cigd-fact-agreement-end');
    await new Promise((r) => setTimeout(r, 800)); // the save is debounced
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('cigd-overlay');
    await page.waitForFunction(() => !!document.querySelector('cigd-overlay')!.shadowRoot!.querySelector('#cigd-fact-agreement-end'));
    expect(await page.evaluate((s) => !!document.querySelector('cigd-overlay')!.shadowRoot!.querySelector(s), input)).toBe(false);
    await page.close();
  });
});
