/**
 * Adapters: which input of a page holds which draft path. Declarative data
 * (Mozilla form-autofill / equipay style): labels with synonyms for AMINDER
 * and Lombardia, whose markup is not public, and GECO's real
 * `formcontrolname` names. A team's taught field map (teach mode) wins over
 * both, so a portal redesign is fixed without a release.
 */
import type { Draft } from '../../rules/index.ts';
import type { PageKind } from './detect.ts';

export type ValueType = 'text' | 'date' | 'number' | 'integer' | 'percent' | 'contract' | 'choice';

export type FieldSpec = {
  path: string;
  type: ValueType;
  /** Italian labels, first the one the portal uses, then synonyms. */
  labels?: string[];
  /** GECO (Angular reactive forms): the control's name, stable across releases. */
  formControlName?: string;
  /**
   * A yes/no radio group (GECO's S/N): the `value` of its «yes» radio, the one bound whatever the
   * order on the page. A check reads `on` when checked, `off` otherwise: the keys of its `options`.
   */
  yesValue?: string;
  /**
   * One part of a name the portal asks in two fields (Cognome, Nome) while the draft holds one
   * (`workers[i].name`): the fields of a path are read together, given name first as the draft writes
   * it ("Mario Rossi"); one part empty gives the other alone, both empty no name.
   */
  part?: 'given' | 'family';
  /**
   * A menu's options (or a check's `on`/`off`), lower case, each with what it
   * writes: draft path → value (undefined deletes), or a function of the draft
   * read so far. An option not listed (or none chosen) deletes every path listed.
   */
  options?: Record<string, Writes | ((draft: Draft) => Writes)>;
};

export type Writes = Record<string, unknown>;

/** A field repeated once per row: `path` has `[*]` where the row index goes. */
export type RowFieldSpec = FieldSpec & { path: `${string}[*]${string}` };

export type Adapter = {
  kind: PageKind;
  /** The region the page's drafts belong to (fills `unit.region`). */
  region: string;
  fields: FieldSpec[];
  rowFields: RowFieldSpec[];
};

const kind2016 = (d: Draft) => (d.period.start.startsWith('2017') ? 'supplementare-2016-2017' : 'ordinaria');
/** Finanziamenti' Tipologia aziendale: the category, and no ELBA nor cessation unless said. */
const category = (c: string): Writes => ({ 'employer.category': c, 'employer.elbaMember': undefined, 'employer.inCessation': undefined, kind: undefined });

const aminderDomanda: Adapter = {
  kind: 'aminder-domanda',
  region: 'Piemonte',
  fields: [
    { path: 'employer.fiscalCode', type: 'text', labels: ['Codice fiscale azienda', 'C.F. azienda', 'Codice fiscale datore di lavoro'] },
    { path: 'employer.name', type: 'text', labels: ['Denominazione', 'Ragione sociale', 'Denominazione azienda'] },
    { path: 'unit.comune', type: 'text', labels: ['Comune sede operativa', 'Comune unità operativa', 'Comune sede'] },
    { path: 'period.start', type: 'date', labels: ['Data inizio periodo', 'Data inizio CIGD', 'Inizio periodo'] },
    { path: 'period.end', type: 'date', labels: ['Data fine periodo', 'Data fine CIGD', 'Fine periodo'] },
    // AMINDER takes no year-crossing period: an application starting in 2017 for crisis or cessation is the 2016-17 supplementary one (seed 002).
    // Each causale says whether the firm is in cessation (another causale chosen after «Cessazione» undoes it).
    { path: 'kind', type: 'choice', labels: ['Causale'], options: {
      'covid-19': { kind: 'ordinaria', 'employer.inCessation': false },
      'crisi-aziendale': (d) => ({ kind: kind2016(d), 'employer.inCessation': false }),
      cessazione: (d) => ({ kind: kind2016(d), 'employer.inCessation': true }),
      'apprendisti-cigs': { kind: 'apprendisti-cigs', 'employer.inCessation': false },
    } },
    { path: 'agreement.kind', type: 'choice', labels: ['Tipo accordo', 'Tipologia accordo'] },
    { path: 'agreement.signedOn', type: 'date', labels: ['Data sottoscrizione accordo', 'Data firma accordo'] },
    { path: 'agreement.start', type: 'date', labels: ['Data inizio accordo'] },
    { path: 'agreement.end', type: 'date', labels: ['Data fine accordo'] },
    { path: 'agreement.workers', type: 'integer', labels: ['Numero lavoratori accordo', 'Lavoratori coperti dall\'accordo'] },
  ],
  rowFields: [
    { path: 'workers[*].fiscalCode', type: 'text', labels: ['Codice fiscale', 'Codice fiscale lavoratore', 'C.F.'] },
    // The name the messages call the worker by («Mario Rossi (lavoratore n. 1)»), asked in two fields.
    { path: 'workers[*].name', type: 'text', part: 'family', labels: ['Cognome', 'Cognome lavoratore'] },
    { path: 'workers[*].name', type: 'text', part: 'given', labels: ['Nome', 'Nome lavoratore'] },
    { path: 'workers[*].hiredOn', type: 'date', labels: ['Data assunzione', 'Data di assunzione'] },
    { path: 'workers[*].contract', type: 'contract', labels: ['Tipo contratto', 'Tipologia contrattuale'] },
    { path: 'workers[*].fte', type: 'percent', labels: ['Percentuale part-time', 'Percentuale orario'] },
    { path: 'workers[*].requestedHours', type: 'number', labels: ['Ore richieste', 'Ore CIGD richieste'] },
  ],
};

