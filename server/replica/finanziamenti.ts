/**
 * Regione Lombardia "Finanziamenti on line" replica: the CIGD domanda in
 * sections A, E, F, G, H (seed 003), the *Dossier domande di autorizzazione
 * CIG in deroga* with each worker's comunicazioni di sospensione and calendar
 * (seed 004), and the monthly rendicontazione. The seeds name no check the
 * Lombardia system itself makes, so the replica makes none beyond readable
 * input: dates, and a rendicontazione sent for a month of the domanda's period.
 */
import { Hono, type Context } from 'hono';
import type { ReplicaStore } from '../store/shared-contracts.ts';
import { formatDateIt, isIsoMonth, monthNameIt, monthsOfPeriod, parseDateIt } from '../../rules/calc/dates.ts';
import { AGREEMENT_KIND_IT, DRAFT_KIND_IT } from '../../rules/labels.ts';
import { dateError } from './checks.ts';
import { checkboxField, h, layout, selectField, textField, type Raw } from './html.ts';
import { formBody } from './form-body.ts';
import { findScenario, scenarioGoesTo, unknownScenarioPage } from './scenarios.ts';
import type { ReplicaEnv } from './session.ts';

const APP = 'Finanziamenti on line - Ammortizzatori sociali in deroga';
const base = '/replica/finanziamenti';
const KEY = 'finanziamenti/domanda/';
const key = (n: number) => `${KEY}${String(n).padStart(6, '0')}`;

type Row = Record<string, string>;
export type FinStatus = 'Bozza' | 'In Istruttoria' | 'In Regione' | 'Finanziata';
export type FinDomanda = {
  n: number; status: FinStatus; idDomanda?: string; submittedOn?: string; scenario?: string;
  fields: Record<string, string>; workers: Row[];
  suspensions: { worker: number; start: string; end: string; hours: string; sentOn: string }[];
  reports: Record<string, { hours: Record<string, string>; sentOn?: string }>;
};

const FIELDS = ['tipologiaAziendale', 'causaleCigd', 'cfImpresa', 'ragioneSociale', 'modalitaPagamento', 'domandaInps',
  'protocolloInps', 'naturaImpresa', 'disciplinaCig', 'dataInizioCigd', 'dataFineCigd', 'tipologiaAccordo', 'dataAccordo',
  'unitaComune', 'unitaIndirizzo', 'orarioSettimanale', 'numOperai', 'numImpiegati', 'oreSospensione'];
const WORKER_FIELDS = ['cf', 'cognome', 'nome', 'dataInizioCig', 'dataFineCig', 'ore'];
const ELBA = DRAFT_KIND_IT['elba-addendum-f'];
const opts = (values: string[]) => [{ value: '', label: 'Selezionare' }, ...values.map((v) => ({ value: v, label: v }))];
const TIPOLOGIE = opts(['Impresa', 'Impresa artigiana', ELBA, 'Studio professionale', 'Impresa in cessazione']);
const CAUSALI = opts(['crisi aziendale', 'ristrutturazione', 'riorganizzazione', 'evento improvviso e imprevisto']);
const PAGAMENTO = opts(['pagamento diretto', 'anticipo da parte del datore di lavoro']);
const NATURA = opts(['impresa ai sensi dell\'art. 2082 del codice civile', 'piccolo imprenditore ai sensi dell\'art. 2083 del codice civile']);
const DISCIPLINA = opts(['impresa non soggetta alla disciplina della CIGO, della CIGS, di Fondi di solidarietà attivi',
  'impresa soggetta alla disciplina della CIGO, della CIGS, di Fondi di solidarietà attivi']);
/** The agreements Finanziamenti on line takes (Lombardia), by their kind. */
const LOMBARDIA_AGREEMENTS = ['art3-c17-l92-2012', 'artigianato-2015-10-16', 'standard'] as const;
const ACCORDI = opts(LOMBARDIA_AGREEMENTS.map((kind) => AGREEMENT_KIND_IT[kind]));
const agreementLabel = (kind: unknown) => {
  const known = LOMBARDIA_AGREEMENTS.find((k) => k === kind);
  return known ? AGREEMENT_KIND_IT[known] : '';
};

const it = (d: unknown) => (typeof d === 'string' && d ? formatDateIt(d) : '');

