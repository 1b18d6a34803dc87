import { defineRule, deadlineStatus } from '../../rule.ts';
import { addDays, daysBetween, formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2016Params } from './params.ts';
import { CROSS_YEAR_FOLLOW_UP } from './sources.ts';

/**
 * "Entro i 15 giorni successivi" the e-mail: the Region has up to the 15th day
 * after `correctionEmail.sentOn`; from the 16th day, with no `datesFixedOn`,
 * the operator reports the anomaly. Deadline `cross-year-follow-up` on the 15th day.
 */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/cross-year-follow-up',
  severity: 'warning',
  scope: 'piemonte-2016',
  title: 'Date non corrette su AMINDER 15 giorni dopo la mail: segnalare l’anomalia',
  source: CROSS_YEAR_FOLLOW_UP,
  reasoning:
    'Dopo la mail con il periodo effettivo la Regione fa correggere le date su AMINDER; se entro 15 giorni le date non sono cambiate, ' +
    'il referente deve segnalare l’anomalia, altrimenti la domanda resta con le date provvisorie del 2017.',
  check({ draft, params, today, report, deadline }) {
    const mail = draft.correctionEmail;
    if (!mail) return;
    const due = addDays(mail.sentOn, params.correctionFollowUpDays);
    deadline({
      id: 'cross-year-follow-up',
      date: due,
      label: 'Controllo su AMINDER delle date corrette dalla Regione (15 giorni dalla mail)',
      status: deadlineStatus(due, today, mail.datesFixedOn, params.dueSoonDays),
    });
    if (mail.datesFixedOn || today <= due) return;
    report({
      message:
        `Sono passati ${daysBetween(mail.sentOn, today)} giorni dalla mail alla Regione del ${formatDateIt(mail.sentOn)} e le date su AMINDER ` +
        `non risultano corrette: segnala l’anomalia alla casella ${params.correctionMailbox}. Se le date sono già state corrette, ` +
        'indica il giorno della correzione.',
      fields: ['correctionEmail.datesFixedOn'],
    });
  },
});
