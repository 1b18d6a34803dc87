// @vitest-environment jsdom
/**
 * GECO's Dettaglio Azienda has one address for every company (portals.md §2.2): each company gets its
 * own draft, by its codice fiscale, even when the app shows another company without changing the address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Request } from '../../messages.ts';
import { loadContentScript, type ContentScript } from '../../test/content-script-harness.ts';

let Context: typeof ContentScriptContext;
let script: ContentScript;
let messages: Request[] = [];
const stored = new Map<string, unknown>();
let ctx: ContentScriptContext;
/** The team's field map for GECO (null: none taught). */
let taught: unknown = null;

beforeAll(async () => {
  ({ Context, script, messages } = await loadContentScript({
    answer: (message) => {
      if (message.type === 'draft:load') return stored.get(message.key) ?? null;
      if (message.type === 'draft:save') stored.set(message.key, { key: message.key, title: '', draft: message.draft, updatedAt: '' });
      return message.type === 'fieldmap:get' ? taught : { ok: true };
    },
  }));
});

afterEach(() => {
  taught = null;
  ctx.notifyInvalidated();
  messages.length = 0;
  stored.clear();
});

const PAGE = '/comonlweb/dettaglio-azienda';
const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/geco-dettaglio-azienda.filled.html'), 'utf8');
const BODY = /<body[^>]*>([\s\S]*)<\/body>/.exec(FIXTURE)![1];
/** The company page as the app renders it (a new component in the same body: new nodes), for `cf` and `name`. */
function showCompany(cf: string, name: string) {
  document.body.innerHTML = BODY;
  (document.getElementById('cfAzienda') as HTMLInputElement).value = cf;
  (document.getElementById('denominazioneDatoreLavoro') as HTMLInputElement).value = name;
}
const key = (cf?: string) => `geco:${location.origin}${PAGE}${cf ? `#cf=${cf}` : ''}`;
const settled = () => new Promise((r) => setTimeout(r, 600)); // past the 400 ms save
const savedKeys = () => [...new Set(messages.flatMap((m) => (m.type === 'draft:save' ? [m.key] : [])))];
const loadedKeys = () => messages.flatMap((m) => (m.type === 'draft:load' ? [m.key] : []));

/** `value` written into field `id`, with the input event the page's listeners see. */
function typeInto(id: string, value: string): HTMLInputElement {
  const field = document.getElementById(id) as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return field;
}

/** The draft opened under `opened` is the only one loaded and saved, and holds the code as corrected. */
function expectCorrectionKept(opened: string, corrected: string) {
  expect(loadedKeys()).toEqual([key(opened)]);
  expect(savedKeys()).toEqual([key(opened)]);
  expect((stored.get(key(opened)) as any).draft.employer.fiscalCode).toBe(corrected);
}

async function open() {
  history.replaceState(null, '', PAGE);
  document.head.innerHTML = /<head[^>]*>([\s\S]*)<\/head>/.exec(FIXTURE)?.[1] ?? '';
  const { main, ...options } = script;
  ctx = new Context('content', options);
  await main(ctx);
}

it('another company shown on the same address is another draft: the first keeps its own', async () => {
  showCompany('01234567897', 'Alfa Srl');
  await open();
  typeInto('telefono', '0111234567');
  await settled();
  expect(savedKeys()).toEqual([key('01234567897')]);

  showCompany('86334519757', 'Beta Spa');
  await settled();
  expect(loadedKeys()).toEqual([key('01234567897'), key('86334519757')]);
  expect(savedKeys()).toEqual([key('01234567897'), key('86334519757')]);
  expect((stored.get(key('01234567897')) as any).draft.employer).toMatchObject({ name: 'Alfa Srl', phone: '0111234567' });
  expect((stored.get(key('86334519757')) as any).draft.employer.name).toBe('Beta Spa');
  expect(document.querySelectorAll('cigd-overlay')).toHaveLength(1);
});

it('a company still loading when the page opens gets its own draft once its code shows; nothing under the bare address', async () => {
  // What an earlier version kept under the bare address (some company's) is not shown while the code is unknown.
  stored.set(key(), { key: key(), title: '', draft: { employer: { name: 'Gamma Snc', fiscalCode: '86334519757' } }, updatedAt: '' });
  showCompany('', '');
  await open();
  expect(loadedKeys()).toEqual([]);
  const cf = document.getElementById('cfAzienda') as HTMLInputElement;
  const name = document.getElementById('denominazioneDatoreLavoro') as HTMLInputElement;
  cf.value = '01234567897';
  name.value = 'Alfa Srl';
  cf.dispatchEvent(new Event('input', { bubbles: true })); // whatever shows the code first, it keys the draft
  await settled();
  expect(savedKeys()).toEqual([key('01234567897')]);
  expect(loadedKeys()).toEqual([key('01234567897')]);
});

it('the operator correcting the company’s code in its field is not another company: the draft stays the one opened', async () => {
  showCompany('01234567890', 'Alfa Srl'); // a wrong check digit, as the registry may hold it
  await open();
  typeInto('cfAzienda', '01234567897');
  await settled();
  expectCorrectionKept('01234567890', '01234567897');
});

it('a company code the team taught (a field the adapter no longer finds) keys the draft once: no new start at every change', async () => {
  showCompany('01234567897', 'Alfa Srl');
  // As after a portal update: the field lost the name and label the adapter knows it by.
  const cf = document.getElementById('cfAzienda') as HTMLInputElement;
  cf.removeAttribute('formcontrolname');
  document.querySelector('label[for="cfAzienda"]')!.textContent = 'Identificativo';
  taught = { format: 'cigd-field-map/1', site: 'geco', fields: [{ path: 'employer.fiscalCode', selector: '#cfAzienda' }] };
  await open();
  typeInto('telefono', '0111234567');
  await settled();
  expect(loadedKeys()).toEqual([key('01234567897')]);
  expect(savedKeys()).toEqual([key('01234567897')]);
  expect((stored.get(key('01234567897')) as any).draft.employer).toMatchObject({ fiscalCode: '01234567897', phone: '0111234567' });
});

it('the operator correcting the code while the app re-renders around it (a validation message shown) keeps the draft opened', async () => {
  showCompany('01234567890', 'Alfa Srl');
  await open();
  const cf = typeInto('cfAzienda', '01234567897');
  // As Angular's form validation does while the operator types: a message node added beside the field.
  const message = document.createElement('div');
  message.textContent = 'Codice fiscale non valido';
  cf.parentElement!.append(message);
  await settled();
  message.remove();
  await settled();
  expectCorrectionKept('01234567890', '01234567897');
});

it('another company written by the app into the same fields (no node changed) is another draft, not saved under the first', async () => {
  showCompany('01234567897', 'Alfa Srl');
  await open();
  // The app binds the next company's data into the inputs it already has: no event, no new node.
  (document.getElementById('cfAzienda') as HTMLInputElement).value = '86334519757';
  (document.getElementById('denominazioneDatoreLavoro') as HTMLInputElement).value = 'Beta Spa';
  typeInto('telefono', '0117654321');
  await settled();
  expect(loadedKeys()).toEqual([key('01234567897'), key('86334519757')]);
  // The first company's draft holds what was shown of it, nothing of the second.
  expect((stored.get(key('01234567897')) as any).draft.employer).toMatchObject({ name: 'Alfa Srl', fiscalCode: '01234567897' });
  expect((stored.get(key('01234567897')) as any).draft.employer.phone).not.toBe('0117654321');
  expect((stored.get(key('86334519757')) as any).draft.employer).toMatchObject({ name: 'Beta Spa', phone: '0117654321' });
});
