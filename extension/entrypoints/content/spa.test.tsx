// @vitest-environment jsdom
/**
 * GECO is an Angular single-page app: arriving on its home and moving to Dettaglio Azienda changes the
 * address without loading a page. The content script follows WXT's `wxt:locationchange` (polled each
 * second where the Navigation API is missing, as in jsdom) and keeps a single overlay.
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
const contexts: ContentScriptContext[] = [];
let stored: unknown = null;

beforeAll(async () => {
  ({ Context, script, messages } = await loadContentScript({
    answer: (message) => (message.type === 'draft:load' ? stored : message.type === 'fieldmap:get' ? null : { ok: true }),
  }));
});

afterEach(() => {
  for (const ctx of contexts) ctx.notifyInvalidated();
  messages.length = 0;
  stored = null;
});

const overlays = () => document.querySelectorAll('cigd-overlay').length;
const loads = () => messages.flatMap((m) => (m.type === 'draft:load' ? [m.key] : []));
const locationWatched = () => new Promise((r) => setTimeout(r, 1300));

it('an address change within the app mounts the overlay on a recognised page and removes it elsewhere', async () => {
  history.replaceState(null, '', '/comonlweb/home');
  document.body.innerHTML = '<app-root><p>Home</p></app-root>';
  const { main, ...options } = script;
  const ctx = new Context('content', options);
  contexts.push(ctx);
  await main(ctx);
  expect(overlays()).toBe(0);

  document.documentElement.innerHTML = readFileSync(join(__dirname, '../../../test/fixtures/geco-dettaglio-azienda.filled.html'), 'utf8');
  history.pushState(null, '', '/comonlweb/dettaglio-azienda');
  await locationWatched();
  expect(overlays()).toBe(1);
  expect(loads()).toEqual([`geco:${location.origin}/comonlweb/dettaglio-azienda#cf=01234567897`]);

  history.pushState(null, '', '/comonlweb/home');
  await locationWatched();
  expect(overlays()).toBe(0);

  history.pushState(null, '', '/comonlweb/dettaglio-azienda');
  await locationWatched();
  expect(overlays()).toBe(1);
  ctx.notifyInvalidated();
  expect(overlays()).toBe(0);
});

it('every save sends what the page saw (the draft it loaded or last saved, and the revision loaded), across SPA navigation, so the background merges', async () => {
  history.replaceState(null, '', '/replica/aminder/domanda');
  document.documentElement.innerHTML = readFileSync(join(__dirname, '../../../test/fixtures/aminder-domanda.filled.html'), 'utf8');
  const { piemonte2020Draft } = await import('../../../rules/testing.ts');
  const loaded = { ...piemonte2020Draft(), previousApplications: [{ start: '2020-02-24', end: '2020-03-01' }] };
  stored = { key: 'k', title: 't', draft: loaded, updatedAt: '', remote: { teamId: 't', id: 'd', revision: 3 } };
  const { main, ...options } = script;
  const ctx = new Context('content', options);
  contexts.push(ctx);
  await main(ctx);
  const saves = () => messages.filter((m) => m.type === 'draft:save') as any[];
  const typeEnd = (text: string) => {
    const end = document.getElementById('dataFine') as HTMLInputElement;
    end.value = text;
    end.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const saved = () => new Promise((r) => setTimeout(r, 500)); // past the 400 ms after the last change

  typeEnd('13/04/2020');
  await saved();
  typeEnd('14/04/2020');
  await saved();
  // Typed, then away before the timer: the run's end saves it.
  typeEnd('15/04/2020');
  history.pushState(null, '', '/replica/altro');
  await locationWatched();
  expect(saves().map((s) => s.draft.period.end)).toEqual(['2020-04-13', '2020-04-14', '2020-04-15']);

  // Back on the domanda: a new run loads the stored draft (a pull changed it meanwhile, revision 4).
  const reloaded = { ...saves()[2].draft, previousApplications: [{ start: '2020-02-17', end: '2020-03-01' }] };
  stored = { key: 'k', title: 't', draft: reloaded, updatedAt: '', remote: { teamId: 't', id: 'd', revision: 4 } };
  history.pushState(null, '', '/replica/aminder/domanda');
  await locationWatched(); // long enough for the new run to save what it first read (the background keeps it if unchanged)
  typeEnd('16/04/2020');
  ctx.notifyInvalidated(); // the pending save goes at once
  typeEnd('17/04/2020');

  const all = saves();
  expect(all.map((s) => s.draft.period.end)).toEqual(['2020-04-13', '2020-04-14', '2020-04-15', '2020-04-15', '2020-04-16']);
  // Each save's base is what its page run last loaded or saved, never the previous run's; the revision, the one it loaded.
  expect(all.map((s) => s.base)).toEqual([loaded, all[0].draft, all[1].draft, reloaded, all[3].draft]);
  expect(all.map((s) => s.revision)).toEqual([3, 3, 3, 4, 4]);
  expect(all[4].draft.previousApplications).toEqual(reloaded.previousApplications);
});

it('an address change ends the run: its marks and aria-invalid leave the fields that stay, and no run is kept by the UI', async () => {
  history.replaceState(null, '', '/replica/aminder/domanda');
  document.documentElement.innerHTML = readFileSync(join(__dirname, '../../../test/fixtures/aminder-domanda.filled.html'), 'utf8');
  const { main, ...options } = script;
  const ctx = new Context('content', options);
  contexts.push(ctx);
  let registered = 0;
  const onInvalidated = ctx.onInvalidated.bind(ctx);
  ctx.onInvalidated = (cb) => (registered++, onInvalidated(cb));
  await main(ctx);
  const end = document.getElementById('dataFine') as HTMLInputElement;
  end.setAttribute('aria-invalid', 'false'); // the page's own
  end.value = '2020-04-13';
  end.dispatchEvent(new Event('input', { bubbles: true }));
  expect(end.getAttribute('aria-invalid')).toBe('true');
  expect(document.querySelectorAll('[data-cigd-path]').length).toBeGreaterThan(0);
  const afterFirst = registered;
  for (const path of ['/replica/altro', '/replica/aminder/domanda', '/replica/altro']) {
    history.pushState(null, '', path);
    await locationWatched();
  }
  expect(overlays()).toBe(0);
  expect(document.querySelectorAll('[data-cigd-path], [data-cigd-severity], [data-cigd-rules], [data-cigd-aria-invalid]')).toHaveLength(0);
  expect(end.getAttribute('aria-invalid')).toBe('false');
  expect(registered).toBe(afterFirst); // the second run registered nothing more with the context
});
