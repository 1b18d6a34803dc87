import { defineRule } from '../../rule.ts';
import { nineWeeks, tooFewDaysLeft } from './shared.ts';
import { addDays, formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2020Params } from './params.ts';
import { PERIOD } from './sources.ts';

/**
 * AMINDER blocks an end date past 35 days, or a period shorter than 5 days.
 * The end date proposed keeps the 63 days too; when fewer than 5 days are
 * left in the 9 weeks no end date passes both rules, and the message says
 * that no other application is possible instead.
 */
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
    const { applicationDays: days, usedBefore, latestEnd: latest } = nineWeeks(draft, facts, params);
    // With fewer days left than the minimum, no end date is proposed: no other application is possible.
    const tooFew = latest.kind === 'too-few-left' ? tooFewDaysLeft(usedBefore, latest.daysLeft, params) : null;
    if (days > params.maxApplicationDays) {
      report({
        message:
          `La domanda dura ${days} giorni: il massimo è ${params.maxApplicationDays}. ` +
          (latest.kind === 'ends-by' ? `La data fine può essere al massimo il ${formatDateIt(latest.date)}.` : tooFew ?? 'Non restano giorni nelle 9 settimane.'),
        fields: ['period.end'],
      });
    } else if (days < params.minApplicationDays) {
      const earliest = addDays(start, params.minApplicationDays - 1);
      report({
        message:
          `La domanda dura ${days} giorn${days === 1 ? 'o' : 'i'}: il minimo è ${params.minApplicationDays}. ` +
          (tooFew ?? `La data fine deve essere almeno il ${formatDateIt(earliest)}.`),
        fields: ['period.end'],
      });
    }
  },
});
