// @vitest-environment jsdom
/**
 * The content script itself (entrypoints/content/index.tsx), started the way
 * WXT starts it (`main(new ContentScriptContext(...))`) on the saved AMINDER
 * domanda: pages.md "The overlay's own interface lives in an open shadow root
 * of a single `<cigd-overlay>` element", also when the script starts again or
 * the page changes and the fields are bound again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Request } from '../messages.ts';
import { loadContentScript, type ContentScript } from '../test/content-script-harness.ts';
import { CLIENT_JS } from '../../server/replica/html.ts';
import { VALID_WORKER_CFS } from '../../rules/testing.ts';

/** WXT 0.20's own ContentScriptContext: each new start of the same script invalidates the older ones. */
let Context: typeof ContentScriptContext;
let script: ContentScript;
let contexts: ContentScriptContext[] = [];
/** Called as the content script asks for its UI, before WXT creates it (see the start during createShadowRootUi). */
let onCreateUi: (() => void) | null = null;
/** How long the background takes to answer (IndexedDB, a service worker waking up). */
let backgroundDelay = 0;
let messages: Request[] = [];
/** Where the background says the operator left the overlay (`ui:get`). */
let place: unknown = null;

beforeAll(async () => {
  ({ Context, script, messages } = await loadContentScript({
    answer: async (message) => {
      await new Promise((r) => setTimeout(r, backgroundDelay));
      // No draft stored yet for this domanda, no taught field map.
      if (message.type === 'ui:get') return place;
      return message.type === 'draft:load' || message.type === 'fieldmap:get' ? null : { ok: true };
    },
    beforeCreateUi: () => {
      const hook = onCreateUi;
      onCreateUi = null;
      hook?.();
    },
  }));
  // The replica's own client script ("Aggiungi lavoratore" clones the row <template>), once for the file.
  new Function(CLIENT_JS)();
});

beforeEach(() => {
  backgroundDelay = 0;
  onCreateUi = null;
  messages.length = 0;
  history.replaceState(null, '', '/replica/aminder/domanda');
  document.documentElement.innerHTML = readFileSync(join(__dirname, '../../test/fixtures/aminder-domanda.filled.html'), 'utf8');
});

afterEach(() => {
  for (const ctx of contexts) ctx.notifyInvalidated();
  contexts = [];
});

/** One start of the content script, as WXT's entry does it. */
function startScript(): Promise<void> {
  const { main, ...options } = script;
  const ctx = new Context('content', options);
  contexts.push(ctx);
  return Promise.resolve(main(ctx));
}

const overlays = () => Array.from(document.querySelectorAll('cigd-overlay'));
const shadow = () => {
  const all = overlays();
  expect(all).toHaveLength(1);
  const root = all[0].shadowRoot;
  expect(root, 'an open shadow root').not.toBeNull();
  return root!;
};
const field = (id: string) => document.getElementById(id) as HTMLInputElement;
/** Typing: the value and the input event the content script listens to. */
function type(id: string, value: string) {
  const el = field(id);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return el;
}
/** Every <cigd-overlay> put on the page from now on, even if removed since. */
function watchAttachedOverlays(): () => Promise<Element[]> {
  const seen: Element[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element && n.localName === 'cigd-overlay') seen.push(n);
  });
  observer.observe(document.body, { childList: true });
  return async () => {
    await Promise.resolve(); // the records still queued
    observer.disconnect();
    return seen;
  };
}
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
/** A DOM change: the MutationObserver's record (a microtask), then its re-bind on the next frame. */
const afterRebind = async () => {
  await Promise.resolve();
  await nextFrame();
};
/** Every element the overlay put in the page's own DOM (outside its shadow root). */
const lightDomAdditions = (before: Set<Element>) => Array.from(document.querySelectorAll('*')).filter((el) => !before.has(el));

