/**
 * GECO (COMONL, Regione Piemonte) replica: *Anagrafica azienda* (search by
 * codice fiscale) and *Dettaglio Azienda* with *Dettaglio Sede*, with the real
 * application's labels and formcontrolname names (reference/portals.md §2.3-2.4).
 * The ids are made unique (the real app repeats "Si"/"No"), so every label works.
 * As in the real dettaglio-azienda.component.html, both the legale
 * rappresentante's birthplace and the sede's comune are the controls
 * `codComuneMin` / `dsComTComune` of a form group `comune` (one in the
 * rappresentante's form, one in the sede's); the real ids tell them apart:
 * `codComuneMin` / `dsComTComune` for the birthplace, `codComune` /
 * `descrComune` for the sede. Each field is posted and stored under its id.
 */
import { Hono, type Context } from 'hono';
import type { ReplicaStore } from '../store/shared-contracts.ts';
import { h, layout, radioSN, selectField, textField, type Raw } from './html.ts';
import { formBody } from './form-body.ts';
import { BUILT_IN_SCENARIOS, findScenario, scenarioGoesTo, unknownScenarioPage } from './scenarios.ts';
import type { ReplicaEnv } from './session.ts';

const APP = 'GECO - Gestione Online Comunicazioni Obbligatorie';
const base = '/replica/geco/comonlweb';
const KEY = 'geco/azienda/';
// What the form autosaves while the operator types: kept apart from the
// registry, as the real GECO stores nothing before «Conferma azienda e sede
// legale»; «Annulla Operazione» throws it away. One entry per trainee, the
// form as last autosaved: each save replaces it, so a codice fiscale typed a
// character at a time leaves no entry behind for each of its beginnings.
const TYPING_KEY = 'geco/in-compilazione';

export type GecoAzienda = Record<string, string>;

const FIELDS = ['cfAzienda', 'partitaIva', 'denominazioneDatoreLavoro', 'codAtecofinMin', 'dsComTAtecofin', 'codCcnlMin', 'dsCcnl',
  'naturaGiuridica', 'flagArtigiana', 'flgPubblicaAmm', 'iscrAlboNum', 'iscrAlboData', 'dsCognome', 'dsNome', 'sesso', 'dtNascita',
  'codComuneMin', 'dsComTComune', 'cittadinanza', 'codComune', 'descrComune', 'toponimoSede', 'indirizzo',
  'numeroCivico', 'cap', 'telefono', 'fax', 'email', 'flgValida', 'motivoInvalida'];

const NATURE = [
  { value: '', label: 'Selezionare' }, { value: 'SNC', label: 'Società in nome collettivo' },
  { value: 'SAS', label: 'Società in accomandita semplice' }, { value: 'SRL', label: 'Società a responsabilità limitata' },
  { value: 'SPA', label: 'Società per azioni' }, { value: 'DI', label: 'Impresa individuale' },
  { value: 'SP', label: 'Studio professionale / associazione' },
];
const TOPONIMI = ['', 'VIA', 'CORSO', 'PIAZZA', 'VIALE', 'STRADA', 'LARGO'].map((t) => ({ value: t, label: t || 'Selezionare' }));

/** The company record GECO shows for a draft's employer. */
export function aziendaFromDraft(draft: any): GecoAzienda {
  const e = draft?.employer ?? {};
  const cf = String(e.fiscalCode ?? '');
  const unit = draft?.unit ?? {};
  return {
    ...Object.fromEntries(FIELDS.map((f) => [f, ''])),
    cfAzienda: cf, partitaIva: /^\d{11}$/.test(cf) ? cf : '', denominazioneDatoreLavoro: String(e.name ?? ''),
    codAtecofinMin: String(e.ateco ?? ''), flagArtigiana: e.category === 'artigiana' ? 'S' : 'N', flgPubblicaAmm: 'N',
    descrComune: String(unit.comune ?? ''), cap: String(e.postcode ?? ''), telefono: String(e.phone ?? ''), fax: String(e.fax ?? ''),
    flgValida: 'S',
  };
}

