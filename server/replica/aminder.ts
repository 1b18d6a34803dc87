/**
 * AMINDER (Regione Piemonte) replica: elenco domande, the domanda in its
 * sections, rettifica, and the monthly consuntivo grid. Only the checks the
 * seeds attribute to AMINDER itself are made (see checks.ts).
 */
import { Hono, type Context } from 'hono';
import type { ReplicaStore } from '../store/shared-contracts.ts';
import { AGREEMENT_KIND_IT, CONTRACT_IT, DRAFT_KIND_IT } from '../../rules/labels.ts';
import {
  addDays, daysInclusive, formatDateIt, monthNameIt, monthsOfPeriod, parseDateIt,
} from '../../rules/calc/dates.ts';
import {
  aminder2020Applies, applicationDays, dateError, hiredOnError, isPdf, pdfError, periodErrors, reportErrors,
  type PortalError,
} from './checks.ts';
import { h, layout, raw, selectField, textField, type Raw } from './html.ts';
import { formBody } from './form-body.ts';
import { findScenario, scenarioGoesTo, unknownScenarioPage } from './scenarios.ts';
import type { ReplicaEnv } from './session.ts';

export const AMINDER_STATUSES = [
  'IN BOZZA', 'PRESENTATA', 'VERIFICATA - DA RETTIFICARE', 'VERIFICATA', 'AUTORIZZATA', 'ANNULLATA',
] as const;
export type AminderStatus = (typeof AMINDER_STATUSES)[number];
const RECTIFIABLE: AminderStatus[] = ['PRESENTATA', 'VERIFICATA - DA RETTIFICARE'];
export const REGION_MAILBOX = 'cigsinderoga@regione.piemonte.it';

export type WorkerRow = Record<string, string>;
export type AminderDomanda = {
  n: number;
  status: AminderStatus;
  editing?: boolean;               // a rettifica in progress
  protocol?: string;
  submittedOn?: string;
  rettificataIl?: string;
  scenario?: string;
  demo?: number;                   // the opening of a scenario it belongs to (its first domanda's number)
  fields: Record<string, string>;
  workers: WorkerRow[];
  attachments: { name: string; size: number; type: string; role: string; example?: boolean }[];
  reports: Record<string, { hours: Record<string, string>; sentOn?: string }>;
};

const KEY = 'aminder/domanda/';
const key = (n: number) => `${KEY}${String(n).padStart(6, '0')}`;

const MAIN_FIELDS = ['cfAzienda', 'denominazione', 'comuneSede', 'indirizzoSede', 'regioneSede', 'referenteNome',
  'referenteTelefono', 'referenteEmail', 'dataInizio', 'dataFine', 'causale', 'accordoTipo', 'accordoData',
  'accordoInizio', 'accordoFine', 'accordoLavoratori'];
const WORKER_FIELDS = ['cf', 'cognome', 'nome', 'assunzione', 'contratto', 'percentuale', 'ore', 'primaSospensione'];

const CONTRACTS = [{ value: '', label: 'Selezionare' }, ...Object.entries(CONTRACT_IT).map(([value, label]) => ({ value, label }))];
const CAUSALI = [
  { value: '', label: 'Selezionare' }, { value: 'covid-19', label: 'Emergenza COVID-19' },
  { value: 'crisi-aziendale', label: 'Crisi aziendale' }, { value: 'cessazione', label: 'Cessazione totale o parziale dell\'attività' },
  { value: 'apprendisti-cigs', label: DRAFT_KIND_IT['apprendisti-cigs'] },
];
const AGREEMENT_KINDS = [
  { value: '', label: 'Nessuno (dichiarazione aziendale)' },
  ...(['categorie', 'commissione-sindacale'] as const).map((value) => ({ value, label: AGREEMENT_KIND_IT[value] })),
];
const ATTACHMENT_ROLES = [
  { value: 'dichiarazione', label: 'Dichiarazione aziendale' }, { value: 'accordo', label: 'Accordo sindacale' },
  { value: 'riepilogo-2016', label: 'Riepilogo domande 2016' }, { value: 'altro', label: 'Altro' },
];

const APP = 'AMINDER - Gestione ammortizzatori sociali in deroga';
const REGION = 'Regione Piemonte' as const;
const base = '/replica/aminder';

// ---------------------------------------------------------------- draft -> domanda

const iso2it = (d: unknown) => (typeof d === 'string' && d ? formatDateIt(d) : '');

/**
 * The dates typed into AMINDER. A 2016-17 cross-year period cannot be typed
 * (seed 002): it is entered from 01/01/2017 for the same number of days.
 */
export function aminderEntryPeriod(draft: any): { start: string; end: string } | null {
  const p = draft?.period;
  if (!p?.start || !p?.end) return null;
  if (p.start.startsWith('2016-') && p.end.startsWith('2017-')) {
    const start = '2017-01-01';
    return { start, end: addDays(start, daysInclusive(p.start, p.end) - 1) };
  }
  return { start: p.start, end: p.end };
}

