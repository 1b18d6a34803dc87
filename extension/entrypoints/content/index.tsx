/**
 * The content script: on a recognised regional page, binds the fields, runs
 * the rules on every input and shows the overlay. Storage and the team server
 * are reached only through the background.
 */
import { render } from 'preact';
import { todayInItaly, type Draft } from '../../../rules/index.ts';
import { detectPage, siteOf } from '../../pages/detect.ts';
import { adapters, teachablePaths } from '../../pages/adapters.ts';
import { emptyFieldMap, stableSelector, teach, type FieldMap } from '../../pages/field-map.ts';
import { companyCode, companyField, companyOnPage, draftKey, keyedByCompany } from '../../pages/draft-key.ts';
import { LivePage } from '../../live/live-page.ts';
import { emptyDraft } from '../../live/read-page.ts';
import { clearMarks } from '../../live/marks.ts';
import { Overlay } from '../../overlay/Overlay.tsx';
import { overlayCss } from '../../overlay/styles.ts';
import { send, type OverlayPlace } from '../../messages.ts';
import { overlayPlace } from '../../storage/overlay-place.ts';
import { DEV_MATCHES, PORTAL_MATCHES } from '../../hosts.ts';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export default defineContentScript({
  matches: import.meta.env.CIGD_DEV_ORIGINS ? [...PORTAL_MATCHES, ...DEV_MATCHES] : PORTAL_MATCHES,
  /*
   * One run per page. When the script starts again in the same page (e.g. the
   * manifest's script and the one registered for the team server's /replica/),
   * WXT invalidates the older run's `ctx`; an address change in a single-page
   * app ends the page's run too. `ctx.onInvalidated` on a context already
   * invalidated never fires, so every await comes first, each followed by
   * `if (stale()) return` (a stale run binds and mounts nothing); then
   * everything is set up synchronously, each listener, timer and observer
   * released by the function startPage returns (called on either end).
   */
  async main(ctx) {
    // GECO is an Angular single-page app: the address changes without a new page. Each change ends the
    // page's run (overlay, listeners, pending save) and starts one for the new address, if recognised.
    let stop = () => {};
    let run = 0;
    // One overlay UI for the script's whole life (WXT registers its removal with the context once, and
    // offers no way to unregister it): each page's run renders into it, and nothing of an ended run stays.
    const ui: PageUi = { container: null };
    const create = () => createShadowRootUi(ctx, {
      name: 'cigd-overlay',
      position: 'inline',
      anchor: 'body',
      css: overlayCss,
      isolateEvents: true,
      onMount: (container) => (ui.container = container),
      onRemove(container) {
        ui.container = null;
        if (container) render(null, container);
      },
    });
    const start = async () => {
      stop();
      stop = () => {};
      const me = ++run;
      const stale = () => ctx.isInvalid || me !== run;
      const end = await startPage(ctx, stale, ui, () => (ui.shell ??= create()), () => void start());
      if (end && stale()) end();
      else if (end) stop = end;
    };
    ctx.onInvalidated(() => stop());
    ctx.addEventListener(window, 'wxt:locationchange', () => void start());
    await start();
  },
});

type Shell = Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>>;
type PageUi = { container: HTMLElement | null; shell?: Promise<Shell> };

/**
 * One recognised page: binds it and mounts the overlay (the script's one UI, `shell`, rendered into `pageUi.container`); returns what releases it all,
 * or nothing when the page is not one of ours or `stale()` became true during an await.
 */