describe('the overlay mounted by the content script', () => {
  it('is one <cigd-overlay> whose interface is all in its open shadow root', async () => {
    const before = new Set(Array.from(document.querySelectorAll('*')));
    await startScript();
    const host = overlays()[0];
    expect(lightDomAdditions(before)).toEqual([host]);
    expect(host.shadowRoot?.mode).toBe('open');
    expect(host.childElementCount).toBe(0);
    const root = shadow();
    expect(root.querySelectorAll('[data-rule]').length).toBeGreaterThan(0);
    expect(root.querySelector('h2')?.textContent).toContain('CIGD');
    // Nothing of the overlay in the page's DOM: no finding, no figure, no button of ours.
    expect(document.querySelectorAll('[data-rule], [data-figure], [data-status], [data-action]')).toHaveLength(0);
    // The page's fields carry the marks.
    expect(field('dataFine').getAttribute('data-cigd-path')).toBe('period.end');
  });

  it('a keystroke marks the field and lists the finding in the shadow root, in the same task', async () => {
    await startScript();
    const end = type('dataFine', '13/04/2020'); // 09/03 → 13/04: 36 days
    expect(end.getAttribute('data-cigd-severity')).toBe('error');
    expect(end.getAttribute('data-cigd-rules')).toContain('piemonte-2020/application-length');
    expect(shadow().querySelector('[data-rule="piemonte-2020/application-length"]')).not.toBeNull();
    expect(document.querySelector('[data-rule]')).toBeNull();
    type('dataFine', '12/04/2020');
    expect(shadow().querySelector('[data-rule="piemonte-2020/application-length"]')).toBeNull();
  });

  it('started twice (the script injected again), there is still one <cigd-overlay>, and it is the live one', async () => {
    await startScript();
    await startScript();
    expect(overlays()).toHaveLength(1);
    type('dataFine', '13/04/2020');
    expect(shadow().querySelector('[data-rule="piemonte-2020/application-length"]')).not.toBeNull();
    expect(field('dataFine').getAttribute('data-cigd-rules')).toContain('piemonte-2020/application-length');
  });

  // A start invalidates the older runs; a run invalidated before it created its UI must bind and mount
  // nothing, for WXT's `ctx.onInvalidated(remove)` on an already-invalidated context never fires.
  it('started twice while the first start still waits for the background, there is one <cigd-overlay>, and the first run binds nothing', async () => {
    const attached = watchAttachedOverlays();
    backgroundDelay = 20;
    const first = startScript();
    const second = startScript(); // e.g. the manifest's script and the one registered for the team server's /replica/
    await Promise.all([first, second]);
    expect(overlays()).toHaveLength(1);
    expect(await attached()).toEqual(overlays()); // the first run never put one on the page
    type('dataFine', '13/04/2020');
    expect(shadow().querySelector('[data-rule="piemonte-2020/application-length"]')).not.toBeNull();
    // Only the live run reads the page and saves its draft: one draft:save, after the 400 ms pause.
    await new Promise((r) => setTimeout(r, 450));
    const saves = messages.filter((m) => m.type === 'draft:save');
    expect(saves).toHaveLength(1);
    expect(saves[0].type === 'draft:save' && saves[0].draft.period.end).toBe('2020-04-13');
  });

  it('started again while the first start creates its UI, there is one <cigd-overlay>, and the first run binds nothing', async () => {
    const attached = watchAttachedOverlays();
    let second: Promise<void> | undefined;
    onCreateUi = () => { second = startScript(); };
    await startScript();
    await second;
    expect(overlays()).toHaveLength(1);
    expect(await attached()).toEqual(overlays());
    type('dataFine', '13/04/2020');
    await new Promise((r) => setTimeout(r, 450));
    expect(messages.filter((m) => m.type === 'draft:save')).toHaveLength(1);
  });

  it('a <cigd-overlay> left by a run that cannot clean up (its extension unloaded) is replaced; one of another installation is not', async () => {
    const dead = document.createElement('cigd-overlay');
    dead.attachShadow({ mode: 'open' }).innerHTML = '<p>old version</p>';
    document.body.append(dead);
    const ours = document.createElement('cigd-overlay');
    ours.setAttribute('data-cigd-extension', 'cigd-test');
    document.body.append(ours);
    const other = document.createElement('cigd-overlay');
    other.setAttribute('data-cigd-extension', 'another-installation');
    document.body.append(other);
    await startScript();
    expect(dead.isConnected).toBe(false);
    expect(ours.isConnected).toBe(false);
    expect(other.isConnected).toBe(true);
    other.remove();
    expect(shadow().querySelector('h2')?.textContent).toContain('CIGD');
    expect(overlays()[0].getAttribute('data-cigd-extension')).toBe('cigd-test');
  });

  it('re-binding after the page adds a worker row keeps one overlay, and the new row is marked as workers[2]', async () => {
    await startScript();
    const before = new Set(Array.from(document.querySelectorAll('*')));
    const add = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Aggiungi lavoratore')!;
    add.click();
    await afterRebind();
    expect(overlays()).toHaveLength(1);
    const added = lightDomAdditions(before);
    expect(added.every((el) => el.closest('#lav-2'))).toBe(true); // only the page's new row
    const cf = field('lav-2-cf');
    const hired = field('lav-2-assunzione');
    expect(cf.getAttribute('data-cigd-path')).toBe('workers[2].fiscalCode');
    expect(hired.getAttribute('data-cigd-path')).toBe('workers[2].hiredOn');
    expect(hired.hasAttribute('data-cigd-rules')).toBe(false); // empty: to complete, no mark

    type('lav-2-cf', VALID_WORKER_CFS[2]);
    type('lav-2-assunzione', '24/02/2020');
    type('lav-2-contratto', 'full-time'); // left on «Selezionare», the row would be to complete, not judged
    expect(hired.getAttribute('data-cigd-severity')).toBe('error');
    expect(hired.getAttribute('data-cigd-rules')).toBe('piemonte-2020/hired-by-cutoff');
    expect(cf.getAttribute('data-cigd-severity')).toBe('ok');
    expect(shadow().querySelector('[data-rule="piemonte-2020/hired-by-cutoff"]')).not.toBeNull();
    type('lav-2-assunzione', '01/02/2020');
    expect(hired.getAttribute('data-cigd-severity')).toBe('ok');
    expect(shadow().querySelector('[data-rule="piemonte-2020/hired-by-cutoff"]')).toBeNull();
  });

  it('re-binding after the page re-renders a section keeps one overlay and binds the new inputs', async () => {
    await startScript();
    const old = field('dataFine');
    const section = old.closest('section')!;
    section.innerHTML = section.innerHTML; // an SPA re-render: new elements, same labels
    await afterRebind();
    expect(overlays()).toHaveLength(1);
    const end = field('dataFine');
    expect(end).not.toBe(old);
    expect(end.getAttribute('data-cigd-path')).toBe('period.end');
    type('dataFine', '13/04/2020');
    expect(end.getAttribute('data-cigd-rules')).toContain('piemonte-2020/application-length');
    expect(shadow().querySelectorAll('[data-rule="piemonte-2020/application-length"]')).toHaveLength(1);
  });

  it('when the script is stopped (extension updated or disabled), its overlay and its listeners go with it, and its last draft is saved', async () => {
    await startScript();
    expect(overlays()).toHaveLength(1);
    type('dataFine', '13/04/2020');
    expect(messages.filter((m) => m.type === 'draft:save')).toHaveLength(0); // within the 400 ms debounce
    contexts[0].notifyInvalidated();
    expect(overlays()).toHaveLength(0);
    const saves = messages.filter((m) => m.type === 'draft:save');
    expect(saves).toHaveLength(1);
    expect(saves[0].type === 'draft:save' && saves[0].draft.period.end).toBe('2020-04-13');
    // Its marks went with it; no more marks on input, no re-bind on a page change.
    const end = type('dataFine', '12/04/2020');
    expect(end.hasAttribute('data-cigd-rules')).toBe(false);
    expect(end.hasAttribute('data-cigd-path')).toBe(false);
    Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Aggiungi lavoratore')!.click();
    await afterRebind();
    expect(field('lav-2-cf').hasAttribute('data-cigd-path')).toBe(false);
    await new Promise((r) => setTimeout(r, 450));
    expect(messages.filter((m) => m.type === 'draft:save')).toHaveLength(1);
  });
});

