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
import { LivePage } from '../../live/live-page.ts';
import { emptyDraft } from '../../live/read-page.ts';
import { Overlay } from '../../overlay/Overlay.tsx';
import { overlayCss } from '../../overlay/styles.ts';
import { send } from '../../messages.ts';
import { DEV_MATCHES, PORTAL_MATCHES } from '../../hosts.ts';

export default defineContentScript({
  matches: import.meta.env.CIGD_DEV_ORIGINS ? [...PORTAL_MATCHES, ...DEV_MATCHES] : PORTAL_MATCHES,
  async main(ctx) {
    const kind = detectPage(new URL(location.href));
    if (!kind) return;
    const adapter = adapters[kind];
    // One draft per domanda: the page's address without the query (the replica's ?scenario= fills it once).
    const key = `${siteOf(kind)}:${location.origin}${location.pathname}`;
    const [stored, fieldMap] = await Promise.all([
      send({ type: 'draft:load', key }).catch(() => null),
      send({ type: 'fieldmap:get', site: siteOf(kind) }).catch(() => null),
    ]);

    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const save = (draft: Draft) => {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void send({ type: 'draft:save', key, draft }).catch(() => {}), 400);
    };

    let paint: () => void = () => {};
    let map: FieldMap = fieldMap ?? emptyFieldMap(siteOf(kind));
    let teaching = false;
    let picked: { selector: string; label: string } | null = null;
    const storeMap = (next: FieldMap) => {
      map = next;
      live.setFieldMap(map);
      void send({ type: 'fieldmap:put', site: siteOf(kind), map }).catch(() => {});
    };
    // Teach mode: the next click on a portal field picks it (and does nothing else on the page).
    const onTeachClick = (e: MouseEvent) => {
      if (!teaching) return;
      const el = e.target as Element | null;
      if (!el || !el.matches('input, select, textarea') || el.closest('cigd-overlay')) return;
      e.preventDefault();
      e.stopPropagation();
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() ?? '' : '';
      picked = { selector: stableSelector(el), label };
      paint();
    };
    document.addEventListener('click', onTeachClick, true);
    ctx.onInvalidated(() => document.removeEventListener('click', onTeachClick, true));
    const live = new LivePage(document, {
      adapter,
      stored: stored?.draft ?? emptyDraft(adapter),
      fieldMap,
      today: () => todayInItaly(),
      onState: (state) => {
        paint();
        save(state.draft);
      },
    });

    const ui = await createShadowRootUi(ctx, {
      name: 'cigd-overlay',
      position: 'inline',
      anchor: 'body',
      css: overlayCss,
      isolateEvents: true,
      onMount(container) {
        const actions = {
          focusField: (path: string) => live.focusField(path),
          writeField: (path: string, text: string) => live.writeField(path, text),
          updateDraft: (change: (d: Draft) => Draft) => live.updateDraft(change),
        };
        paint = () =>
          render(
            <Overlay
              state={live.state}
              actions={actions}
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
            container,
          );
        paint();
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();

    // Marks within the frame of the keystroke: the rules run synchronously on input.
    const onInput = (e: Event) => {
      if (live.isBound(e.target)) live.refresh();
    };
    document.addEventListener('input', onInput, true);
    document.addEventListener('change', onInput, true);
    ctx.onInvalidated(() => {
      document.removeEventListener('input', onInput, true);
      document.removeEventListener('change', onInput, true);
    });

    // Rows added later, sections shown by a SPA: bind again, at most once per frame.
    let pending = false;
    const observer = new MutationObserver((records) => {
      const relevant = records.some((r) => Array.from(r.addedNodes).concat(Array.from(r.removedNodes)).some(
        (n) => n.nodeType === 1 && !(n as Element).closest?.('cigd-overlay') && (n as Element).tagName !== 'CIGD-OVERLAY',
      ));
      if (!relevant || pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        live.rebind();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