const gecoAzienda: Adapter = {
  kind: 'geco-azienda',
  region: 'Piemonte',
  fields: [
    { path: 'employer.fiscalCode', type: 'text', formControlName: 'cfAzienda', labels: ['Codice fiscale'] },
    { path: 'employer.name', type: 'text', formControlName: 'denominazioneDatoreLavoro', labels: ['Denominazione'] },
    { path: 'employer.ateco', type: 'text', formControlName: 'codAtecofinMin', labels: ['ATECO'] },
    { path: 'employer.postcode', type: 'text', formControlName: 'cap', labels: ['CAP', 'Cap'] },
    { path: 'employer.phone', type: 'text', formControlName: 'telefono', labels: ['Telefono'] },
    { path: 'employer.fax', type: 'text', formControlName: 'fax', labels: ['Fax'] },
    { path: 'employer.category', type: 'choice', formControlName: 'flagArtigiana', yesValue: 'S', labels: ['Azienda artigiana'], options: {
      on: { 'employer.category': 'artigiana' }, off: (d) => (d.employer.category === 'artigiana' ? { 'employer.category': 'impresa' } : {}),
    } },
  ],
  rowFields: [],
};

const finanziamentiDomanda: Adapter = {
  kind: 'finanziamenti-domanda',
  region: 'Lombardia',
  fields: [
    { path: 'employer.category', type: 'choice', labels: ['Tipologia aziendale'], options: {
      impresa: category('impresa'), 'impresa artigiana': category('artigiana'), 'studio professionale': category('studio-professionale'),
      'impresa aderente ad elba (domande lettera f addendum 2015)': { ...category('artigiana'), 'employer.elbaMember': true, kind: 'elba-addendum-f' },
      'impresa in cessazione': { ...category('impresa'), 'employer.inCessation': true },
    } },
    { path: 'agreement.cause', type: 'text', labels: ['Causale CIGD'] },
    { path: 'employer.fiscalCode', type: 'text', labels: ['Codice fiscale impresa', 'Codice fiscale azienda'] },
    { path: 'employer.name', type: 'text', labels: ['Ragione sociale', 'Denominazione'] },
    { path: 'inps.directPayment', type: 'choice', labels: ['Modalità di pagamento'], options: {
      'pagamento diretto': { 'inps.directPayment': true }, 'anticipo da parte del datore di lavoro': { 'inps.directPayment': false },
    } },
    { path: 'inps.protocol', type: 'text', labels: ['Protocollo domanda INPS', 'Protocollo INPS', 'Numero protocollo INPS'] },
    { path: 'period.start', type: 'date', labels: ['Data inizio CIGD', 'Data inizio sospensioni', 'Data inizio periodo'] },
    { path: 'period.end', type: 'date', labels: ['Data fine CIGD', 'Data fine sospensioni', 'Data fine periodo'] },
    { path: 'agreement.kind', type: 'choice', labels: ['Tipologia accordo sindacale'], options: {
      "accordo sindacale ai sensi dell'art. 3 comma 17 della l.92/12": { 'agreement.kind': 'art3-c17-l92-2012' },
      'accordo sindacale regionale artigianato del 16/10/15': { 'agreement.kind': 'artigianato-2015-10-16' },
      'accordo sindacale standard': { 'agreement.kind': 'standard' },
    } },
    { path: 'agreement.signedOn', type: 'date', labels: ['Data sottoscrizione accordo', 'Data stipula accordo'] },
    { path: 'unit.comune', type: 'text', labels: ['Comune unità operativa', 'Comune'] },
  ],
  rowFields: [
    { path: 'workers[*].fiscalCode', type: 'text', labels: ['Codice fiscale', 'Codice fiscale lavoratore'] },
    { path: 'workers[*].name', type: 'text', part: 'family', labels: ['Cognome', 'Cognome lavoratore'] },
    { path: 'workers[*].name', type: 'text', part: 'given', labels: ['Nome', 'Nome lavoratore'] },
    { path: 'workers[*].requestedHours', type: 'number', labels: ['Ore richieste'] },
  ],
};

/** Pages not read yet (no fields): the overlay says they are not checked, and shows no findings. */
const aminderConsuntivo: Adapter = { kind: 'aminder-consuntivo', region: 'Piemonte', fields: [], rowFields: [] };
const finanziamentiDossier: Adapter = { kind: 'finanziamenti-dossier', region: 'Lombardia', fields: [], rowFields: [] };

export const adapters: Record<PageKind, Adapter> = {
  'aminder-domanda': aminderDomanda,
  'aminder-consuntivo': aminderConsuntivo,
  'geco-azienda': gecoAzienda,
  'finanziamenti-domanda': finanziamentiDomanda,
  'finanziamenti-dossier': finanziamentiDossier,
};

/** Every draft path an operator may teach, for the teach mode's menu. */
export function teachablePaths(adapter: Adapter): string[] {
  // A name in two parts is taught as one path: the element then holds the whole name.
  return [...new Set([...adapter.fields.map((f) => f.path), ...adapter.rowFields.map((f) => f.path)])];
}
