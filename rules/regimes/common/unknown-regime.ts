import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import { DATED_RULES } from './sources.ts';
import { regimes, type RegimeSelection } from '../registry.ts';

/** What the rule sets cover, from their own selections (never dates written here): "il Piemonte (inizio dal 23/02/2020, …)". */
function coverage(selections: RegimeSelection[]): string {
  const byRegion = new Map<string, string[]>();
  for (const s of selections) {
    const span = s.startTo ? `inizio dal ${formatDateIt(s.startFrom)} al ${formatDateIt(s.startTo)}` : `inizio dal ${formatDateIt(s.startFrom)}`;
    byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), span]);
  }
  return [...byRegion].map(([region, spans]) => `${REGION_NAMES[region] ?? region} (${spans.join(', oppure ')})`).join(' e ');
}
const REGION_NAMES: Record<string, string> = { piemonte: 'il Piemonte', lombardia: 'la Lombardia' };
/** The selections the engine chooses by, in the registry's order (rules.md's): a new regime is named here too. */
const COVERAGE = coverage(regimes.map((r) => r.selection));

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
        `Le regole coprono ${COVERAGE}: ` +
        'controlla la regione dell’unità operativa e la data inizio, o indica il regime della domanda.',
      fields: ['unit.region', 'period.start'],
    });
  },
});
