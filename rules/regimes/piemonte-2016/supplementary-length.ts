import { defineRule } from '../../rule.ts';
import { addDays, formatDateIt } from '../../calc/dates.ts';
import { applicationDays } from '../../calc/days.ts';
import type { Piemonte2016Params } from './params.ts';
import { SUPPLEMENTARY_LENGTH } from './sources.ts';
import { kindOf } from './year-2016.ts';

const SUPPLEMENTARY = 'supplementare-2016-2017';

/**
 * The supplementary period: at most 60 days, starting by 31/12/2016, in one
 * continuous application. An earlier supplementary application of the employer
 * (any unit: the 60 days are the firm's) gets a warning.
 */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/supplementary-length',
  severity: 'error',
  scope: 'piemonte-2016',
  title: 'Domanda supplementare: al massimo 60 giorni, inizio entro il 31/12/2016, un’unica domanda',
  source: SUPPLEMENTARY_LENGTH,
  reasoning:
    'Le imprese fino a 5 dipendenti che hanno esaurito i giorni del 2016 e quelle in cessazione hanno diritto al massimo a 60 giorni, ' +
    'da fruire in un’unica soluzione con una domanda che inizia entro il 31/12/2016: i giorni non possono essere coperti da più domande brevi.',
  check({ draft, params, report, compute }) {
    if (kindOf(draft.kind) !== SUPPLEMENTARY) return;
    const { start, end } = draft.period;
    if (start > params.supplementaryLatestStart) {
      report({
        message:
          `La domanda supplementare deve iniziare entro il ${formatDateIt(params.supplementaryLatestStart)}: ` +
          `la data inizio è il ${formatDateIt(start)}. Anticipa la data inizio.`,
        fields: ['period.start'],
      });
    }
    if (end >= start) {
      const latestEnd = addDays(start, params.supplementaryMaxDays - 1);
      compute('latestEnd', latestEnd);
      const days = applicationDays(draft.period);
      if (days > params.supplementaryMaxDays) {
        report({
          message:
            `La domanda supplementare dura ${days} giorni: il massimo è ${params.supplementaryMaxDays}. ` +
            `La data fine può essere al massimo il ${formatDateIt(latestEnd)}.`,
          fields: ['period.end'],
        });
      }
    }
    (draft.previousApplications ?? []).forEach((p, i) => {
      if (kindOf(p.kind) !== SUPPLEMENTARY) return;
      report({
        severity: 'warning',
        message:
          `Risulta già una domanda supplementare 2016-2017 (dal ${formatDateIt(p.start)} al ${formatDateIt(p.end)}): i ${params.supplementaryMaxDays} ` +
          'giorni vanno chiesti con un’unica domanda continuativa, non con più domande brevi. Riunisci il periodo in una sola domanda ' +
          '(rettificando o annullando la precedente).',
        fields: [`previousApplications[${i}]`],
      });
    });
  },
});
