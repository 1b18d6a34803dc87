import { defineRule, deadlineStatus } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import { submissionDeadline } from '../../calc/deadlines.ts';
import type { Piemonte2020Params } from './params.ts';
import { PDF, SUBMISSION } from './sources.ts';

/** A PDF by its MIME type or, when the type is not given, by its name. */
function isPdf(attachment: { name: string; type?: string }): boolean {
  if (attachment.type) return attachment.type.trim().toLowerCase() === 'application/pdf';
  return attachment.name.trim().toLowerCase().endsWith('.pdf');
}

export const pdfAttachment = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/pdf-attachment',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Almeno un allegato PDF',
  source: PDF,
  reasoning: 'AMINDER non invia la domanda senza almeno un file PDF allegato.',
  check({ draft, report }) {
    if ((draft.attachments ?? []).some(isPdf)) return;
    report({
      message: 'AMINDER richiede almeno un allegato in formato PDF per inviare la domanda: allegare la dichiarazione o l\'accordo in PDF.',
      fields: ['attachments'],
    });
  },
});

/**
 * Due by the last day of the 2nd month after the start month. Deadline
 * `submission`: met/missed by `submittedOn`, due-soon within 7 days. The
 * error compares `submittedOn`, or today for an application not sent yet.
 */
export const submissionDeadlineRule = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/submission-deadline',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Domanda entro la fine del secondo mese dopo quello di inizio',
  source: SUBMISSION,
  reasoning:
    'La domanda va inviata alla Regione entro la fine del secondo mese successivo a quello di inizio del periodo (inizio a marzo: entro il 31 maggio).',
  check({ draft, params, today, report, deadline }) {
    const due = submissionDeadline(draft.period.start, params.submissionMonthsAfterStart);
    deadline({
      id: 'submission',
      date: due,
      label: 'Invio della domanda alla Regione',
      status: deadlineStatus(due, today, draft.submittedOn, params.dueSoonDays),
    });
    const sentOrToday = draft.submittedOn ?? today;
    if (sentOrToday <= due) return;
    report({
      message: draft.submittedOn
        ? `La domanda è stata inviata il ${formatDateIt(draft.submittedOn)}, dopo il termine del ${formatDateIt(due)} ` +
          '(fine del secondo mese dopo quello di inizio): la data di invio deve essere al massimo il ' + `${formatDateIt(due)}.`
        : `Il termine per inviare la domanda era il ${formatDateIt(due)} (fine del secondo mese dopo quello di inizio): ` +
          'la domanda non può più essere presentata per questo periodo.',
      fields: ['submittedOn'],
    });
  },
});