describe('the drafts the content script stores', () => {
  const saves = () => messages.filter((m) => m.type === 'draft:save');
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('a new, empty domanda only looked at stores no draft; the first thing typed does', async () => {
    history.replaceState(null, '', '/replica/aminder/domanda/7');
    document.documentElement.innerHTML = readFileSync(join(__dirname, '../../test/fixtures/aminder-domanda.empty.html'), 'utf8');
    await startScript();
    await pause(600); // past the 400 ms the script waits after the last change
    expect(saves()).toEqual([]);
    type('denominazione', 'Rossi Bar S.n.c.');
    await pause(600);
    expect(saves()).toHaveLength(1);
    expect((saves()[0] as { draft: { employer: { name?: string } } }).draft.employer.name).toBe('Rossi Bar S.n.c.');
    // Emptied again, it is still saved: the stored draft must not keep the name.
    type('denominazione', '');
    await pause(600);
    expect(saves()).toHaveLength(2);
  });

  it('a domanda the portal shows filled is stored as soon as it is read', async () => {
    await startScript();
    await pause(600);
    expect(saves()).toHaveLength(1);
  });
});

describe('the overlay keeps its place from page to page', () => {
  afterEach(() => {
    place = null;
  });

  it('opens where the background says the operator left it: reduced, on the left', async () => {
    place = { open: false, side: 'left' };
    await startScript();
    const root = shadow();
    expect(root.querySelector('[aria-label="Controlli CIGD"]')!.className).toBe('cigd side-left');
    expect(root.querySelector('[aria-label="Riepilogo"]')).toBeNull();
    expect(root.querySelector('button[aria-expanded]')!.textContent).toBe('Apri');
  });

  it('an answer that is no place (an older background) opens it as usual; reducing and moving it are told to the background', async () => {
    place = { ok: true };
    const answered = messages.length;
    await startScript();
    expect(messages.slice(answered).some((m) => m.type === 'ui:get')).toBe(true);
    const root = shadow();
    expect(root.querySelector('[aria-label="Riepilogo"]')).not.toBeNull();
    const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
    button('Riduci').click();
    await Promise.resolve();
    button('Sposta a sinistra').click();
    await Promise.resolve();
    expect(messages.filter((m) => m.type === 'ui:set').map((m) => (m as { ui: unknown }).ui))
      .toEqual([{ open: false, side: 'right' }, { open: false, side: 'left' }]);
    expect(root.querySelector('[aria-label="Controlli CIGD"]')!.className).toBe('cigd side-left');
  });
});