export function finDomandaFromDraft(n: number, draft: any, scenario?: string): FinDomanda {
  const e = draft.employer ?? {};
  const workers: Row[] = (draft.workers ?? []).map((w: any) => {
    const parts = String(w.name ?? '').split(/\s+/).filter(Boolean);
    return { cf: w.fiscalCode ?? '', nome: parts[0] ?? '', cognome: parts.slice(1).join(' '), dataInizioCig: it(draft.period?.start),
      dataFineCig: it(draft.period?.end), ore: w.requestedHours !== undefined ? String(w.requestedHours) : '' };
  });
  const cfIndex = (cf: string) => (draft.workers ?? []).findIndex((w: any) => w.fiscalCode === cf);
  const reports: FinDomanda['reports'] = {};
  for (const r of draft.reports ?? []) {
    const hours: Record<string, string> = {};
    (draft.workers ?? []).forEach((w: any, i: number) => { const v = r.hours?.[w.fiscalCode]; hours[String(i)] = v == null ? '' : String(v); });
    reports[r.month] = { hours, sentOn: r.submittedOn };
  }
  const sent = draft.status && draft.status !== 'bozza';
  return {
    n, status: sent ? 'In Istruttoria' : 'Bozza', idDomanda: sent ? String(draft.protocol ?? 1000 + n) : undefined,
    submittedOn: draft.submittedOn, scenario,
    fields: {
      tipologiaAziendale: e.elbaMember || draft.kind === 'elba-addendum-f' ? ELBA : e.category === 'artigiana' ? 'Impresa artigiana' : 'Impresa',
      causaleCigd: draft.agreement?.cause === 'crisi aziendale' || draft.kind === 'elba-addendum-f' ? 'crisi aziendale' : '',
      cfImpresa: e.fiscalCode ?? '', ragioneSociale: e.name ?? '',
      modalitaPagamento: draft.inps?.directPayment ? 'pagamento diretto' : '', domandaInps: draft.inps?.protocol ? 'S' : '',
      protocolloInps: draft.inps?.protocol ?? '',
      naturaImpresa: draft.kind === 'elba-addendum-f' ? NATURA[1].value : '', disciplinaCig: draft.kind === 'elba-addendum-f' ? DISCIPLINA[1].value : '',
      dataInizioCigd: it(draft.period?.start), dataFineCigd: it(draft.period?.end),
      tipologiaAccordo: agreementLabel(draft.agreement?.kind), dataAccordo: it(draft.agreement?.signedOn),
      unitaComune: draft.unit?.comune ?? '', unitaIndirizzo: '', orarioSettimanale: '40',
      numOperai: String(workers.length), numImpiegati: '0',
      oreSospensione: String((draft.workers ?? []).reduce((s: number, w: any) => s + (w.requestedHours ?? 0), 0) || ''),
    },
    workers,
    suspensions: (draft.suspensions ?? []).map((s: any) => ({ worker: cfIndex(s.workerFiscalCode), start: it(s.start), end: it(s.end),
      hours: String(s.hours), sentOn: s.sentOn })).filter((s: any) => s.worker >= 0),
    reports,
  };
}

function emptyFin(n: number): FinDomanda {
  return { n, status: 'Bozza', fields: Object.fromEntries(FIELDS.map((f) => [f, ''])),
    workers: [Object.fromEntries(WORKER_FIELDS.map((f) => [f, '']))], suspensions: [], reports: {} };
}

async function list(store: ReplicaStore, session: string): Promise<FinDomanda[]> {
  return (await store.listTraineeState(session, KEY)).map((e) => e.value as FinDomanda).sort((a, b) => a.n - b.n);
}
async function get(store: ReplicaStore, session: string, n: number): Promise<FinDomanda | null> {
  return Number.isInteger(n) && n > 0 ? (await store.getTraineeState(session, key(n))) as FinDomanda | null : null;
}

function page(c: Context, title: string, crumbs: { label: string; href?: string }[], body: Raw,
  messages: { kind: 'errore' | 'conferma' | 'avviso'; text: string }[] = [], status = 200) {
  return c.html(layout({ title, region: 'Regione Lombardia', application: APP, body, messages,
    breadcrumbs: [{ label: 'Home', href: `${base}` }, ...crumbs] }), status as 200);
}

const wLabel = (w: Row, i: number) => [w.cognome, w.nome].filter(Boolean).join(' ') || w.cf || `lavoratore ${i + 1}`;

