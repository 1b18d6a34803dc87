import { defineRule, deadlineStatus } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import { submissionWindow } from '../../calc/deadlines.ts';
import type { Lombardia2012Params } from './params.ts';
import { SUBMISSION } from './sources.ts';

/**
 * The application is sent within 20 days of the start of the suspensions
 * (the 20th day after the start is still in time). Unsent and past that
 * day: the same error. Deadline `submission`.
 */
export default defineRule<Lombardia2012Params>({
  id: 'lombardia-2012/submit-within-20-days',
  severity: 'error',
  scope: 'lombardia-2012',
  title: 'Domanda inviata entro 20 giorni dall’inizio delle sospensioni',
  source: SUBMISSION,
  reasoning:
    'La domanda di CIG in deroga si presenta su «Finanziamenti on line» entro 20 giorni dall’inizio delle sospensioni; ' +
    'solo dopo l’invio il sistema accetta le comunicazioni di sospensione dei lavoratori.',
  check({ draft, params, today, report, deadline }) {
    const { start, end } = draft.period;
    if (end < start) return; // common/period-order
    const { due, late, earliestStart, daysAfterStart } = submissionWindow(start, params.submissionDays, draft.submittedOn, today);
    deadline({
      id: 'submission',
      date: due,
      label: `Invio della domanda (entro ${params.submissionDays} giorni dall’inizio delle sospensioni)`,
      status: deadlineStatus(due, today, draft.submittedOn, params.dueSoonDays),
    });
    if (!late) return;
    const sent = draft.submittedOn;
    report({
      message: sent
        ? `La domanda è stata inviata il ${formatDateIt(sent)}, ${daysAfterStart} giorni dopo l’inizio delle sospensioni: ` +
          `andava inviata entro ${params.submissionDays} giorni, cioè entro il ${formatDateIt(due)}. ` +
          `Con quell’invio la data inizio non può essere anteriore al ${formatDateIt(earliestStart)}.`
        : `Il termine per inviare la domanda è scaduto il ${formatDateIt(due)} (${params.submissionDays} giorni dall’inizio delle sospensioni): ` +
          `inviandola oggi la data inizio non può essere anteriore al ${formatDateIt(earliestStart)}.`,
      fields: ['submittedOn', 'period.start'],
    });
  },
});
