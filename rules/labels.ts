/**
 * The Italian words for the Verdict's enumerations, one set for every place
 * that shows them (the `cigd` report, the overlay, the popup, the server's
 * page and calendar feed), so an operator reads the same word everywhere.
 *
 * The deadline statuses follow a deadline's label in brackets ("Rendiconto
 * mensile di aprile (termine scaduto)", "Apertura del consuntivo di maggio
 * (termine rispettato)"), and the labels are masculine and feminine alike: so
 * they are phrases that agree with no label, never a participle agreeing with one.
 */
import type { DeadlineStatus, Draft, RegimeId, Severity, Worker } from './schema.ts';

export const DEADLINE_STATUS_IT: Record<DeadlineStatus, string> = {
  future: 'da rispettare', 'due-soon': 'in scadenza', met: 'termine rispettato', missed: 'termine scaduto',
};

export const SEVERITY_HEADING_IT: Record<Severity, string> = { error: 'Errori', warning: 'Avvisi', info: 'Informazioni' };

/** The regimes, short (a list or a heading has little room; `cigd` reports say each regime's whole `title`). */
export const REGIME_IT: Record<RegimeId, string> = {
  'piemonte-2020': 'Piemonte 2020',
  'piemonte-2016': 'Piemonte 2016-2017',
  'lombardia-2015': 'Lombardia 2015',
  'lombardia-2012': 'Lombardia 2012',
};

/** A worker's contract as AMINDER's «Tipo contratto» menu words it (the replica's menu is made from it). */
export const CONTRACT_IT: Record<Worker['contract'], string> = {
  'full-time': 'Tempo pieno', 'part-time': 'Part-time', intermittent: 'Intermittente', apprentice: 'Apprendistato',
  agency: 'Somministrazione', parasubordinate: 'Parasubordinato',
};

/**
 * A union agreement's kind as the menu of the portal that takes it words it:
 * AMINDER's «Tipo accordo» (Piemonte), Finanziamenti on line's «Tipologia
 * accordo sindacale» (Lombardia, in lower case as there). The replica's menus
 * are made from it.
 */
export const AGREEMENT_KIND_IT: Record<NonNullable<Draft['agreement']>['kind'], string> = {
  categorie: 'Accordo con le categorie',
  'commissione-sindacale': 'Accordo in Commissione sindacale regionale',
  'art3-c17-l92-2012': 'accordo sindacale ai sensi dell\'art. 3 comma 17 della L.92/12',
  'artigianato-2015-10-16': 'accordo sindacale regionale artigianato del 16/10/15',
  standard: 'accordo sindacale standard',
};

/** The application's kind, as AMINDER's «Causale» and Finanziamenti on line's «Tipologia aziendale» word it (their replica menus use it). */
export const DRAFT_KIND_IT: Record<NonNullable<Draft['kind']>, string> = {
  ordinaria: 'Domanda ordinaria',
  'supplementare-2016-2017': 'Domanda supplementare 2016-2017',
  'apprendisti-cigs': 'Apprendisti di impresa in CIGS',
  'elba-addendum-f': 'Impresa aderente ad ELBA (domande lettera f Addendum 2015)',
};

/** The application's state as AMINDER's list shows it (the seed's service sheet names them so). */
export const DRAFT_STATUS_IT: Record<NonNullable<Draft['status']>, string> = {
  bozza: 'IN BOZZA', presentata: 'PRESENTATA', 'verificata-da-rettificare': 'VERIFICATA - DA RETTIFICARE', verificata: 'VERIFICATA',
  autorizzata: 'AUTORIZZATA', annullata: 'ANNULLATA',
};

/** The employer's category, as the portals word it. */
export const EMPLOYER_CATEGORY_IT: Record<Draft['employer']['category'], string> = {
  impresa: 'Impresa', artigiana: 'Impresa artigiana', agricola: 'Impresa agricola', 'studio-professionale': 'Studio professionale',
  'non-imprenditore': 'Datore di lavoro non imprenditore', domestico: 'Lavoro domestico', 'agenzia-somministrazione': 'Agenzia di somministrazione',
};
