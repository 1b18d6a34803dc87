/**
 * pages.md: "Every input of a replica has a `<label for>` with its Italian
 * label." Checked on every page a trainee can reach from /replica/ and from
 * every built-in scenario (AMINDER domanda, consuntivo and rettifica, GECO,
 * Finanziamenti on line domanda, dossier, sospensione, calendario,
 * rendicontazione), not only on the AMINDER domanda: the extension and the
 * end-to-end tests find fields by their labels.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { replicaForTests, TraineeClient } from './test-client.ts';
import { BUILT_IN_SCENARIOS } from './scenarios.ts';

/** Every field of `root` without a label of its own: no id, no `label[for]`, an empty label, or an id another element has too. */
function unlabelled(doc: Document, root: ParentNode, page: string): string[] {
  const problems: string[] = [];
  for (const el of Array.from(root.querySelectorAll('input, select, textarea'))) {
    if (['hidden', 'submit', 'button'].includes(el.getAttribute('type') ?? '')) continue;
    const where = `${page}: ${el.outerHTML.slice(0, 100)}`;
    const label = el.id ? root.querySelector(`label[for="${el.id}"]`) : null;
    if (!label) problems.push(`no <label for>: ${where}`);
    else if (!label.textContent?.trim()) problems.push(`empty label: ${where}`);
    else if (root === doc && doc.getElementById(el.id) !== el) problems.push(`id used twice, the label names another element: ${where}`);
  }
  return problems;
}

describe('every input of the replica has its <label for> (pages.md), every page its icon', () => {
  it('on every page reachable from the index and from each built-in scenario', async () => {
    const { app } = await replicaForTests('2020-12-01');
    const client = new TraineeClient(app, '/replica');
    const queue = ['/', '/aminder/domanda', '/finanziamenti/domanda', '/finanziamenti/dossier', '/geco/comonlweb/dettaglio-azienda',
      '/geco/comonlweb/anagrafica-azienda?cfAzienda=01234567897'];
    for (const s of BUILT_IN_SCENARIOS) {
      queue.push(`/aminder/domanda?scenario=${s.id}`, `/aminder/consuntivo?scenario=${s.id}`,
        `/finanziamenti/domanda?scenario=${s.id}`, `/geco/comonlweb/dettaglio-azienda?scenario=${s.id}`);
    }
    const seen = new Set<string>();
    const kinds = new Set<string>();
    const problems: string[] = [];
    while (queue.length > 0 && seen.size < 300) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await client.get(path);
      kinds.add(res.url.replace(/\?.*/, '').replace(/\d+/g, 'N'));
      const doc = new JSDOM(res.text).window.document;
      problems.push(...unlabelled(doc, doc, res.url));
      // Its own icon: without one the browser asks /favicon.ico, a 404 in the console of every page.
      if (!doc.querySelector('head link[rel="icon"]')) problems.push(`${res.url}: no <link rel="icon">`);
      // The row the page's script adds ("Aggiungi lavoratore") is labelled too.
      for (const t of Array.from(doc.querySelectorAll('template'))) problems.push(...unlabelled(doc, t.content, `${res.url} <template>`));
      for (const a of Array.from(doc.querySelectorAll('a[href^="/replica/"]'))) {
        const next = a.getAttribute('href')!.replace(/^\/replica/, '').replace(/#.*/, '');
        if (!seen.has(next)) queue.push(next);
      }
    }
    expect(problems).toEqual([]);
    // The crawl did reach the pages it is about.
    for (const kind of ['/aminder/domanda/N', '/aminder/domanda/N/consuntivo', '/geco/comonlweb/dettaglio-azienda', '/geco/comonlweb/anagrafica-azienda',
      '/finanziamenti/domanda/N', '/finanziamenti/dossier/N', '/finanziamenti/dossier/N/lavoratore/N/sospensione',
      '/finanziamenti/dossier/N/lavoratore/N/calendario', '/finanziamenti/dossier/N/rendicontazione']) {
      expect([...kinds], kind).toContain(kind);
    }
  }, 30_000);
});