/** The registry a trainee searches: the scenarios' companies plus what the session confirmed. */
async function registry(store: ReplicaStore, session: string): Promise<GecoAzienda[]> {
  const out = new Map<string, GecoAzienda>();
  for (const s of BUILT_IN_SCENARIOS) {
    const a = aziendaFromDraft(s.draft);
    if (a.cfAzienda && !out.has(a.cfAzienda)) out.set(a.cfAzienda, a);
  }
  for (const e of await store.listTraineeState(session, KEY)) {
    const a = e.value as GecoAzienda;
    out.set(a.cfAzienda, a);
  }
  return [...out.values()];
}

function page(c: Context, title: string, crumbs: { label: string; href?: string }[], body: Raw,
  messages: { kind: 'errore' | 'conferma' | 'avviso'; text: string }[] = [], status = 200) {
  return c.html(layout({
    title, region: 'Regione Piemonte', application: APP, body, messages,
    breadcrumbs: [{ label: 'Home', href: `${base}/anagrafica-azienda` }, ...crumbs],
  }), status as 200);
}

function sidebar(): Raw {
  return h`<nav aria-label="Menu GECO" class="menu"><ul>
<li>Home</li><li>Inserimento e ricerca comunicazioni</li><li><a href="${base}/anagrafica-azienda">Anagrafica azienda</a></li>
<li>Accreditamento - deleghe</li><li>Anagrafica lavoratore</li></ul></nav>`;
}

function renderDettaglio(a: GecoAzienda): Raw {
  // `control`: the formcontrolname when it differs from the id (the sede's comune).
  const fc = (id: string, label: string, extra: Record<string, string> = {}, date = false, control = id) =>
    textField({ id, label, value: a[id], date, attrs: { formcontrolname: control, ...extra } });
  return h`${sidebar()}
<p>I campi contrassegnati con * sono obbligatori</p>
<form method="post" action="${base}/dettaglio-azienda" id="form-azienda" data-autosalva="${base}/dettaglio-azienda">
<section aria-labelledby="dati-azienda"><h2 id="dati-azienda" class="dati-anagrafici">Dati Azienda</h2>
  ${fc('cfAzienda', 'Codice fiscale *', { maxlength: '16' })}
  ${fc('partitaIva', 'Partita IVA', { maxlength: '11' })}
  ${fc('denominazioneDatoreLavoro', 'Denominazione *', { maxlength: '305' })}
  <div formgroupname="atecofin">${fc('codAtecofinMin', 'ATECO *', { maxlength: '8' })}${fc('dsComTAtecofin', 'Descrizione ATECO *')}</div>
  <div formgroupname="ccnl">${fc('codCcnlMin', 'CCNL *', { maxlength: '5' })}${fc('dsCcnl', 'Descrizione CCNL *')}</div>
  ${selectField({ id: 'naturaGiuridica', label: 'Natura giuridica *', value: a.naturaGiuridica, options: NATURE, attrs: { formcontrolname: 'naturaGiuridica' } })}
  ${radioSN({ id: 'flagArtigiana', legend: 'Azienda artigiana *', name: 'flagArtigiana', value: a.flagArtigiana, attrs: { formcontrolname: 'flagArtigiana' } })}
  ${radioSN({ id: 'flgPubblicaAmm', legend: 'Pubblica amministrazione *', name: 'flgPubblicaAmm', value: a.flgPubblicaAmm, attrs: { formcontrolname: 'flgPubblicaAmm' } })}
  ${fc('iscrAlboNum', 'Iscrizione all\'albo per le agenzie di somministrazione (numero)', { maxlength: '10' })}
  ${fc('iscrAlboData', 'Iscrizione all\'albo per le agenzie di somministrazione (data)', {}, true)}
</section>
<section aria-labelledby="legale-rappresentante"><h2 id="legale-rappresentante" class="dati-anagrafici">Legale Rappresentante</h2>
  ${fc('dsCognome', 'Cognome')}${fc('dsNome', 'Nome')}
  ${selectField({ id: 'sesso', label: 'Sesso', value: a.sesso, options: [{ value: '', label: 'Selezionare' }, { value: 'M', label: 'M' }, { value: 'F', label: 'F' }], attrs: { formcontrolname: 'sesso' } })}
  ${fc('dtNascita', 'Data di nascita', {}, true)}
  <div formgroupname="comune">${fc('codComuneMin', 'Codice comune di nascita', { maxlength: '100' })}${fc('dsComTComune', 'Comune di nascita', { maxlength: '100' })}</div>
  ${fc('cittadinanza', 'Cittadinanza')}
</section>
<section aria-labelledby="dettaglio-sede"><h2 id="dettaglio-sede" class="dati-anagrafici">Dettaglio Sede</h2>
  <div formgroupname="comune">${fc('codComune', 'Codice comune *', { maxlength: '4' }, false, 'codComuneMin')}${fc('descrComune', 'Comune *', { maxlength: '100' }, false, 'dsComTComune')}</div>
  ${selectField({ id: 'toponimoSede', label: 'Toponimo', value: a.toponimoSede, options: TOPONIMI, attrs: { formcontrolname: 'toponimoSede' } })}
  ${fc('indirizzo', 'Indirizzo *', { maxlength: '100' })}
  ${fc('numeroCivico', 'Civico', { maxlength: '15' })}
  ${fc('cap', 'CAP', { maxlength: '5', inputmode: 'numeric' })}
  ${fc('telefono', 'Telefono', { maxlength: '15', inputmode: 'numeric' })}
  ${fc('fax', 'Fax', { maxlength: '15' })}
  ${fc('email', 'Email', { maxlength: '80' })}
  ${radioSN({ id: 'flgValida', legend: 'Valida', name: 'flgValida', value: a.flgValida, attrs: { formcontrolname: 'flgValida' } })}
  ${fc('motivoInvalida', 'Motivo invalidazione sede', { maxlength: '300' })}
</section>
<p><a class="bottone" href="${base}/anagrafica-azienda">TORNA ALL'ELENCO</a>
<button type="submit" name="azione" value="annulla" class="secondario">Annulla Operazione</button>
<button type="submit" name="azione" value="conferma">Conferma azienda e sede legale</button></p>
</form>`;
}

