import { defineRule, deadlineStatus } from '../../rule.ts';
import { formatDateIt, minDate } from '../../calc/dates.ts';
import type { Piemonte2016Params } from './params.ts';
import { APPRENTICES, APPRENTICES_ENTRY } from './sources.ts';
import { kindOf, sendDate } from './year-2016.ts';
import { workerSubject } from '../common/labels.ts';

/**
 * Apprentices of firms in CIGS (notices of 05/12 and 12/12/2016; the source
 * is the 05/12 notice, which sets the limits, and the reasoning quotes the
 * 12/12 one, which says how to enter the application): start from
 * 01/01/2017 to 31/03/2017, end by the CIGS end and by 31/12/2017, sent by
 * 19/12/2016 (authorised in advance within 2016), apprentices only. The
 * application must state the CIGS: without `employer.cigsEnd` the end cannot
 * be judged and the error asks for it. Deadline `submission` on 19/12/2016.
 */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/apprentices-cigs',
  severity: 'error',
  scope: 'piemonte-2016',
  title: 'Apprendisti di imprese in CIGS: periodo 2017 entro la CIGS, invio entro il 19/12/2016',
  source: APPRENTICES,
  reasoning:
    'Le domande per apprendisti di imprese in CIGS sono autorizzate a preventivo entro il 2016: vanno inviate entro il 19/12/2016, ' +
    'con inizio tra il 01/01/2017 e il 31/03/2017 e fine non oltre la fine della CIGS né oltre il 31/12/2017 (Comunicato del 5/12/2016), ' +
    `e possono contenere solo apprendisti. Avviso del 12/12/2016: «${APPRENTICES_ENTRY.quote}»`,
  check({ draft, params, today, report, deadline }) {
    if (kindOf(draft.kind) !== 'apprendisti-cigs') return;
    const { start, end } = draft.period;

    if (start < params.apprenticesEarliestStart || start > params.apprenticesLatestStart) {
      report({
        message:
          `La domanda per apprendisti deve iniziare tra il ${formatDateIt(params.apprenticesEarliestStart)} e il ` +
          `${formatDateIt(params.apprenticesLatestStart)}: la data inizio è il ${formatDateIt(start)}.`,
        fields: ['period.start'],
      });
    }

    const cigsEnd = draft.employer.cigsEnd;
    if (!cigsEnd) {
      report({
        message:
          'Indica la data di fine della CIG Straordinaria dell’impresa: la domanda per apprendisti deve dichiarare la CIGS e ' +
          'rientrare nel suo periodo.',
        fields: ['employer.cigsEnd'],
      });
    }
    const latestEnd = cigsEnd ? minDate(cigsEnd, params.apprenticesLatestEnd) : params.apprenticesLatestEnd;
    if (end > latestEnd) {
      const why =
        cigsEnd && cigsEnd <= params.apprenticesLatestEnd
          ? `la fine della CIGS (${formatDateIt(cigsEnd)})`
          : `il ${formatDateIt(params.apprenticesLatestEnd)}`;
      report({
        message: `La data fine (${formatDateIt(end)}) non può superare ${why}: porta la data fine al massimo al ${formatDateIt(latestEnd)}.`,
        fields: ['period.end'],
      });
    }

    const due = params.apprenticesSubmissionBy;
    deadline({
      id: 'submission',
      date: due,
      label: 'Invio della domanda per apprendisti in CIGS (autorizzazione a preventivo entro il 2016)',
      status: deadlineStatus(due, today, draft.submittedOn, params.dueSoonDays),
    });
    if (sendDate(draft, today) > due) {
      report({
        message: draft.submittedOn
          ? `La domanda per apprendisti è stata inviata il ${formatDateIt(draft.submittedOn)}: andava inviata entro il ${formatDateIt(due)}, ` +
            'perché la Regione potesse autorizzarla a preventivo entro fine anno.'
          : `Il termine per inviare le domande per apprendisti è scaduto il ${formatDateIt(due)}: la Regione non può più autorizzarle entro il 2016.`,
        fields: ['submittedOn'],
      });
    }

    draft.workers.forEach((worker, i) => {
      if (worker.contract === 'apprentice') return;
      report({
        message:
          `${workerSubject(worker, i)} non è un apprendista: nella domanda per apprendisti di imprese in CIGS si possono inserire solo ` +
          'apprendisti. Togli il lavoratore dalla domanda.',
        fields: [`workers[${i}].contract`],
      });
    });
  },
});
