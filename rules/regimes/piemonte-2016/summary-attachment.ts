import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2016Params } from './params.ts';
import { SUMMARY_ATTACHMENT } from './sources.ts';
import { kindOf, sendDate } from './year-2016.ts';

/**
 * From 15/12/2016 AMINDER no longer blocks the 93rd day, so ordinary
 * applications inside 2016 attach the Region's summary of the 2016
 * applications. An unsent draft is judged as if sent today.
 */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/summary-attachment',
  severity: 'error',
  scope: 'piemonte-2016',
  title: 'Dal 15/12/2016: riepilogo delle domande 2016 allegato alle domande ordinarie',
  source: SUMMARY_ATTACHMENT,
  reasoning:
    'Dal 15 dicembre 2016 AMINDER non blocca più il superamento dei 92 giorni e la Regione verifica a mano i limiti del 2016: ' +
    'per questo le domande ordinarie interamente nel 2016 devono allegare lo schema di riepilogo delle domande già presentate nel 2016.',
  check({ draft, params, today, report }) {
    if (kindOf(draft.kind) !== 'ordinaria') return;
    const { start, end } = draft.period;
    if (start < params.yearStart || end > params.ordinaryLastDay) return;
    if (sendDate(draft, today) < params.summaryAttachmentFrom) return;
    if ((draft.attachments ?? []).some((a) => a.role === 'riepilogo-2016')) return;
    report({
      message:
        `Dal ${formatDateIt(params.summaryAttachmentFrom)} le domande ordinarie del 2016 devono allegare lo schema di riepilogo ` +
        'delle domande di CIG in deroga già presentate nel 2016, con il calcolo delle giornate usufruite (file Excel della Regione): ' +
        'compilalo e allegalo come «riepilogo 2016».',
      fields: ['attachments'],
    });
  },
});
