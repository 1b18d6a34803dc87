import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import { DATED_RULES } from './sources.ts';

/**
 * The engine runs the common rules always and a regime's rules only when one
 * fits (rules.md, "Choosing the rule set"); `ctx.regime` is null otherwise, and
 * the operator must know that only the common checks were made.
 */
export default defineRule({
  id: 'common/unknown-regime',
  severity: 'warning',
  scope: 'common',
  title: 'Nessun insieme di regole per regione e date della domanda',
  source: DATED_RULES,
  reasoning:
    'Le regole della CIG in deroga cambiano per regione e per anno (accordi regionali datati): senza un insieme di regole ' +
    'che copra la regione e la data inizio, si possono fare solo i controlli comuni, e la domanda non è verificata nel merito.',
  check({ draft, regime, report }) {
    if (regime !== null) return;
    const region = draft.unit.region.trim();
    report({
      message:
        `Nessun insieme di regole copre ${region ? `la regione «${region}»` : 'una regione non indicata'} ` +
        `con data inizio ${formatDateIt(draft.period.start)}: sono stati fatti solo i controlli comuni. ` +
        'Le regole coprono il Piemonte (inizio dal 23/02/2020, oppure nel 2016 o nel 2017) e la Lombardia (inizio nel 2012 o nel 2015): ' +
        'controlla la regione dell’unità operativa e la data inizio, o indica il regime della domanda.',
      fields: ['unit.region', 'period.start'],
    });
  },
});
