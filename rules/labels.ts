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
import type { DeadlineStatus, Severity } from './schema.ts';

export const DEADLINE_STATUS_IT: Record<DeadlineStatus, string> = {
  future: 'da rispettare', 'due-soon': 'in scadenza', met: 'termine rispettato', missed: 'termine scaduto',
};

export const SEVERITY_HEADING_IT: Record<Severity, string> = { error: 'Errori', warning: 'Avvisi', info: 'Informazioni' };