function workerRow(i: number | string, w: Row, ro: boolean, num: number | string): Raw {
  const t = (f: string, label: string, date = false) => textField({ id: `lav-${i}-${f}`, label, value: w[f], readonly: ro, date });
  return h`<div class="lavoratore" data-riga="${String(i)}" id="lav-${String(i)}"><h3>Lavoratore <span class="numero-riga">${String(num)}</span></h3>
  ${t('cf', 'Codice fiscale')}${t('cognome', 'Cognome')}${t('nome', 'Nome')}${t('dataInizioCig', 'Data inizio CIG', true)}
  ${t('dataFineCig', 'Data fine CIG', true)}${t('ore', 'Ore richieste')}
  ${ro ? '' : h`<div><button type="submit" class="secondario" name="azione" value="rimuovi-${String(i)}" data-rimuovi-riga>Rimuovi lavoratore</button></div>`}</div>`;
}

function renderDomanda(d: FinDomanda): Raw {
  const ro = d.status !== 'Bozza';
  const f = d.fields;
  const t = (id: string, label: string, date = false) => textField({ id, label, value: f[id], readonly: ro, date });
  const s = (id: string, label: string, options: { value: string; label: string }[]) => selectField({ id, label, value: f[id], options, readonly: ro });
  const action = `${base}/domanda/${d.n}`;
  return h`<p>Domanda n. ${String(d.n)} - stato <span class="stato">${d.status}</span>${d.idDomanda ? h` - ID domanda <strong id="id-domanda">${d.idDomanda}</strong>` : ''}</p>
<form method="post" action="${action}" id="form-domanda"${ro ? '' : h` data-autosalva="${action}"`}>
<section aria-labelledby="sez-a"><h2 id="sez-a">A) Registrazione</h2>
  ${t('cfImpresa', 'Codice fiscale impresa')}${t('ragioneSociale', 'Ragione sociale')}
  ${s('tipologiaAziendale', 'Tipologia aziendale', TIPOLOGIE)}${s('causaleCigd', 'Causale CIGD', CAUSALI)}
</section>
<section aria-labelledby="sez-e"><h2 id="sez-e">E) Dati INPS</h2>
  ${s('modalitaPagamento', 'Modalità di pagamento', PAGAMENTO)}
  ${checkboxField({ id: 'domandaInps', label: 'Dichiaro l\'avvenuta presentazione della domanda all\'INPS', checked: f.domandaInps === 'S', readonly: ro })}
  ${t('protocolloInps', 'Protocollo domanda INPS')}
</section>
<section aria-labelledby="sez-f"><h2 id="sez-f">F) Ulteriori dati aziendali</h2>
  ${s('naturaImpresa', 'Natura dell\'impresa', NATURA)}${s('disciplinaCig', 'Disciplina degli ammortizzatori', DISCIPLINA)}
</section>
<section aria-labelledby="sez-g"><h2 id="sez-g">G) Intervento</h2>
  ${t('dataInizioCigd', 'Data inizio CIGD', true)}${t('dataFineCigd', 'Data fine CIGD', true)}
  ${s('tipologiaAccordo', 'Tipologia accordo sindacale', ACCORDI)}${t('dataAccordo', 'Data sottoscrizione accordo', true)}
</section>
<section aria-labelledby="sez-h"><h2 id="sez-h">H) Dati unità operativa in CIG</h2>
  ${t('unitaComune', 'Comune unità operativa')}${t('unitaIndirizzo', 'Indirizzo unità operativa')}
  ${t('orarioSettimanale', 'Orario settimanale CCNL (ore)')}${t('numOperai', 'Numero lavoratori operai')}${t('numImpiegati', 'Numero lavoratori impiegati')}
  ${t('oreSospensione', 'Ore di sospensione')}
</section>
<section aria-labelledby="sez-lav"><h2 id="sez-lav">Lavoratori</h2>
  <div id="elenco-lavoratori">${d.workers.map((w, i) => workerRow(i, w, ro, i + 1))}</div>
  ${ro ? '' : h`<button type="submit" name="azione" value="aggiungi" data-aggiungi-riga="elenco-lavoratori" data-modello="modello-lavoratore">Aggiungi lavoratore</button>`}
</section>
${ro ? h`<p><a class="bottone" href="${base}/dossier/${String(d.n)}">Vai al dossier della domanda</a></p>` : h`<p><button type="submit" name="azione" value="salva" class="secondario">Salva</button>
<button type="submit" name="azione" value="invia">Invia domanda</button></p>`}
</form>
${ro ? '' : h`<template id="modello-lavoratore">${workerRow('__i__', Object.fromEntries(WORKER_FIELDS.map((x) => [x, ''])), false, '')}</template>`}`;
}

