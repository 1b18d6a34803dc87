import { defineRule } from '../../rule.ts';
import { addDays, formatDateIt } from '../../calc/dates.ts';
import { applicationDays, type Period } from '../../calc/days.ts';
import type { Draft } from '../../schema.ts';
import type { Piemonte2016Params } from './params.ts';
import { CROSS_YEAR_ENTRY } from './sources.ts';
import { runsInto2017 } from './year-2016.ts';

/** What the e-mail to the Region says: the notice's step 2, ready to send. */
export type CorrectionEmail = { to: string; subject: string; body: string };

/** The seed's placeholder for the protocol number, until the application is sent. */
const PROTOCOL_PLACEHOLDER = 'xxxxx';

/** The two cases of the 12/12/2016 notice, in its own words. */
export function crossYearCase(draft: Draft): string {
  return draft.employer.inCessation ? 'impresa in cessazione' : 'impresa fino a 5 dipendenti con 3 mesi di CIGD nel 2016';
}

export function correctionEmail(draft: Draft, real: Period, entry: Period, mailbox: string): CorrectionEmail {
  const protocol = draft.protocol?.trim() || PROTOCOL_PLACEHOLDER;
  const days = applicationDays(real);
  const unit = [draft.unit.name?.trim(), draft.unit.comune].filter(Boolean).join(', ');
  const body = [
    'Spett.le Regione Piemonte,',
    '',
    `con riferimento alla domanda di CIG in deroga prot. n. ${protocol}, con periodo a cavallo fra il 2016 e il 2017:`,
    '',
    `- ditta richiedente: ${draft.employer.name}, codice fiscale ${draft.employer.fiscalCode}`,
    `- unità operativa: ${unit}`,
    `- casistica: ${crossYearCase(draft)}`,
    `- periodo effettivo di richiesta: dal ${formatDateIt(real.start)} al ${formatDateIt(real.end)} (${days} giorni)`,
    `- date inserite su AMINDER: dal ${formatDateIt(entry.start)} al ${formatDateIt(entry.end)}`,
    '',
    'Si chiede di far imputare sulla domanda le date del periodo effettivo.',
    '',
    'Cordiali saluti',
  ].join('\n');
  return { to: mailbox, subject: `CIG in deroga 2016-2017 - Domanda prot. n. ${protocol}`, body };
}

/**
 * AMINDER cannot take a period from 2016 into 2017: the application is typed
 * from 01/01/2017 for the same number of days, and the real period goes to the
 * Region by e-mail. Gives `computed.aminderEntry`, `computed.realPeriod` and
 * `computed.correctionEmail` ({ to, subject, body }).
 */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/cross-year-entry',
  severity: 'info',
  scope: 'piemonte-2016',
  title: 'Domanda a cavallo 2016-2017: date da inserire su AMINDER e mail alla Regione',
  source: CROSS_YEAR_ENTRY,
  reasoning:
    'AMINDER non consente domande a cavallo fra due annualità: la domanda si carica con data inizio 01/01/2017 e lo stesso numero di giorni, ' +
    'poi si comunica il periodo effettivo alla Regione per mail, che lo fa imputare a mano sulla domanda.',
  check({ draft, params, report, compute }) {
    if (!runsInto2017(draft.period, params)) return;
    const real: Period = { start: draft.period.start, end: draft.period.end };
    const days = applicationDays(real);
    const entry: Period = { start: params.aminderEntryStart, end: addDays(params.aminderEntryStart, days - 1) };
    const email = correctionEmail(draft, real, entry, params.correctionMailbox);
    compute('aminderEntry', entry);
    compute('realPeriod', real);
    compute('correctionEmail', email);
    report({
      message:
        `AMINDER non accetta periodi a cavallo fra 2016 e 2017: inserisci la domanda con data inizio ${formatDateIt(entry.start)} ` +
        `e data fine ${formatDateIt(entry.end)} (${days} giorni). Dopo l’invio scrivi a ${email.to} con oggetto «${email.subject}», ` +
        `indicando la casistica (${crossYearCase(draft)}) e il periodo effettivo dal ${formatDateIt(real.start)} al ${formatDateIt(real.end)}` +
        (draft.protocol?.trim() ? '.' : `: al posto di ${PROTOCOL_PLACEHOLDER} metti il numero di protocollo che AMINDER assegna all’invio.`),
      fields: ['period.start', 'period.end'],
    });
  },
});
