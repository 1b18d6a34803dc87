import { defineRule } from '../../rule.ts';
import { addDays, formatDateIt } from '../../calc/dates.ts';
import { applicationDays } from '../../calc/days.ts';
import type { Lombardia2015Params } from './params.ts';
import { PERIOD_LENGTH } from './sources.ts';
import { latestEnd } from './shared.ts';

/**
 * At most 90 calendar days, both ends counted; a period shorter than 30 days
 * is allowed here ("inferiore ai 30 giorni"), so there is no minimum. Gives
 * `computed.latestEnd`: the last end date passing both this rule and
 * ends-2015 (the seed's one sentence: "non superiore ai 90 giorni e comunque
 * non oltre il 31 dicembre 2015"); null when the start is already past
 * 31/12/2015. The message names that date, so following it fixes both.
 */
export default defineRule<Lombardia2015Params>({
  id: 'lombardia-2015/max-90-days',
  severity: 'error',
  scope: 'lombardia-2015',
  title: 'Periodo di CIGD al massimo di 90 giorni (anche meno di 30)',
  source: PERIOD_LENGTH,
  reasoning:
    'Le domande della lettera f) possono chiedere anche meno di 30 giorni di CIG in deroga, ma non più di 90 giorni di calendario ' +
    '(e comunque non oltre il 31/12/2015): un periodo più lungo non è autorizzabile.',
  check({ draft, params, report, compute }) {
    const { start, end } = draft.period;
    if (end < start) return; // common/period-order says it
    const latest = latestEnd(start, params);
    compute('latestEnd', latest);
    const days = applicationDays(draft.period);
    if (days <= params.maxDays) return;
    report({
      message:
        `La domanda dura ${days} giorni: il massimo è ${params.maxDays}. ` +
        `La data fine può essere al massimo il ${formatDateIt(latest ?? addDays(start, params.maxDays - 1))}.`,
      fields: ['period.end'],
    });
  },
});
