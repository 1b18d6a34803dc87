import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2020Params } from './params.ts';
import { employerPreviousApplications, nineWeeks, tooFewDaysLeft } from './shared.ts';
import { NINE_WEEKS, TWO_APPLICATIONS } from './sources.ts';

/**
 * 63 calendar days over all the applications of the unit. Always gives
 * `computed.daysUsed` (earlier applications + this one), `daysLeft` (what
 * remains after this one, never below 0) and `latestEnd`, and
 * `applicationDays` whenever the period is in order. Seed over rules.md
 * (which names only "this rule and the 35-day rule"): the seed's application
 * lasts 5 to 35 days ("quella minima in 5 giorni"), so `latestEnd` is null
 * when no end date passes both this rule and application-length: no day
 * left, or fewer than the 5-day minimum (3 left: 3 days are too short, 5 go
 * past 63). Then the message proposes no end date: it says that no other
 * application is possible.
 */
export const totalNineWeeks = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/total-nine-weeks',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Le domande sommano al massimo 63 giorni (9 settimane)',
  source: NINE_WEEKS,
  reasoning:
    'AMINDER somma i periodi di tutte le domande dell\'unità e blocca la data fine oltre il 63° giorno: ' +
    'le 9 settimane sono il massimo concedibile.',
  check({ draft, params, facts, report, compute }) {
    const budget = nineWeeks(draft, facts, params);
    // An inverted period has no length: common/period-order reports it and owns
    // `applicationDays`, which it leaves out; the budget still counts the earlier days.
    if (draft.period.end >= draft.period.start) compute('applicationDays', budget.applicationDays);
    compute('daysUsed', budget.daysUsed);
    compute('daysLeft', budget.daysLeft);
    const latest = budget.latestEnd;
    compute('latestEnd', latest.kind === 'ends-by' ? latest.date : null);
    if (budget.daysUsed <= params.totalDays) return;
    const earlier = `${budget.usedBefore} giorni nelle domande precedenti`;
    switch (latest.kind) {
      case 'too-few-left':
        report({
          message:
            `Con questa domanda si arriva a ${budget.daysUsed} giorni: il massimo è ${params.totalDays}. ` +
            tooFewDaysLeft(budget.usedBefore, latest.daysLeft, params),
          fields: ['period.start', 'period.end'],
        });
        return;
      case 'none-left':
        report({
          message:
            `Le 9 settimane (${params.totalDays} giorni) sono già esaurite: ${earlier}. ` +
            'Non è possibile chiedere altri giorni per questa unità.',
          fields: ['period.start', 'period.end'],
        });
        return;
      case 'ends-by':
        report({
          message:
            `Con questa domanda si arriva a ${budget.daysUsed} giorni (${earlier} + ${budget.applicationDays}): ` +
            `il massimo è ${params.totalDays}. La data fine può essere al massimo il ${formatDateIt(latest.date)}.`,
          fields: ['period.end'],
        });
    }
  },
});

/**
 * An advisory of the Region, not a block: hence a warning. The advice is per
 * employer ("ogni datore di lavoro"), so it counts the employer's earlier
 * applications of this scheme whatever their unit, while the 63 days above
 * are counted per unit.
 */
export const atMostTwoApplications = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/at-most-two-applications',
  severity: 'warning',
  scope: 'piemonte-2020',
  title: 'La Regione chiede non più di due domande',
  source: TWO_APPLICATIONS,
  reasoning:
    'La Regione auspica che ogni datore di lavoro presenti non più di due domande, per non moltiplicare le pratiche: ' +
    'conviene chiedere i giorni restanti in un\'unica domanda.',
  check({ draft, params, report }) {
    const number = employerPreviousApplications(draft, params.cutoffDate).length + 1;
    if (number <= params.advisedMaxApplications) return;
    report({
      message:
        `Questa è la domanda n. ${number} del datore di lavoro (contando tutte le sue unità operative): ` +
        `la Regione chiede a ogni datore di lavoro di presentarne non più di ${params.advisedMaxApplications}. ` +
        'Se possibile, riunire i giorni restanti in un\'unica domanda.',
      fields: ['previousApplications'],
    });
  },
});