async function startPage(
  ctx: ContentScriptContext, stale: () => boolean, pageUi: PageUi, shell: () => Promise<Shell>, restart: () => void,
): Promise<(() => void) | undefined> {
  const kind = detectPage(new URL(location.href));
  if (!kind) return;
  const adapter = adapters[kind];
  const site = siteOf(kind);
  const fieldMapAnswer = send({ type: 'fieldmap:get', site }).catch(() => null);
  // On GECO the draft is the company's: its code is read as the page is, through the team's map too.
  const company = keyedByCompany(kind) ? companyOnPage(document, adapter, await fieldMapAnswer) : '';
  const key = draftKey(kind, new URL(location.href), company);
  // A company page whose code has not shown yet is no company's draft: nothing is loaded (nor saved, below).
  const unknownCompany = keyedByCompany(kind) && !company;
  const [stored, fieldMap, placeAnswer] = await Promise.all([
    unknownCompany ? null : send({ type: 'draft:load', key }).catch(() => null),
    fieldMapAnswer,
    send({ type: 'ui:get' }).catch(() => null),
  ]);
  // Started again while the background answered: the newer run owns the page.
  if (stale()) return;
  // Where the operator left the overlay, read once for this page (an older background may answer anything).
  const place = overlayPlace(placeAnswer) ?? undefined;

  let map: FieldMap = fieldMap ?? emptyFieldMap(site);
  let teaching = false;
  let picked: { selector: string; label: string } | null = null;
  // Assigned below, before the UI is mounted and painted.
  let live!: LivePage;
  const storeMap = (next: FieldMap) => {
    map = next;
    live.setFieldMap(map);
    void send({ type: 'fieldmap:put', site, map }).catch(() => {});
  };

  const actions = {
    focusField: (path: string) => live.focusField(path),
    writeField: (path: string, text: string) => live.writeField(path, text),
    updateDraft: (change: (d: Draft) => Draft) => live.updateDraft(change),
    whyOf: (rule: string) => send({ type: 'rule:why', rule }),
    placeChanged: (ui: OverlayPlace) => void send({ type: 'ui:set', ui }).catch(() => {}),
  };
  const paint = () =>
    pageUi.container && render(
      <Overlay
        state={live.state}
        actions={actions}
        place={place}
        teach={{
          active: teaching,
          picked,
          paths: teachablePaths(adapter),
          map,
          setActive: (on) => { teaching = on; picked = null; paint(); },
          save: (selector, path) => storeMap(teach(map, selector, path)),
          replaceMap: (next) => storeMap(next),
        }}
      />,
      pageUi.container,
    );

  const ui = await shell();
  // Creating the UI (the first run) awaits too; WXT's own `ctx.onInvalidated(remove)` would not fire now.
  if (stale()) return;

  // From here on, no await: the context stays valid until every release below is registered.
  // The draft goes to the background 400 ms after the last change, and at once when the run ends
  // (a newer run's draft:load is sent after this save; with the extension gone, send fails quietly).
  // A save sends what this page changed since it last loaded or saved (`base`), and the server revision it
  // loaded: the background keeps the stored fields it did not change (a pull, another tab) and never lets
  // a change over content this page has not seen skip the server's 409 (DraftStore.save).
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let unsaved: Draft | null = null;
  let base: Draft | null = stored?.draft ?? null;
  // A page never stored, with nothing written in its text fields and nothing changed since it was
  // first read (a new domanda only looked at), stores nothing: the popup would list an empty
  // «Domanda senza denominazione» for every visit. Once something is stored, every change is, down
  // to a field emptied again.
  let storing = stored !== null && stored !== undefined;
  let firstReading: string | undefined;
  let restarting = false;
  // The company's code as the operator last typed it, and into which field: correcting the code is not
  // another company, whatever the page re-renders around that field meanwhile (Angular's validation
  // messages come and go). Angular writes a value it binds without an input event, so an event on the
  // field is the operator's (jsdom's tests cannot make trusted events, so `isTrusted` is not asked).
  let typed: { field: EventTarget; code: string } | null = null;
  const revision = stored?.remote?.revision;
  const flush = () => {
    clearTimeout(saveTimer);
    if (!unsaved) return;
    const draft = unsaved;
    unsaved = null;
    void send({ type: 'draft:save', key, draft, base, revision }).catch(() => {});
    base = draft;
  };
  const save = (draft: Draft) => {
    unsaved = draft;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(flush, 400);
  };
  // Listeners go with the page's run (an address change) or with the context.
  const ac = new AbortController();
  const listen = <E extends Event>(type: string, fn: (e: E) => void) =>
    document.addEventListener(type, fn as EventListener, { capture: true, signal: ac.signal });

  live = new LivePage(document, {
    adapter,
    stored: stored?.draft ?? emptyDraft(adapter),
    fieldMap,
    today: () => todayInItaly(),
    onState: (state) => {
      // Another company on GECO's one address (loaded after the run started, shown in its place, or
      // its values written by the app into the same fields): another draft, so a new run; nothing of it
      // is saved under this one's key. A code the operator typed into the field is a correction of
      // this company's, not another company; unless no company was known yet (the code showing for the
      // first time, typed or not, gives the page its draft).
      if (keyedByCompany(kind) && !restarting) {
        const shown = companyCode(state.draft.employer.fiscalCode);
        const typedHere = typed !== null && typed.code === shown && typed.field === companyField(state.bindings);
        if (shown && shown !== company && (!company || !typedHere)) {
          restarting = true;
          queueMicrotask(restart);
        }
      }
      if (restarting) return;
      paint();
      if (state.unread) return; // a page nothing is read from stores no draft
      if (unknownCompany) return; // whose draft it is shows with the company's code
      if (!storing) {
        const reading = JSON.stringify(state.draft);
        firstReading ??= reading;
        storing = reading !== firstReading || state.bindings.some(({ element }) => holdsText(element));
      }
      if (storing) save(state.draft);
    },
  });

  // Teach mode: the next click on a portal field picks it (and does nothing else on the page).
  listen('click', (e: MouseEvent) => {
    if (!teaching) return;
    const el = e.target as Element | null;
    if (!el || !el.matches('input, select, textarea') || el.closest('cigd-overlay')) return;
    e.preventDefault();
    e.stopPropagation();
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() ?? '' : '';
    picked = { selector: stableSelector(el), label };
    paint();
  });

  // A <cigd-overlay> still on the page now belongs to no live run of this extension: this run's start
  // invalidated (so removed) every earlier one in this JS world, and a later start would have invalidated
  // this one. What is left is dead, e.g. from a version whose scripts the browser unloaded (Firefox, on an
  // update or reload, then injects the new one into the open tab). One tagged by another installation
  // (another extension id) is left alone.
  const extensionId = browser.runtime.id;
  for (const host of Array.from(document.querySelectorAll('cigd-overlay'))) {
    const owner = host.getAttribute('data-cigd-extension');
    if (host !== ui.shadowHost && (owner === null || owner === extensionId)) host.remove();
  }
  ui.shadowHost.setAttribute('data-cigd-extension', extensionId);
  ui.mount();
  paint();

  // Marks within the frame of the keystroke: the rules run synchronously on input.
  const onInput = (e: Event) => {
    if (!live.isBound(e.target)) return;
    if (keyedByCompany(kind) && e.target === companyField(live.state.bindings)) typed = { field: e.target, code: companyCode((e.target as HTMLInputElement).value) };
    live.refresh();
  };
  listen('input', onInput);
  listen('change', onInput);
  // The last edits go at once when the page is left within the 400 ms: the portal's own submit,
  // the tab closed or put in the background (a page may be discarded once hidden).
  listen('submit', flush);
  window.addEventListener('pagehide', flush, { signal: ac.signal });
  listen('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  // Rows added later, sections shown by a SPA: bind again, at most once per frame.
  let frame: number | undefined;
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => Array.from(r.addedNodes).concat(Array.from(r.removedNodes)).some(
      (n) => n.nodeType === 1 && !(n as Element).closest?.('cigd-overlay') && (n as Element).tagName !== 'CIGD-OVERLAY',
    ));
    if (!relevant || frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      live.rebind();
    });
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    flush();
    ac.abort();
    observer.disconnect();
    if (frame !== undefined) cancelAnimationFrame(frame);
    ui.remove();
    // Fields that outlive the address (a SPA keeps its form) carry no mark of a run that ended.
    clearMarks(document);
  };
}

/** A text field with something written in it (a menu's or a check's default is not written by anyone). */
function holdsText(element: Element): boolean {
  const text = element instanceof HTMLTextAreaElement
    || (element instanceof HTMLInputElement && !['checkbox', 'radio', 'hidden', 'button', 'submit'].includes(element.type));
  return text && (element as HTMLInputElement).value.trim() !== '';
}
