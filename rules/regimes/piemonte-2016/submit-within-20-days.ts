import { defineRule, deadlineStatus } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import { submissionWindow } from '../../calc/deadlines.ts';
import type { Piemonte2016Params } from './params.ts';
import { CROSS_YEAR_SUBMISSION } from './sources.ts';
import { runsInto2017 } from './year-2016.ts';

/**
 * Applications from 2016 into 2017 are sent within 20 days of their start
 * (the 20th day after the start is still in time). Unsent and past that day,
 * it can no longer be sent in time: the same error. Deadline `submission`.
 */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/submit-within-20-days',
  severity: 'error',
  scope: 'piemonte-2016',
  title: 'Domande dal 2016 al 2017 inviate entro 20 giorni dall’inizio',
  source: CROSS_YEAR_SUBMISSION,
  reasoning:
    'Le domande con inizio nel 2016 e prosecuzione nel 2017 si presentano secondo le modalità ordinarie, entro 20 giorni dalla data ' +
    'di inizio della CIGD: una domanda inviata dopo non può essere autorizzata.',
  check({ draft, params, today, report, deadline }) {
    if (!runsInto2017(draft.period, params)) return;
    const { start } = draft.period;
    const { due, late, earliestStart, daysAfterStart } = submissionWindow(start, params.crossYearSubmissionDays, draft.submittedOn, today);
    deadline({
      id: 'submission',
      date: due,
      label: `Invio della domanda 2016-2017 (entro ${params.crossYearSubmissionDays} giorni dall’inizio)`,
      status: deadlineStatus(due, today, draft.submittedOn, params.dueSoonDays),
    });
    if (!late) return;
    const sent = draft.submittedOn;
    report({
      message: sent
        ? `La domanda è stata inviata il ${formatDateIt(sent)}, ${daysAfterStart} giorni dopo l’inizio: le domande dal 2016 al 2017 ` +
          `vanno inviate entro ${params.crossYearSubmissionDays} giorni dalla data inizio, cioè entro il ${formatDateIt(due)}. ` +
          `Con quell’invio la data inizio non può essere anteriore al ${formatDateIt(earliestStart)}.`
        : `Il termine per inviare la domanda è scaduto il ${formatDateIt(due)} (${params.crossYearSubmissionDays} giorni dalla data inizio): ` +
          `inviandola oggi la data inizio non può essere anteriore al ${formatDateIt(earliestStart)}.`,
      fields: ['submittedOn', 'period.start'],
    });
  },
});