function splitName(name: unknown): { nome: string; cognome: string } {
  const parts = String(name ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { nome: parts[0] ?? '', cognome: '' };
  return { nome: parts[0], cognome: parts.slice(1).join(' ') };
}

export function domandaFromDraft(n: number, draft: any, scenario?: string): AminderDomanda {
  const period = aminderEntryPeriod(draft);
  const ag = draft.agreement;
  const workers: WorkerRow[] = (draft.workers ?? []).map((w: any) => ({
    cf: w.fiscalCode ?? '', ...splitName(w.name), assunzione: iso2it(w.hiredOn),
    contratto: w.contract ?? '', percentuale: w.fte !== undefined ? String(Math.round(w.fte * 100)) : '',
    ore: w.requestedHours !== undefined ? String(w.requestedHours) : '', primaSospensione: period ? iso2it(period.start) : '',
  }));
  const reports: AminderDomanda['reports'] = {};
  for (const r of draft.reports ?? []) {
    const hours: Record<string, string> = {};
    (draft.workers ?? []).forEach((w: any, i: number) => {
      const v = r.hours?.[w.fiscalCode];
      hours[String(i)] = v === null || v === undefined ? '' : String(v);
    });
    reports[r.month] = { hours };
  }
  const cause = draft.kind === 'supplementare-2016-2017' && draft.employer?.inCessation ? 'cessazione'
    : draft.kind === 'apprendisti-cigs' ? 'apprendisti-cigs'
      : draft.regime === 'piemonte-2020' || period?.start.startsWith('2020') ? 'covid-19' : 'crisi-aziendale';
  return {
    n, status: 'IN BOZZA', scenario,
    fields: {
      cfAzienda: draft.employer?.fiscalCode ?? '', denominazione: draft.employer?.name ?? '',
      comuneSede: draft.unit?.comune ?? '', indirizzoSede: '', regioneSede: draft.unit?.region ?? 'Piemonte',
      referenteNome: '', referenteTelefono: draft.employer?.phone ?? '', referenteEmail: '',
      dataInizio: period ? iso2it(period.start) : '', dataFine: period ? iso2it(period.end) : '', causale: cause,
      accordoTipo: ag && ['categorie', 'commissione-sindacale'].includes(ag.kind) ? ag.kind : ag ? 'categorie' : '',
      accordoData: iso2it(ag?.signedOn), accordoInizio: iso2it(ag?.start), accordoFine: iso2it(ag?.end),
      accordoLavoratori: ag?.workers !== undefined ? String(ag.workers) : '',
    },
    workers,
    attachments: (draft.attachments ?? []).map((a: any) => ({
      name: a.name, size: 0, type: a.type ?? 'application/pdf', role: a.role ?? 'altro', example: true,
    })),
    reports,
  };
}

export function emptyDomanda(n: number): AminderDomanda {
  return {
    n, status: 'IN BOZZA', fields: Object.fromEntries(MAIN_FIELDS.map((f) => [f, f === 'regioneSede' ? 'Piemonte' : ''])),
    workers: [emptyWorker()], attachments: [], reports: {},
  };
}
const emptyWorker = (): WorkerRow => Object.fromEntries(WORKER_FIELDS.map((f) => [f, '']));

// ---------------------------------------------------------------- store helpers

async function listDomande(store: ReplicaStore, session: string): Promise<AminderDomanda[]> {
  return (await store.listTraineeState(session, KEY)).map((e) => e.value as AminderDomanda).sort((a, b) => a.n - b.n);
}
async function getDomanda(store: ReplicaStore, session: string, n: number): Promise<AminderDomanda | null> {
  if (!Number.isInteger(n) || n < 1) return null;
  return (await store.getTraineeState(session, key(n))) as AminderDomanda | null;
}
const putDomanda = (store: ReplicaStore, session: string, d: AminderDomanda) => store.putTraineeState(session, key(d.n), d);
async function nextN(store: ReplicaStore, session: string): Promise<number> {
  return (await listDomande(store, session)).reduce((m, d) => Math.max(m, d.n), 0) + 1;
}


/**
 * Days of the company's other sent applications (the 63-day sum): only those
 * of the 2020 CIGD, whose nine weeks are what the sum limits, and of the same
 * world: each opening of a scenario is a demo of its own (the built-in
 * scenarios share one company code), apart from the trainee's own domande.
 */
function otherDaysOf(all: AminderDomanda[], d: AminderDomanda): number {
  const cf = (d.fields.cfAzienda ?? '').trim().toUpperCase();
  return all.filter((o) => o.n !== d.n && o.status !== 'IN BOZZA' && o.status !== 'ANNULLATA' && o.demo === d.demo
      && aminder2020Applies(parseDateIt(o.fields.dataInizio ?? ''))
      && (o.fields.cfAzienda ?? '').trim().toUpperCase() === cf)
    .reduce((s, o) => s + applicationDays(o.fields.dataInizio, o.fields.dataFine), 0);
}

/** The checks AMINDER makes when a domanda is saved (and again when it is sent). */
export function saveErrors(d: AminderDomanda, otherDays: number): PortalError[] {
  const f = d.fields;
  const errs: (PortalError | null)[] = [
    dateError('dataInizio', 'Data inizio periodo', f.dataInizio), dateError('dataFine', 'Data fine periodo', f.dataFine),
    dateError('accordoData', 'Data sottoscrizione accordo', f.accordoData),
    dateError('accordoInizio', 'Data inizio accordo', f.accordoInizio), dateError('accordoFine', 'Data fine accordo', f.accordoFine),
  ];
  const out = errs.filter((e): e is PortalError => !!e);
  out.push(...periodErrors(f.dataInizio, f.dataFine, otherDays));
  d.workers.forEach((w, i) => {
    const de = dateError(`lav-${i}-assunzione`, `Lavoratore ${i + 1}, data assunzione`, w.assunzione);
    if (de) out.push(de);
    const he = hiredOnError(i, w.assunzione, f.dataInizio);
    if (he) out.push(he);
  });
  return out;
}

export function sendErrors(d: AminderDomanda, otherDays: number): PortalError[] {
  const out = saveErrors(d, otherDays);
  const f = d.fields;
  // Fields without which AMINDER cannot even register a domanda (not CIGD rules).
  if (!f.cfAzienda?.trim()) out.push({ field: 'cfAzienda', message: 'Codice fiscale azienda: campo obbligatorio.' });
  if (!f.dataInizio?.trim()) out.push({ field: 'dataInizio', message: 'Data inizio periodo: campo obbligatorio.' });
  if (!f.dataFine?.trim()) out.push({ field: 'dataFine', message: 'Data fine periodo: campo obbligatorio.' });
  if (!d.workers.some((w) => w.cf?.trim())) out.push({ field: 'lav-0-cf', message: 'Inserire almeno un lavoratore.' });
  // A scenario's attachments are only named, to show what the real domanda carried: a PDF must be uploaded.
  const pdf = pdfError(d.attachments.filter((a) => a.type === 'application/pdf' && !a.example).length);
  if (pdf) out.push(pdf);
  return out;
}

// ---------------------------------------------------------------- rendering

function page(c: Context, title: string, crumbs: { label: string; href?: string }[], body: Raw,
  messages: { kind: 'errore' | 'conferma' | 'avviso'; text: string }[] = [], status = 200) {
  return c.html(layout({
    title, region: REGION, application: APP, body, messages,
    breadcrumbs: [{ label: 'Home AMINDER', href: `${base}` }, ...crumbs],
  }), status as 200);
}

function workerRow(i: number | string, w: WorkerRow, ro: boolean, number: number | string): Raw {
  const id = (f: string) => `lav-${i}-${f}`;
  return h`<div class="lavoratore" data-riga="${String(i)}" id="lav-${String(i)}">
  <h3>Lavoratore <span class="numero-riga">${String(number)}</span></h3>
  ${textField({ id: id('cf'), label: 'Codice fiscale', value: w.cf, readonly: ro, attrs: { maxlength: '16', autocomplete: 'off' } })}
  ${textField({ id: id('cognome'), label: 'Cognome', value: w.cognome, readonly: ro })}
  ${textField({ id: id('nome'), label: 'Nome', value: w.nome, readonly: ro })}
  ${textField({ id: id('assunzione'), label: 'Data assunzione', value: w.assunzione, readonly: ro, date: true })}
  ${selectField({ id: id('contratto'), label: 'Tipo contratto', value: w.contratto, options: CONTRACTS, readonly: ro })}
  ${textField({ id: id('percentuale'), label: 'Percentuale part-time', value: w.percentuale, readonly: ro, attrs: { inputmode: 'numeric' } })}
  ${textField({ id: id('ore'), label: 'Ore richieste', value: w.ore, readonly: ro, attrs: { inputmode: 'decimal' } })}
  ${textField({ id: id('primaSospensione'), label: 'Data prima sospensione', value: w.primaSospensione, readonly: ro, date: true })}
  ${ro ? '' : h`<div><button type="submit" class="secondario" name="azione" value="rimuovi-${String(i)}" data-rimuovi-riga>Rimuovi lavoratore</button></div>`}
</div>`;
}

function statusBadge(s: AminderStatus): Raw {
  return h`<span class="stato">${s}</span>`;
}

function renderDomanda(d: AminderDomanda, all: AminderDomanda[]): Raw {
  const ro = !(d.status === 'IN BOZZA' || d.editing);
  const f = d.fields;
  const t = (id: string, label: string, extra: Partial<Parameters<typeof textField>[0]> = {}) =>
    textField({ id, label, value: f[id], readonly: ro, ...extra });
  const days = applicationDays(f.dataInizio, f.dataFine);
  const totalHours = d.workers.reduce((s, w) => s + (Number((w.ore ?? '').replace(',', '.')) || 0), 0);
  const action = `${base}/domanda/${d.n}`;
  const others = otherDaysOf(all, d);
  return h`
<p>Domanda n. <strong>${String(d.n)}</strong> - stato ${statusBadge(d.status)}${d.protocol ? h` - protocollo <strong id="protocollo">${d.protocol}</strong>` : ''}${
  d.submittedOn ? h` del ${formatDateIt(d.submittedOn)}` : ''}${d.editing ? ' - rettifica in corso' : ''}</p>
<nav aria-label="Sezioni della domanda"><ul>
  <li><a href="#sez-azienda">Azienda e sede operativa</a></li><li><a href="#sez-periodo">Periodo richiesto</a></li>
  <li><a href="#sez-lavoratori">Lavoratori</a></li><li><a href="#sez-accordo">Accordo sindacale</a></li>
  <li><a href="#sez-allegati">Allegati</a></li><li><a href="#sez-invio">Riepilogo e invio</a></li>
  ${d.status !== 'IN BOZZA' ? h`<li><a href="${action}/consuntivo">Consuntivo mensile</a></li>` : ''}
</ul></nav>
<form method="post" action="${action}" enctype="multipart/form-data" id="form-domanda"${ro ? '' : raw(` data-autosalva="${action}"`)}>
<section aria-labelledby="sez-azienda"><h2 id="sez-azienda">Azienda e sede operativa</h2>
  ${t('cfAzienda', 'Codice fiscale azienda', { attrs: { maxlength: '16', autocomplete: 'off' } })}
  ${t('denominazione', 'Denominazione')}
  ${t('comuneSede', 'Comune sede operativa')}
  ${t('indirizzoSede', 'Indirizzo sede operativa')}
  ${t('regioneSede', 'Regione')}
  ${t('referenteNome', 'Referente della domanda')}
  ${t('referenteTelefono', 'Telefono referente')}
  ${t('referenteEmail', 'Email referente')}
</section>
<section aria-labelledby="sez-periodo"><h2 id="sez-periodo">Periodo richiesto</h2>
  ${t('dataInizio', 'Data inizio periodo', { date: true })}
  ${t('dataFine', 'Data fine periodo', { date: true })}
  ${selectField({ id: 'causale', label: 'Causale', value: f.causale, options: CAUSALI, readonly: ro })}
  <p>Giorni già richiesti nelle altre domande dell'azienda: <strong>${String(others)}</strong>.</p>
</section>
<section aria-labelledby="sez-lavoratori"><h2 id="sez-lavoratori">Lavoratori</h2>
  <div id="elenco-lavoratori">${d.workers.map((w, i) => workerRow(i, w, ro, i + 1))}</div>
  ${ro ? '' : h`<button type="submit" name="azione" value="aggiungi" data-aggiungi-riga="elenco-lavoratori" data-modello="modello-lavoratore">Aggiungi lavoratore</button>`}
</section>
<section aria-labelledby="sez-accordo"><h2 id="sez-accordo">Accordo sindacale</h2>
  ${selectField({ id: 'accordoTipo', label: 'Tipo accordo', value: f.accordoTipo, options: AGREEMENT_KINDS, readonly: ro })}
  ${t('accordoData', 'Data sottoscrizione accordo', { date: true })}
  ${t('accordoInizio', 'Data inizio accordo', { date: true })}
  ${t('accordoFine', 'Data fine accordo', { date: true })}
  ${t('accordoLavoratori', 'Numero lavoratori accordo', { attrs: { inputmode: 'numeric' } })}
</section>
<section aria-labelledby="sez-allegati"><h2 id="sez-allegati">Allegati</h2>
  <p>È obbligatorio caricare almeno un file PDF (dichiarazione aziendale o accordo sindacale).</p>
  <table><caption class="sr-only">Allegati caricati</caption><thead><tr><th scope="col">File</th><th scope="col">Tipo</th><th scope="col">Dimensione</th><th scope="col">Azioni</th></tr></thead><tbody id="elenco-allegati">
  ${d.attachments.length === 0 ? h`<tr><td colspan="4">Nessun allegato caricato.</td></tr>` : d.attachments.map((a, i) => h`<tr>
    <td>${a.name}${a.example ? ' (esempio dello scenario)' : ''}</td><td>${ATTACHMENT_ROLES.find((r) => r.value === a.role)?.label ?? a.role}</td>
    <td>${a.size ? `${Math.ceil(a.size / 1024)} kB` : '-'}</td>
    <td>${ro ? '' : h`<button type="submit" class="secondario" name="azione" value="rimuovi-allegato-${String(i)}">Elimina</button>`}</td></tr>`)}
  </tbody></table>
  ${ro ? '' : h`<div class="campo"><label for="allegato">File PDF</label><input type="file" id="allegato" name="allegato" accept="application/pdf,.pdf"></div>
  ${selectField({ id: 'allegatoTipo', label: 'Tipo allegato', value: 'dichiarazione', options: ATTACHMENT_ROLES })}
  <div><button type="submit" name="azione" value="carica">Carica allegato</button></div>`}
</section>
<section aria-labelledby="sez-invio"><h2 id="sez-invio">Riepilogo e invio</h2>
  <table><caption class="sr-only">Riepilogo della domanda</caption><tbody>
    <tr><th scope="row">Azienda</th><td>${f.denominazione} (${f.cfAzienda})</td></tr>
    <tr><th scope="row">Periodo</th><td>${f.dataInizio} - ${f.dataFine}${days ? ` (${days} giorni)` : ''}</td></tr>
    <tr><th scope="row">Lavoratori</th><td>${String(d.workers.filter((w) => w.cf?.trim()).length)}</td></tr>
    <tr><th scope="row">Monte ore richiesto</th><td>${String(totalHours)}</td></tr>
    <tr><th scope="row">Allegati</th><td>${String(d.attachments.length)}</td></tr>
  </tbody></table>
  ${ro ? '' : h`<button type="submit" name="azione" value="salva" class="secondario">Salva</button>
  <button type="submit" name="azione" value="invia">${d.editing ? 'Invia rettifica' : 'Invia domanda'}</button>`}
</section>
</form>
${ro ? h`<section aria-labelledby="sez-rettifica"><h2 id="sez-rettifica">Rettifica</h2>${RECTIFIABLE.includes(d.status)
    ? h`<form method="post" action="${action}"><p>La domanda è in stato ${d.status}: i dati rettificabili possono essere modificati con la funzione Rettifica.</p><button type="submit" name="azione" value="rettifica">Rettifica</button></form>`
    : h`<p class="msg msg-avviso">${notRectifiable(d.status)}</p>`}
  <form method="post" action="${action}" class="esito">
    <h3>Esito istruttoria simulato (solo formazione)</h3>
    ${selectField({ id: 'statoSimulato', label: 'Stato della domanda', value: d.status, options: AMINDER_STATUSES.filter((s) => s !== 'IN BOZZA').map((s) => ({ value: s, label: s })) })}
    <button type="submit" name="azione" value="esito" class="secondario">Applica stato</button>
  </form></section>` : ''}
${ro ? '' : h`<template id="modello-lavoratore">${workerRow('__i__', emptyWorker(), false, '')}</template>`}
`;
}

function notRectifiable(s: AminderStatus): string {
  return `Per le domande in stato ${s} non è possibile effettuare rettifiche con la funzione applicativa. `
    + `Per modificare o annullare la domanda il referente deve scrivere a Regione alla casella ${REGION_MAILBOX} specificando la problematica.`;
}

function renderList(all: AminderDomanda[]): Raw {
  return h`
<p><a class="bottone" href="${base}/domanda">Nuova domanda</a></p>
<h2 id="elenco">Elenco domande</h2>
<table aria-labelledby="elenco"><thead><tr><th scope="col">N.</th><th scope="col">Azienda</th><th scope="col">Periodo</th>
<th scope="col">Stato</th><th scope="col">Protocollo</th><th scope="col">Azioni</th></tr></thead><tbody>
${all.length === 0 ? h`<tr><td colspan="6">Nessuna domanda presente.</td></tr>` : all.map((d) => h`<tr>
<td>${String(d.n)}</td><td>${d.fields.denominazione || '-'} ${d.fields.cfAzienda ? `(${d.fields.cfAzienda})` : ''}</td>
<td>${d.fields.dataInizio || '-'} - ${d.fields.dataFine || '-'}</td><td>${statusBadge(d.status)}</td><td>${d.protocol ?? '-'}</td>
<td><a href="${base}/domanda/${String(d.n)}">${d.status === 'IN BOZZA' ? 'Modifica' : 'Visualizza'}<span class="sr-only"> domanda ${String(d.n)}</span></a>
${d.status !== 'IN BOZZA' ? h` · <a href="${base}/domanda/${String(d.n)}/consuntivo">Consuntivo<span class="sr-only"> domanda ${String(d.n)}</span></a>` : ''}
${RECTIFIABLE.includes(d.status) ? h` · <a href="${base}/domanda/${String(d.n)}#sez-rettifica">Rettifica<span class="sr-only"> domanda ${String(d.n)}</span></a>` : ''}</td></tr>`)}
</tbody></table>`;
}

function workerLabel(w: WorkerRow, i: number): string {
  const name = [w.cognome, w.nome].filter(Boolean).join(' ');
  return name ? `${name} (${w.cf})` : w.cf || `lavoratore ${i + 1}`;
}

function renderConsuntivo(d: AminderDomanda, today: string): Raw {
  const start = parseDateIt(d.fields.dataInizio ?? '');
  const end = parseDateIt(d.fields.dataFine ?? '');
  if (d.status === 'IN BOZZA') return h`<p class="msg msg-avviso">Il consuntivo mensile è disponibile dopo l'invio della domanda.</p>`;
  if (!start || !end) return h`<p class="msg msg-avviso">La domanda non ha un periodo valido.</p>`;
  const months = monthsOfPeriod(start, end);
  const workers = d.workers.map((w, i) => ({ w, i })).filter(({ w }) => w.cf?.trim());
  return h`
<p>Domanda n. ${String(d.n)} - protocollo ${d.protocol ?? '-'} - periodo ${d.fields.dataInizio} - ${d.fields.dataFine}.
Indicare per ogni lavoratore le ore di CIGD effettivamente fruite nel mese; digitare 0 per chi non è stato collocato in CIGD nel mese.
Un mese può essere consuntivato solo dopo il precedente e dopo la sua conclusione.</p>
<form method="post" action="${base}/domanda/${String(d.n)}/consuntivo" id="form-consuntivo" data-autosalva="${base}/domanda/${String(d.n)}/consuntivo">
<table><caption>Ore di CIGD fruite (mese × lavoratore)</caption><thead><tr><th scope="col">Lavoratore</th>
${months.map((m) => h`<th scope="col">${monthNameIt(m)}${d.reports[m]?.sentOn ? h`<br><small>inviato il ${formatDateIt(d.reports[m].sentOn!)}</small>` : ''}</th>`)}
</tr></thead><tbody>
${workers.map(({ w, i }) => h`<tr><th scope="row">${workerLabel(w, i)}</th>${months.map((m) => {
    const id = `ore-${m}-${i}`;
    const sent = !!d.reports[m]?.sentOn;
    return h`<td><label for="${id}" class="sr-only">Ore ${monthNameIt(m)} ${workerLabel(w, i)}</label><input type="text" id="${id}" name="${id}" inputmode="decimal" value="${d.reports[m]?.hours?.[String(i)] ?? ''}"${sent ? raw(' readonly') : ''}></td>`;
  })}</tr>`)}
</tbody><tfoot><tr><td>Invio</td>${months.map((m) => h`<td>${d.reports[m]?.sentOn ? 'Consuntivato'
    : h`<button type="submit" name="mese" value="${m}">Invia consuntivo ${monthNameIt(m)}</button>`}</td>`)}</tr></tfoot></table>
<button type="submit" name="azione" value="salva" class="secondario">Salva senza inviare</button>
</form>
<p><small>Data odierna dell'ambiente: ${formatDateIt(today)}.</small></p>`;
}

// ---------------------------------------------------------------- routes

type Body = Record<string, string | File>;

function readForm(d: AminderDomanda, body: Body): void {
  for (const f of MAIN_FIELDS) if (typeof body[f] === 'string') d.fields[f] = (body[f] as string);
  const rows = new Map<number, WorkerRow>();
  for (const [k, v] of Object.entries(body)) {
    const m = /^lav-(\d+)-(\w+)$/.exec(k);
    if (!m || typeof v !== 'string' || !WORKER_FIELDS.includes(m[2])) continue;
    const i = Number(m[1]);
    if (!rows.has(i)) rows.set(i, emptyWorker());
    rows.get(i)![m[2]] = v;
  }
  const before = d.workers;
  d.workers = [...rows.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
  followWorkers(d, before);
}

/**
 * The consuntivo's hours are kept by row; when a rettifica removes, moves or
 * replaces a worker, each worker's hours follow their codice fiscale: a sent
 * month's hours are the person's they were sent for, and never show under a
 * colleague or a newcomer. Hours typed and not yet sent stay with a row whose
 * code was edited in place (a typo mended).
 */
function followWorkers(d: AminderDomanda, before: WorkerRow[]): void {
  const cf = (w: WorkerRow | undefined) => (w?.cf ?? '').trim().toUpperCase();
  if (before.length === d.workers.length && before.every((w, i) => cf(w) === cf(d.workers[i]))) return;
  const oldRow = new Map(before.map((w, i) => [cf(w), i] as const).filter(([code]) => code));
  const kept = new Set(d.workers.map(cf));
  const sourceOf = (w: WorkerRow, i: number, sent: boolean) =>
    oldRow.get(cf(w)) ?? (sent || kept.has(cf(before[i])) ? undefined : i);
  for (const report of Object.values(d.reports)) {
    const hours: Record<string, string> = {};
    d.workers.forEach((w, i) => {
      const from = sourceOf(w, i, !!report.sentOn);
      if (from !== undefined && report.hours[String(from)] !== undefined) hours[String(i)] = report.hours[String(from)];
    });
    report.hours = hours;
  }
}

export function aminderRoutes(deps: { store: ReplicaStore; today: () => string; serial: () => number }): Hono<ReplicaEnv> {
  const { store } = deps;
  const newProtocol = (date: string) => `${date.slice(0, 4)}/${String(deps.serial()).padStart(6, '0')}`;
  const app = new Hono<ReplicaEnv>();

  app.get('/', scenarioGoesTo(`${base}/domanda`), async (c) => {
    const all = await listDomande(store, c.get('session'));
    return page(c, 'Domande di cassa integrazione in deroga', [{ label: 'Elenco domande' }], renderList(all));
  });

  app.get('/domanda', async (c) => {
    const session = c.get('session');
    const n = await nextN(store, session);
    const scenarioId = c.req.query('scenario');
    let d = emptyDomanda(n);
    if (scenarioId) {
      const s = await findScenario(store, scenarioId);
      if (!s) return unknownScenarioPage(c, page, scenarioId);
      // Earlier applications of the scenario become sent domande, so the 63-day sum sees them.
      let k = n;
      for (const p of ((s.draft as any).previousApplications ?? []) as any[]) {
        const prev = domandaFromDraft(k, { ...s.draft, period: p, reports: [] }, s.id);
        prev.status = 'PRESENTATA'; prev.protocol = newProtocol(p.start); prev.submittedOn = p.start; prev.demo = n;
        await putDomanda(store, session, prev);
        k++;
      }
      d = { ...domandaFromDraft(k, s.draft, s.id), demo: n };
    }
    await putDomanda(store, session, d);
    return c.redirect(`${base}/domanda/${d.n}`, 303);
  });

  app.get('/consuntivo', async (c) => {
    const session = c.get('session');
    const scenarioId = c.req.query('scenario');
    if (!scenarioId) return c.redirect(`${base}`, 303); // no scenario asked: the list of domande
    const s = await findScenario(store, scenarioId);
    if (!s) return unknownScenarioPage(c, page, scenarioId);
    const d = domandaFromDraft(await nextN(store, session), s.draft, s.id);
    d.demo = d.n;
    d.status = 'PRESENTATA';
    d.protocol = (s.draft as any).protocol ?? newProtocol(parseDateIt(d.fields.dataInizio) ?? deps.today());
    d.submittedOn = (s.draft as any).submittedOn ?? parseDateIt(d.fields.dataInizio) ?? deps.today();
    await putDomanda(store, session, d);
    return c.redirect(`${base}/domanda/${d.n}/consuntivo`, 303);
  });

  app.get('/domanda/:n', async (c) => {
    const session = c.get('session');
    const d = await getDomanda(store, session, Number(c.req.param('n')));
    if (!d) return page(c, 'Domanda non trovata', [], h`<p><a href="${base}/">Torna all'elenco</a></p>`, [{ kind: 'errore', text: 'La domanda richiesta non esiste in questa sessione.' }], 404);
    const msgs: { kind: 'conferma' | 'avviso'; text: string }[] = [];
    if (c.req.query('esito') === 'inviata') msgs.push({ kind: 'conferma', text: `Domanda inviata correttamente. Numero di protocollo: ${d.protocol}. Stato: ${d.status}.` });
    if (c.req.query('esito') === 'salvata') msgs.push({ kind: 'conferma', text: 'Dati salvati.' });
    if (d.scenario && d.status === 'IN BOZZA' && !c.req.query('esito')) msgs.push({ kind: 'avviso', text: `Domanda compilata dallo scenario di formazione "${d.scenario}".` });
    return page(c, `Domanda di CIG in deroga n. ${d.n}`, [{ label: 'Elenco domande', href: `${base}` }, { label: `Domanda n. ${d.n}` }],
      renderDomanda(d, await listDomande(store, session)), msgs);
  });

  app.post('/domanda/:n', async (c) => {
    const session = c.get('session');
    const d = await getDomanda(store, session, Number(c.req.param('n')));
    if (!d) return c.text('Domanda non trovata', 404);
    const body = (await formBody(c)) as Body;
    const azione = String(body.azione ?? 'salva');
    const all = await listDomande(store, session);
    const editable = d.status === 'IN BOZZA' || !!d.editing;
    const show = (messages: { kind: 'errore' | 'conferma' | 'avviso'; text: string }[], status = 200) =>
      page(c, `Domanda di CIG in deroga n. ${d.n}`, [{ label: 'Elenco domande', href: `${base}` }, { label: `Domanda n. ${d.n}` }],
        renderDomanda(d, all), messages, status);

    if (azione === 'rettifica') {
      if (!RECTIFIABLE.includes(d.status)) return show([{ kind: 'errore', text: notRectifiable(d.status) }], 422);
      d.editing = true;
      await putDomanda(store, session, d);
      return c.redirect(`${base}/domanda/${d.n}`, 303);
    }
    if (azione === 'esito') {
      const s = String(body.statoSimulato ?? '') as AminderStatus;
      if (d.status === 'IN BOZZA' || !AMINDER_STATUSES.includes(s) || s === 'IN BOZZA') return show([{ kind: 'errore', text: 'Stato non applicabile.' }], 422);
      d.status = s; d.editing = false;
      await putDomanda(store, session, d);
      return c.redirect(`${base}/domanda/${d.n}`, 303);
    }
    if (!editable) return show([{ kind: 'errore', text: 'La domanda non è modificabile nello stato attuale.' }], 422);

    readForm(d, body);
    if (azione === 'autosalva') {
      await putDomanda(store, session, d);
      return c.json({ ok: true });
    }
    const messages: { kind: 'errore' | 'conferma'; text: string }[] = [];
    const removeRow = /^rimuovi-(\d+)$/.exec(azione);
    if (removeRow) d.workers.splice(Number(removeRow[1]), 1);
    if (azione === 'aggiungi') d.workers.push(emptyWorker());
    const removeAtt = /^rimuovi-allegato-(\d+)$/.exec(azione);
    if (removeAtt) d.attachments.splice(Number(removeAtt[1]), 1);
    const file = body.allegato;
    if (file instanceof File && file.size > 0) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (!isPdf(bytes)) messages.push({ kind: 'errore', text: `Il file ${file.name} non è un PDF: sono ammessi solo file PDF.` });
      else if (bytes.length > 5 * 1024 * 1024) messages.push({ kind: 'errore', text: `Il file ${file.name} supera la dimensione massima di 5 MB.` });
      else {
        d.attachments.push({ name: file.name, size: bytes.length, type: 'application/pdf', role: String(body.allegatoTipo ?? 'altro') });
        messages.push({ kind: 'conferma', text: `Allegato ${file.name} caricato.` });
      }
    } else if (azione === 'carica') {
      messages.push({ kind: 'errore', text: 'Selezionare un file PDF da caricare.' });
    }
    const other = otherDaysOf(all, d);
    const errors = azione === 'invia' ? sendErrors(d, other) : saveErrors(d, other);
    // Never lose what was typed: the values are stored even when AMINDER blocks them.
    if (errors.length > 0 || azione !== 'invia') {
      await putDomanda(store, session, d);
      const msgs = [...messages, ...errors.map((e) => ({ kind: 'errore' as const, text: e.message }))];
      if (msgs.length === 0 && azione === 'salva') return c.redirect(`${base}/domanda/${d.n}?esito=salvata`, 303);
      return show(msgs, errors.length ? 422 : 200);
    }
    const today = deps.today();
    if (d.editing) { d.editing = false; d.status = 'PRESENTATA'; d.rettificataIl = today; }
    else { d.status = 'PRESENTATA'; d.protocol = newProtocol(today); d.submittedOn = today; }
    await putDomanda(store, session, d);
    return c.redirect(`${base}/domanda/${d.n}?esito=inviata`, 303);
  });

  app.get('/domanda/:n/consuntivo', async (c) => {
    const d = await getDomanda(store, c.get('session'), Number(c.req.param('n')));
    if (!d) return c.redirect(`${base}`, 303);
    const msgs = c.req.query('esito') ? [{ kind: 'conferma' as const, text: `Consuntivo di ${monthNameIt(c.req.query('esito')!)} inviato.` }] : [];
    return page(c, `Consuntivo mensile - domanda n. ${d.n}`, [{ label: 'Elenco domande', href: `${base}` },
      { label: `Domanda n. ${d.n}`, href: `${base}/domanda/${d.n}` }, { label: 'Consuntivo mensile' }], renderConsuntivo(d, deps.today()), msgs);
  });

  app.post('/domanda/:n/consuntivo', async (c) => {
    const session = c.get('session');
    const d = await getDomanda(store, session, Number(c.req.param('n')));
    if (!d) return c.text('Domanda non trovata', 404);
    const body = (await formBody(c)) as Body;
    const start = parseDateIt(d.fields.dataInizio ?? '');
    const end = parseDateIt(d.fields.dataFine ?? '');
    if (d.status === 'IN BOZZA' || !start || !end) return c.redirect(`${base}/domanda/${d.n}/consuntivo`, 303);
    const months = monthsOfPeriod(start, end);
    for (const [k, v] of Object.entries(body)) {
      const m = /^ore-(\d{4}-\d{2})-(\d+)$/.exec(k);
      if (!m || typeof v !== 'string' || !months.includes(m[1]) || d.reports[m[1]]?.sentOn) continue;
      (d.reports[m[1]] ??= { hours: {} }).hours[m[2]] = v;
    }
    await putDomanda(store, session, d);
    if (body.azione === 'autosalva') return c.json({ ok: true });
    const month = typeof body.mese === 'string' ? body.mese : '';
    const today = deps.today();
    const show = (msgs: { kind: 'errore' | 'conferma'; text: string }[], status = 200) =>
      page(c, `Consuntivo mensile - domanda n. ${d.n}`, [{ label: 'Elenco domande', href: `${base}` },
        { label: `Domanda n. ${d.n}`, href: `${base}/domanda/${d.n}` }, { label: 'Consuntivo mensile' }], renderConsuntivo(d, today), msgs, status);
    if (!month) return show([{ kind: 'conferma', text: 'Dati salvati.' }]);
    const workers = d.workers.map((w, i) => ({ w, i })).filter(({ w }) => w.cf?.trim());
    const errors = reportErrors({
      month, months, sentMonths: months.filter((m) => d.reports[m]?.sentOn), periodEnd: end, today,
      hours: workers.map(({ w, i }) => ({ worker: workerLabel(w, i), text: d.reports[month]?.hours?.[String(i)] ?? '' })),
    });
    if (errors.length) return show(errors.map((e) => ({ kind: 'errore', text: e.message })), 422);
    d.reports[month].sentOn = today;
    await putDomanda(store, session, d);
    return c.redirect(`${base}/domanda/${d.n}/consuntivo?esito=${month}`, 303);
  });

  return app;
}

