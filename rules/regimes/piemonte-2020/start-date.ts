import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2020Params } from './params.ts';
import { START } from './sources.ts';

/**
 * No period before 23/02/2020. The automatic choice of the rule set never
 * picks this regime for an earlier start, so this fires when the draft names
 * its regime (or the extension read it off AMINDER) with an earlier date.
 */
export default defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/start-date',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Il periodo non può iniziare prima del 23/02/2020',
  source: START,
  reasoning:
    'Le 9 settimane di CIGD 2020 decorrono al più presto dal 23 febbraio 2020: i giorni precedenti non sono concedibili.',
  check({ draft, params, report }) {
    if (draft.period.start >= params.cutoffDate) return;
    report({
      message:
        `Il periodo inizia il ${formatDateIt(draft.period.start)}, prima del ${formatDateIt(params.cutoffDate)}: ` +
        `la data inizio deve essere almeno il ${formatDateIt(params.cutoffDate)}.`,
      fields: ['period.start'],
    });
  },
});
