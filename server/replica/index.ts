/**
 * The training replica of AMINDER, GECO and Finanziamenti on line (issue 5),
 * mounted by the server at /replica. Trainee work is stored per browser
 * session through ReplicaStore; nothing is ever sent to a real portal.
 */
import { randomInt } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ReplicaStore } from '../store/shared-contracts.ts';
import { todayInItaly } from '../../rules/calc/dates.ts';
import { aminderRoutes } from './aminder.ts';
import { gecoRoutes } from './geco.ts';
import { finanziamentiRoutes } from './finanziamenti.ts';
import { CLIENT_JS, CSS, h, layout } from './html.ts';
import { listAllScenarios } from './scenarios.ts';
import { traineeSession, type ReplicaEnv } from './session.ts';

export type ReplicaDeps = {
  store: ReplicaStore & { getDraft?: (teamId: string, id: string) => Promise<unknown> };
  /** The replica's "today" (dd/MM checks on the consuntivo); defaults to today in Italy. */
  today?: () => string;
  /** Protocol numbers and ID domanda (6 digits); random by default, a counter in tests and fixtures. */
  serial?: () => number;
};

export function createReplicaApp(deps: ReplicaDeps): Hono {
  const { store } = deps;
  const today = deps.today ?? (() => todayInItaly());
  const serial = deps.serial ?? (() => 100000 + randomInt(900000));
  const app = new Hono<ReplicaEnv>();

  app.get('/assets/replica.css', (c) => c.body(CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }));
  app.get('/assets/replica.js', (c) => c.body(CLIENT_JS, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));

  app.use('*', async (c, next) => {
    await next();
    // Training pages are per trainee: never cached, never framed by other sites.
    c.header('cache-control', 'no-store');
    c.header('x-frame-options', 'SAMEORIGIN');
  });
  app.use('*', traineeSession);
  // An upload is one PDF of at most 5 MB; anything much larger is refused before it is read.
  app.use('*', bodyLimit({
    maxSize: 6 * 1024 * 1024,
    onError: (c) => c.html(layout({ title: 'File troppo grande', region: 'Regione Piemonte', application: 'Ambiente di formazione CIGD',
      breadcrumbs: [{ label: 'Indice della replica', href: '/replica/' }, { label: 'Errore' }], body: h`<p>Tornare alla pagina precedente.</p>`,
      messages: [{ kind: 'errore', text: 'Il file supera la dimensione massima di 5 MB.' }] }), 413),
  }));

  app.post('/ricomincia', async (c) => {
    await store.resetTrainee(c.get('session'));
    return c.redirect('/replica/?esito=ricominciato', 303);
  });

  const index = async (c: Context<ReplicaEnv>) => {
    const scenarios = await listAllScenarios(store);
    const target = (p: string) => (p === 'aminder' ? '/replica/aminder/domanda'
      : p === 'geco' ? '/replica/geco/comonlweb/dettaglio-azienda' : '/replica/finanziamenti/domanda');
    const body = h`
<p>Copie di lavoro delle pagine regionali per la formazione degli operatori e per i test. I dati digitati restano in questa sessione
del browser; il pulsante "Ricomincia" li cancella.</p>
<h2 id="portali">Portali</h2>
<ul class="indice" aria-labelledby="portali">
  <li><a href="/replica/aminder">AMINDER - Regione Piemonte</a>: elenco domande, <a href="/replica/aminder/domanda">nuova domanda</a>, rettifica, consuntivo mensile</li>
  <li><a href="/replica/geco/comonlweb/anagrafica-azienda">GECO - Anagrafica azienda</a> (Regione Piemonte, Dettaglio Azienda e Dettaglio Sede)</li>
  <li><a href="/replica/finanziamenti">Finanziamenti on line - Regione Lombardia</a>: domanda CIGD, Dossier domande di autorizzazione CIG in deroga, rendicontazione mensile</li>
</ul>
<h2 id="scenari">Scenari di formazione</h2>
<table aria-labelledby="scenari"><thead><tr><th scope="col">Scenario</th><th scope="col">Cosa insegna</th><th scope="col">Portale</th><th scope="col">Apri</th></tr></thead><tbody>
${scenarios.map((s) => h`<tr><td>${s.title}${s.builtIn ? '' : ' (scenario del team)'}</td><td>${s.teaches}</td><td>${s.portal}</td>
<td><a href="${target(s.portal)}?scenario=${encodeURIComponent(s.id)}">Compila<span class="sr-only"> ${s.title}</span></a>${s.portal === 'aminder'
  ? h` · <a href="/replica/aminder/consuntivo?scenario=${encodeURIComponent(s.id)}">Consuntivo<span class="sr-only"> ${s.title}</span></a>` : ''}${s.portal !== 'geco'
  ? h` · <a href="/replica/geco/comonlweb/dettaglio-azienda?scenario=${encodeURIComponent(s.id)}">Azienda in GECO<span class="sr-only"> ${s.title}</span></a>` : ''}</td></tr>`)}
</tbody></table>`;
    return c.html(layout({
      title: 'Replica didattica dei portali regionali', region: 'Regione Piemonte', application: 'Ambiente di formazione CIGD',
      breadcrumbs: [{ label: 'Indice della replica' }], body,
      messages: c.req.query('esito') === 'ricominciato' ? [{ kind: 'conferma', text: 'Sessione di formazione azzerata: tutti i dati inseriti sono stati cancellati.' }] : [],
    }));
  };
  app.get('/', index);

  app.route('/aminder', aminderRoutes({ store, today, serial }));
  app.route('/geco/comonlweb', gecoRoutes({ store }));
  app.route('/finanziamenti', finanziamentiRoutes({ store, today, serial }));
  // The mounted root is "/replica" for Hono; "/replica/" (and "/replica/aminder/" …) reach this catch-all.
  app.get('/*', async (c) => {
    const path = c.req.path;
    if (path.endsWith('/replica/')) return index(c);
    if (path.endsWith('/')) return c.redirect(path.replace(/\/+$/, '') + new URL(c.req.url).search, 308);
    return c.html(layout({ title: 'Pagina non trovata', region: 'Regione Piemonte', application: 'Ambiente di formazione CIGD',
      breadcrumbs: [{ label: 'Indice della replica', href: '/replica/' }, { label: 'Pagina non trovata' }],
      body: h`<p><a href="/replica/">Torna all'indice della replica</a></p>`,
      messages: [{ kind: 'errore', text: 'La pagina richiesta non esiste.' }] }), 404);
  });
  return app as unknown as Hono;
}
