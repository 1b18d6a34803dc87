import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import type { Lombardia2015Params } from './params.ts';
import { PERIOD_LENGTH } from './sources.ts';

/**
 * The period may not go past 31/12/2015. A period starting after that day
 * (possible only when the draft names the regime itself) is told on its start.
 */
export default defineRule<Lombardia2015Params>({
  id: 'lombardia-2015/ends-2015',
  severity: 'error',
  scope: 'lombardia-2015',
  title: 'Il periodo di CIGD finisce entro il 31/12/2015',
  source: PERIOD_LENGTH,
  reasoning:
    'L’Addendum 2015 finanzia la CIG in deroga della lettera f) solo per il 2015: il periodo richiesto non può andare oltre il 31 dicembre 2015.',
  check({ draft, params, report }) {
    const { start, end } = draft.period;
    if (end < start) return; // common/period-order says it
    if (end <= params.lastDay) return;
    const lastDay = formatDateIt(params.lastDay);
    if (start > params.lastDay) {
      report({
        message:
          `Le domande della lettera f) dell’Addendum 2015 coprono solo periodi entro il ${lastDay}: la data inizio ` +
          `(${formatDateIt(start)}) è successiva. Indica le sospensioni del 2015.`,
        fields: ['period.start'],
      });
      return;
    }
    report({
      message:
        `Il periodo di CIGD non può andare oltre il ${lastDay} (data fine ${formatDateIt(end)}): porta la data fine al massimo al ${lastDay}.`,
      fields: ['period.end'],
    });
  },
});
