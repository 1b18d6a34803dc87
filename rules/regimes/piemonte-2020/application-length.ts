import { defineRule } from '../../rule.ts';
import { nineWeeks } from './shared.ts';
import { addDays, formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2020Params } from './params.ts';
import { PERIOD } from './sources.ts';

/** AMINDER blocks an end date past 35 days, or a period shorter than 5 days. */
export default defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/application-length',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Ogni domanda dura da 5 a 35 giorni di calendario',
  source: PERIOD,
  reasoning:
    'AMINDER blocca la data fine oltre il 35° giorno della domanda o un periodo inferiore a 5 giorni: ' +
    'la domanda non può essere inviata finché il periodo non rientra.',
  check({ draft, params, report, facts }) {
    const { start, end } = draft.period;
    if (end < start) return; // common/period-order says it
    const { applicationDays: days, latestEnd: latest } = nineWeeks(draft, facts, params);
    if (days > params.maxApplicationDays) {
      report({
        message:
          `La domanda dura ${days} giorni: il massimo è ${params.maxApplicationDays}. ` +
          (latest
            ? `La data fine può essere al massimo il ${formatDateIt(latest)}.`
            : 'Non restano giorni nelle 9 settimane.'),
        fields: ['period.end'],
      });
    } else if (days < params.minApplicationDays) {
      const earliest = addDays(start, params.minApplicationDays - 1);
      report({
        message:
          `La domanda dura ${days} giorn${days === 1 ? 'o' : 'i'}: il minimo è ${params.minApplicationDays}. ` +
          `La data fine deve essere almeno il ${formatDateIt(earliest)}.`,
        fields: ['period.end'],
      });
    }
  },
});
