import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import { applicationDays } from '../../calc/days.ts';
import { PERIOD_CHECKED } from './sources.ts';

/**
 * A period whose end precedes its start cannot be sent: every day count of the
 * regimes would be meaningless, so the regimes' rules skip such a period and
 * leave the message to this rule. When the period is in order its length is
 * given as `computed.applicationDays` for every regime (and for none).
 */
export default defineRule({
  id: 'common/period-order',
  severity: 'error',
  scope: 'common',
  title: 'La data fine non può precedere la data inizio',
  source: PERIOD_CHECKED,
  reasoning:
    'AMINDER controlla il periodo di ogni domanda e blocca la data fine quando il periodo non è valido: ' +
    'una data fine precedente alla data inizio non dà alcun giorno di integrazione salariale.',
  check({ draft, report, compute, facts }) {
    const { start, end } = draft.period;
    if (end < start) {
      report({
        message:
          `La data fine (${formatDateIt(end)}) è precedente alla data inizio (${formatDateIt(start)}): ` +
          'correggi il periodo richiesto indicando una data fine uguale o successiva alla data inizio.',
        fields: ['period.end'],
      });
      return;
    }
    compute('applicationDays', facts.memo('applicationDays', () => applicationDays(draft.period)));
  },
});