/** The months of the domanda's period (section G), those the rendicontazione has a column for. */
function monthsOf(d: FinDomanda): string[] {
  const start = parseDateIt(d.fields.dataInizioCigd ?? '');
  const end = parseDateIt(d.fields.dataFineCigd ?? '');
  return start && end && end >= start ? monthsOfPeriod(start, end) : [];
}

/**
 * The month a rendicontazione is sent for must be one of the page's columns,
 * not yet sent: a readable-input check, like the dates elsewhere (the seeds
 * name no rule of the Lombardia system about the hours themselves).
 */
function reportMonthError(d: FinDomanda, months: string[], month: string): string | null {
  const period = `${d.fields.dataInizioCigd || '-'} - ${d.fields.dataFineCigd || '-'}`;
  if (!months.includes(month)) {
    const shown = isIsoMonth(month) ? monthNameIt(month) : month;
    return `Mese di rendicontazione: il mese indicato (${shown}) non è un mese del periodo della domanda (${period}).`;
  }
  const sentOn = d.reports[month]?.sentOn;
  if (sentOn) return `Mese di rendicontazione: la rendicontazione di ${monthNameIt(month)} è già stata inviata il ${formatDateIt(sentOn)}.`;
  return null;
}

function readForm(d: FinDomanda, body: Record<string, string | File>): void {
  for (const f of FIELDS) d.fields[f] = typeof body[f] === 'string' ? String(body[f]) : f === 'domandaInps' ? '' : d.fields[f] ?? '';
  const rows = new Map<number, Row>();
  for (const [k, v] of Object.entries(body)) {
    const m = /^lav-(\d+)-(\w+)$/.exec(k);
    if (!m || typeof v !== 'string' || !WORKER_FIELDS.includes(m[2])) continue;
    if (!rows.has(+m[1])) rows.set(+m[1], Object.fromEntries(WORKER_FIELDS.map((x) => [x, ''])));
    rows.get(+m[1])![m[2]] = v;
  }
  d.workers = [...rows.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
}

export function finanziamentiRoutes(deps: { store: ReplicaStore; today: () => string; serial: () => number }): Hono<ReplicaEnv> {
  const { store } = deps;
  const app = new Hono<ReplicaEnv>();

  // A scenario named on the landing page or the Dossier opens its domanda (a sent one shows in the Dossier).
  const scenarioGoesToDomanda = scenarioGoesTo(`${base}/domanda`);
  app.get('/', scenarioGoesToDomanda, async (c) => page(c, 'Finanziamenti on line', [{ label: 'Ammortizzatori sociali in deroga' }], h`
<ul class="indice"><li><a href="${base}/domanda">Nuova domanda di CIG in deroga</a></li>
<li><a href="${base}/dossier">Dossier domande di autorizzazione CIG in deroga</a></li></ul>`));

  app.get('/domanda', async (c) => {
    const session = c.get('session');
    const n = (await list(store, session)).reduce((m, d) => Math.max(m, d.n), 0) + 1;
    const sid = c.req.query('scenario');
    const s = sid ? await findScenario(store, sid) : null;
    if (sid && !s) return unknownScenarioPage(c, page, sid);
    const d = s ? finDomandaFromDraft(n, s.draft, s.id) : emptyFin(n);
    await store.putTraineeState(session, key(n), d);
    return c.redirect(d.status === 'Bozza' ? `${base}/domanda/${n}` : `${base}/dossier/${n}`, 303);
  });

  app.get('/domanda/:n', async (c) => {
    const d = await get(store, c.get('session'), Number(c.req.param('n')));
    if (!d) return c.redirect(`${base}`, 303);
    const msgs = c.req.query('esito') === 'inviata' ? [{ kind: 'conferma' as const, text: `Domanda inviata. ID domanda ${d.idDomanda}.` }] : [];
    return page(c, `Domanda di CIG in deroga n. ${d.n}`, [{ label: 'Domanda CIGD' }], renderDomanda(d), msgs);
  });

  app.post('/domanda/:n', async (c) => {
    const session = c.get('session');
    const d = await get(store, session, Number(c.req.param('n')));
    if (!d) return c.text('Domanda non trovata', 404);
    if (d.status !== 'Bozza') return c.redirect(`${base}/domanda/${d.n}`, 303);
    const body = await formBody(c);
    const azione = String(body.azione ?? 'salva');
    readForm(d, body);
    const rm = /^rimuovi-(\d+)$/.exec(azione);
    if (rm) d.workers.splice(+rm[1], 1);
    if (azione === 'aggiungi') d.workers.push(Object.fromEntries(WORKER_FIELDS.map((x) => [x, ''])));
    await store.putTraineeState(session, key(d.n), d);
    if (azione === 'autosalva') return c.json({ ok: true });
    const errors = [dateError('dataInizioCigd', 'Data inizio CIGD', d.fields.dataInizioCigd), dateError('dataFineCigd', 'Data fine CIGD', d.fields.dataFineCigd),
      dateError('dataAccordo', 'Data sottoscrizione accordo', d.fields.dataAccordo),
      ...d.workers.flatMap((w, i) => [dateError('', `Lavoratore ${i + 1}, data inizio CIG`, w.dataInizioCig), dateError('', `Lavoratore ${i + 1}, data fine CIG`, w.dataFineCig)])]
      .filter((e) => !!e).map((e) => ({ kind: 'errore' as const, text: e!.message }));
    if (azione === 'invia' && (!d.fields.dataInizioCigd || !d.fields.dataFineCigd)) errors.push({ kind: 'errore', text: 'Sezione G) Intervento: indicare data inizio e data fine CIGD.' });
    if (errors.length || azione !== 'invia') return page(c, `Domanda di CIG in deroga n. ${d.n}`, [{ label: 'Domanda CIGD' }], renderDomanda(d),
      errors.length ? errors : [{ kind: 'conferma', text: 'Dati salvati.' }], errors.length ? 422 : 200);
    d.status = 'In Istruttoria'; d.idDomanda = String(deps.serial()); d.submittedOn = deps.today();
    await store.putTraineeState(session, key(d.n), d);
    return c.redirect(`${base}/domanda/${d.n}?esito=inviata`, 303);
  });

  app.get('/dossier', scenarioGoesToDomanda, async (c) => {
    const all = (await list(store, c.get('session'))).filter((d) => d.status !== 'Bozza');
    const groups: FinStatus[] = ['In Istruttoria', 'In Regione', 'Finanziata'];
    return page(c, 'Dossier domande di autorizzazione CIG in deroga', [{ label: 'Dossier domande' }], h`${groups.map((g) => h`
<h2 id="stato-${g.replace(/\s/g, '-')}">${g}</h2>
<table aria-labelledby="stato-${g.replace(/\s/g, '-')}"><thead><tr><th scope="col">ID domanda</th><th scope="col">Impresa</th><th scope="col">Periodo</th><th scope="col">azioni</th></tr></thead><tbody>
${all.filter((d) => d.status === g).length === 0 ? h`<tr><td colspan="4">Nessuna domanda.</td></tr>` : all.filter((d) => d.status === g).map((d) => h`<tr>
<td>${d.idDomanda ?? ''}</td><td>${d.fields.ragioneSociale}</td><td>${d.fields.dataInizioCigd} - ${d.fields.dataFineCigd}</td>
<td><a href="${base}/dossier/${String(d.n)}">Lavoratori<span class="sr-only"> domanda ${d.idDomanda ?? ''}</span></a></td></tr>`)}</tbody></table>`)}`);
  });

  app.get('/dossier/:n', async (c) => {
    const d = await get(store, c.get('session'), Number(c.req.param('n')));
    if (!d) return c.redirect(`${base}/dossier`, 303);
    return page(c, `Dossier domanda ${d.idDomanda ?? d.n}`, [{ label: 'Dossier domande', href: `${base}/dossier` }, { label: `Domanda ${d.idDomanda ?? d.n}` }], h`
<p>Stato: <span class="stato">${d.status}</span>. Periodo ${d.fields.dataInizioCigd} - ${d.fields.dataFineCigd}.
<a href="${base}/dossier/${String(d.n)}/rendicontazione">Rendicontazione mensile</a></p>
<h2 id="lavoratori">Lavoratori in CIG in deroga</h2>
<table aria-labelledby="lavoratori"><thead><tr><th scope="col">Codice fiscale</th><th scope="col">Cognome e nome</th><th scope="col">Comunicazione di sospensione</th><th scope="col">Calendario delle sospensioni</th></tr></thead><tbody>
${d.workers.map((w, i) => h`<tr><td>${w.cf}</td><td>${wLabel(w, i)}</td>
<td><a href="${base}/dossier/${String(d.n)}/lavoratore/${String(i)}/sospensione">Comunicazione di sospensione<span class="sr-only"> ${wLabel(w, i)}</span></a></td>
<td><a href="${base}/dossier/${String(d.n)}/lavoratore/${String(i)}/calendario">Calendario<span class="sr-only"> ${wLabel(w, i)}</span></a></td></tr>`)}
</tbody></table>`);
  });

  const suspensionPage = (c: Context, d: FinDomanda, i: number, form: Row, msgs: { kind: 'errore' | 'conferma'; text: string }[] = [], status = 200) =>
    page(c, `Comunicazione di sospensione - ${wLabel(d.workers[i], i)}`, [{ label: 'Dossier domande', href: `${base}/dossier` },
      { label: `Domanda ${d.idDomanda ?? d.n}`, href: `${base}/dossier/${d.n}` }, { label: 'Comunicazione di sospensione' }], h`
<form method="post" action="${base}/dossier/${String(d.n)}/lavoratore/${String(i)}/sospensione">
${textField({ id: 'sospInizio', label: 'Data inizio', value: form.sospInizio, date: true })}
${textField({ id: 'sospFine', label: 'Data fine', value: form.sospFine, date: true })}
${textField({ id: 'sospOre', label: 'Ore di sospensione', value: form.sospOre, attrs: { inputmode: 'decimal' } })}
<div><button type="submit">Invia comunicazione</button></div></form>
<p><a href="${base}/dossier/${String(d.n)}/lavoratore/${String(i)}/calendario">Calendario delle sospensioni</a></p>`, msgs, status);

  app.get('/dossier/:n/lavoratore/:i/sospensione', async (c) => {
    const d = await get(store, c.get('session'), Number(c.req.param('n')));
    const i = Number(c.req.param('i'));
    if (!d || !d.workers[i]) return c.redirect(`${base}/dossier`, 303);
    return suspensionPage(c, d, i, {});
  });

  app.post('/dossier/:n/lavoratore/:i/sospensione', async (c) => {
    const session = c.get('session');
    const d = await get(store, session, Number(c.req.param('n')));
    const i = Number(c.req.param('i'));
    if (!d || !d.workers[i]) return c.redirect(`${base}/dossier`, 303);
    const body = await formBody(c);
    const form: Row = { sospInizio: String(body.sospInizio ?? ''), sospFine: String(body.sospFine ?? ''), sospOre: String(body.sospOre ?? '') };
    const errs: string[] = [];
    if (!parseDateIt(form.sospInizio)) errs.push('Data inizio: indicare una data valida (gg/mm/aaaa).');
    if (!parseDateIt(form.sospFine)) errs.push('Data fine: indicare una data valida (gg/mm/aaaa).');
    if (!/^\d+([.,]\d{1,2})?$/.test(form.sospOre.trim())) errs.push('Ore di sospensione: indicare un numero.');
    if (errs.length) return suspensionPage(c, d, i, form, errs.map((text) => ({ kind: 'errore', text })), 422);
    d.suspensions.push({ worker: i, start: form.sospInizio.trim(), end: form.sospFine.trim(), hours: form.sospOre.trim(), sentOn: deps.today() });
    await store.putTraineeState(session, key(d.n), d);
    return c.redirect(`${base}/dossier/${d.n}/lavoratore/${i}/calendario`, 303);
  });

  app.get('/dossier/:n/lavoratore/:i/calendario', async (c) => {
    const d = await get(store, c.get('session'), Number(c.req.param('n')));
    const i = Number(c.req.param('i'));
    if (!d || !d.workers[i]) return c.redirect(`${base}/dossier`, 303);
    const rows = d.suspensions.filter((s) => s.worker === i);
    return page(c, `Calendario delle sospensioni - ${wLabel(d.workers[i], i)}`, [{ label: 'Dossier domande', href: `${base}/dossier` },
      { label: `Domanda ${d.idDomanda ?? d.n}`, href: `${base}/dossier/${d.n}` }, { label: 'Calendario delle sospensioni' }], h`
<table><caption>Comunicazioni di sospensione inviate</caption><thead><tr><th scope="col">Data inizio</th><th scope="col">Data fine</th><th scope="col">Ore</th><th scope="col">Inviata il</th></tr></thead><tbody>
${rows.length === 0 ? h`<tr><td colspan="4">Nessuna comunicazione di sospensione.</td></tr>` : rows.map((s) => h`<tr><td>${s.start}</td><td>${s.end}</td><td>${s.hours}</td><td>${formatDateIt(s.sentOn)}</td></tr>`)}
</tbody></table>
<p><a href="${base}/dossier/${String(d.n)}/lavoratore/${String(i)}/sospensione">Nuova comunicazione di sospensione</a></p>`);
  });

  const reportPage = (c: Context, d: FinDomanda, msgs: { kind: 'errore' | 'conferma'; text: string }[] = [], status = 200) => {
    const months = monthsOf(d);
    return page(c, `Rendicontazione mensile - domanda ${d.idDomanda ?? d.n}`, [{ label: 'Dossier domande', href: `${base}/dossier` },
      { label: `Domanda ${d.idDomanda ?? d.n}`, href: `${base}/dossier/${d.n}` }, { label: 'Rendicontazione mensile' }], h`
<p>Ore di sospensione effettivamente utilizzate da ciascun lavoratore, da inviare entro il 15 del mese successivo.</p>
<form method="post" action="${base}/dossier/${String(d.n)}/rendicontazione">
<table><caption>Rendicontazione (mese × lavoratore)</caption><thead><tr><th scope="col">Lavoratore</th>${months.map((m) => h`<th scope="col">${monthNameIt(m)}${d.reports[m]?.sentOn ? h`<br><small>inviata il ${formatDateIt(d.reports[m].sentOn!)}</small>` : ''}</th>`)}</tr></thead>
<tbody>${d.workers.map((w, i) => h`<tr><th scope="row">${wLabel(w, i)}</th>${months.map((m) => {
      const id = `ore-${m}-${i}`;
      return h`<td><label for="${id}" class="sr-only">Ore ${monthNameIt(m)} ${wLabel(w, i)}</label><input type="text" id="${id}" name="${id}" value="${d.reports[m]?.hours?.[String(i)] ?? ''}"${d.reports[m]?.sentOn ? h` readonly` : ''}></td>`;
    })}</tr>`)}</tbody>
<tfoot><tr><td>Invio</td>${months.map((m) => h`<td>${d.reports[m]?.sentOn ? 'Inviata' : h`<button type="submit" name="mese" value="${m}">Invia rendicontazione ${monthNameIt(m)}</button>`}</td>`)}</tr></tfoot></table>
</form>`, msgs, status);
  };

  app.get('/dossier/:n/rendicontazione', async (c) => {
    const d = await get(store, c.get('session'), Number(c.req.param('n')));
    if (!d) return c.redirect(`${base}/dossier`, 303);
    return reportPage(c, d);
  });

  app.post('/dossier/:n/rendicontazione', async (c) => {
    const session = c.get('session');
    const d = await get(store, session, Number(c.req.param('n')));
    if (!d) return c.redirect(`${base}/dossier`, 303);
    const body = await formBody(c);
    const months = monthsOf(d);
    // Only the cells of the page's own months are taken, as on the AMINDER consuntivo.
    for (const [k, v] of Object.entries(body)) {
      const m = /^ore-(\d{4}-\d{2})-(\d+)$/.exec(k);
      if (m && typeof v === 'string' && months.includes(m[1]) && !d.reports[m[1]]?.sentOn) (d.reports[m[1]] ??= { hours: {} }).hours[m[2]] = v;
    }
    const month = String(body.mese ?? '');
    const error = month ? reportMonthError(d, months, month) : null;
    if (month && !error) (d.reports[month] ??= { hours: {} }).sentOn = deps.today();
    // What was typed is kept whether or not the month can be sent.
    await store.putTraineeState(session, key(d.n), d);
    if (!month) return reportPage(c, d);
    if (error) return reportPage(c, d, [{ kind: 'errore', text: error }], 422);
    return reportPage(c, d, [{ kind: 'conferma', text: `Rendicontazione di ${monthNameIt(month)} inviata.` }]);
  });

  return app;
}
