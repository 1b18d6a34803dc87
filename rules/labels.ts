/**
 * The Italian words for the Verdict's enumerations, one set for every place
 * that shows them (the `cigd` report, the overlay, the popup, the server's
 * page and calendar feed), so an operator reads the same word everywhere.
 */
import type { DeadlineStatus, Severity } from './schema.ts';

export const DEADLINE_STATUS_IT: Record<DeadlineStatus, string> = {
  future: 'da rispettare', 'due-soon': 'in scadenza', met: 'rispettata', missed: 'mancata',
};

export const SEVERITY_HEADING_IT: Record<Severity, string> = { error: 'Errori', warning: 'Avvisi', info: 'Informazioni' };