export function gecoRoutes(deps: { store: ReplicaStore }): Hono<ReplicaEnv> {
  const { store } = deps;
  const app = new Hono<ReplicaEnv>();

  // A scenario fills GECO's Dettaglio Azienda, wherever in GECO it is named.
  const scenarioGoesToAzienda = scenarioGoesTo(`${base}/dettaglio-azienda`);
  app.get('/', scenarioGoesToAzienda, (c) => c.redirect(`${base}/anagrafica-azienda`, 303));

  app.get('/anagrafica-azienda', scenarioGoesToAzienda, async (c) => {
    const cf = (c.req.query('cfAzienda') ?? '').trim().toUpperCase();
    const all = await registry(store, c.get('session'));
    const results = cf ? all.filter((a) => a.cfAzienda.toUpperCase() === cf) : null;
    const body = h`${sidebar()}
<form method="get" action="${base}/anagrafica-azienda" id="form-ricerca-azienda" role="search">
  <h2 id="ricerca">Ricerca azienda</h2>
  ${textField({ id: 'cfAzienda', label: 'Codice fiscale', value: cf, attrs: { formcontrolname: 'cfAzienda', maxlength: '16' } })}
  <button type="submit">Cerca</button>
</form>
${results === null ? '' : h`<h2 id="risultati">Risultati della ricerca</h2>
<table aria-labelledby="risultati" id="risultati-ricerca-azienda"><thead><tr><th scope="col">Codice fiscale</th><th scope="col">Partita IVA</th>
<th scope="col">Ragione Sociale</th><th scope="col">Azioni</th></tr></thead><tbody>
${results.length === 0 ? h`<tr><td colspan="4">Nessuna azienda trovata. Per il censimento rivolgersi al Centro per l'Impiego competente.</td></tr>`
  : results.map((a) => h`<tr><td>${a.cfAzienda}</td><td>${a.partitaIva}</td><td>${a.denominazioneDatoreLavoro}</td>
<td><a href="${base}/dettaglio-azienda?cf=${encodeURIComponent(a.cfAzienda)}">Visualizza / modifica<span class="sr-only"> ${a.denominazioneDatoreLavoro}</span></a></td></tr>`)}
</tbody></table>`}`;
    return page(c, 'Anagrafica Azienda', [{ label: 'Anagrafica azienda' }], body);
  });

  app.get('/dettaglio-azienda', async (c) => {
    const session = c.get('session');
    let a: GecoAzienda | null = null;
    const scenarioId = c.req.query('scenario');
    if (scenarioId) {
      const s = await findScenario(store, scenarioId);
      if (!s) return unknownScenarioPage(c, page, scenarioId);
      a = aziendaFromDraft(s.draft);
    } else {
      const cf = (c.req.query('cf') ?? '').trim().toUpperCase();
      if (cf) {
        // What is being typed, if it is this company's; else the registry's record.
        const typing = (await store.getTraineeState(session, TYPING_KEY)) as GecoAzienda | null;
        a = typing?.cfAzienda === cf ? typing : (await registry(store, session)).find((x) => x.cfAzienda.toUpperCase() === cf) ?? null;
      }
    }
    a ??= Object.fromEntries(FIELDS.map((f) => [f, '']));
    const msgs = c.req.query('esito') === 'confermata' ? [{ kind: 'conferma' as const, text: 'Azienda e sede legale confermate.' }] : [];
    return page(c, 'Dettaglio Azienda', [{ label: 'Anagrafica azienda', href: `${base}/anagrafica-azienda` }, { label: 'Dettaglio Azienda' }],
      renderDettaglio(a), msgs);
  });

  app.post('/dettaglio-azienda', async (c) => {
    const body = await formBody(c);
    // Without U+0000: the codice fiscale becomes a storage key, which PostgreSQL cannot hold with one.
    const a: GecoAzienda = Object.fromEntries(FIELDS.map((f) => [f, typeof body[f] === 'string' ? String(body[f]).replaceAll('\0', '').trim() : '']));
    a.cfAzienda = a.cfAzienda.toUpperCase();
    if (body.azione === 'annulla') {
      await store.putTraineeState(c.get('session'), TYPING_KEY, null);
      return c.redirect(`${base}/anagrafica-azienda`, 303);
    }
    const errors: string[] = [];
    if (!a.cfAzienda) errors.push('Codice fiscale: campo obbligatorio.');
    if (body.azione === 'autosalva') {
      await store.putTraineeState(c.get('session'), TYPING_KEY, a);
      return c.json({ ok: !!a.cfAzienda });
    }
    // The real form's own field constraints (portals.md §2.4), nothing about CIGD.
    if (a.telefono && !/^\d+$/.test(a.telefono)) errors.push('Telefono: sono ammesse solo cifre.');
    if (a.cap && !/^\d{5}$/.test(a.cap)) errors.push('CAP: indicare 5 cifre.');
    if (a.partitaIva && !/^\d{11}$/.test(a.partitaIva)) errors.push('Partita IVA: indicare 11 cifre.');
    if (errors.length) {
      return page(c, 'Dettaglio Azienda', [{ label: 'Anagrafica azienda', href: `${base}/anagrafica-azienda` }, { label: 'Dettaglio Azienda' }],
        renderDettaglio(a), errors.map((text) => ({ kind: 'errore', text })), 422);
    }
    await store.putTraineeState(c.get('session'), KEY + a.cfAzienda, a);
    await store.putTraineeState(c.get('session'), TYPING_KEY, null);
    return c.redirect(`${base}/dettaglio-azienda?cf=${encodeURIComponent(a.cfAzienda)}&esito=confermata`, 303);
  });

  return app;
}

