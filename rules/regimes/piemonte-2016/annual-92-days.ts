import { defineRule } from '../../rule.ts';
import { addDays, formatDateIt, maxDate, minDate } from '../../calc/dates.ts';
import type { Piemonte2016Params } from './params.ts';
import { ANNUAL_LIMIT } from './sources.ts';
import { daysWithin, kindOf, ordinaryDays2016Before } from './year-2016.ts';

/**
 * 92 days of ordinary CIGD per local unit in 2016. AMINDER blocked the 93rd
 * day until 15/12/2016, then the block was removed and the Region checks by
 * hand, so the check matters most for applications sent from that day.
 * `computed.daysUsed`, `daysLeft` (of 2016, this application included) and
 * `latestEnd` (last end within 92 days and 2016) are given for every ordinary
 * application in 2016.
 *
 * Seed over rules.md: the Addendum of 27/04/2016 (same seed) lets apprentices
 * of firms in CIGS go past 92 days once the Region removes the block on a
 * request by e-mail; an application for apprentices only of a firm covered by
 * CIGS gets a warning with that procedure instead of the error.
 */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/annual-92-days',
  severity: 'error',
  scope: 'piemonte-2016',
  title: 'Al massimo 92 giorni di CIGD ordinaria per unità locale nel 2016',
  source: ANNUAL_LIMIT,
  reasoning:
    'Nel 2016 il limite massimo di concessione è di 3 mesi, pari a 92 giorni di calendario, per ogni unità locale, sommando tutte le domande ' +
    'ordinarie. Dal 15/12/2016 AMINDER non blocca più il 93° giorno e la Regione verifica a mano: una domanda oltre il limite viene respinta.',
  check({ draft, params, report, compute, facts }) {
    if (kindOf(draft.kind) !== 'ordinaria') return;
    const { start, end } = draft.period;
    if (end < start) return; // common/period-order says it
    const thisDays = daysWithin(draft.period, params.yearStart, params.ordinaryLastDay);
    if (thisDays === 0) return; // nothing in 2016: ordinary-ends-2016 says what is wrong
    const before = ordinaryDays2016Before(draft, params, facts);
    const used = before + thisDays;
    const leftBefore = params.annualDays - before;
    const latestEnd =
      leftBefore > 0 ? minDate(addDays(maxDate(start, params.yearStart), leftBefore - 1), params.ordinaryLastDay) : null;
    compute('daysUsed', used);
    compute('daysLeft', Math.max(0, params.annualDays - used));
    compute('latestEnd', latestEnd);
    if (used <= params.annualDays) return;

    const unit = draft.unit.name?.trim() || draft.unit.comune;
    const summary =
      `Le domande ordinarie dell’unità locale ${unit} nel 2016 sommano ${used} giorni ` +
      `(${before} nelle domande precedenti e ${thisDays} in questa): il limite è ${params.annualDays}.`;
    const apprenticesOfCigsFirm =
      draft.workers.length > 0 &&
      draft.workers.every((w) => w.contract === 'apprentice') &&
      (draft.employer.coveredBy ?? []).includes('cigs');
    if (apprenticesOfCigsFirm) {
      report({
        severity: 'warning',
        message:
          `${summary} Per gli apprendisti di imprese in CIGS l’Addendum del 27/04/2016 consente di superarlo: scrivi a ` +
          'cigsinderoga@regione.piemonte.it con oggetto «CIG in deroga - Addendum del 27 aprile 2016», indicando i dati dell’azienda ' +
          'e della domanda, perché la Regione rimuova il blocco dell’unità.',
        fields: ['period.end'],
      });
      return;
    }
    report({
      message:
        `${summary} ` +
        (latestEnd
          ? `La data fine può essere al massimo il ${formatDateIt(latestEnd)}.`
          : 'Per questa unità non restano giorni di CIGD ordinaria nel 2016.'),
      fields: ['period.end'],
    });
  },
});
