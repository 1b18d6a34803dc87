import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import type { Lombardia2015Params } from './params.ts';
import { ACTUAL_DATA } from './sources.ts';
import { evaluationDate } from './shared.ts';

/**
 * Section G states the actual start and end of the suspensions, not a
 * forecast: a period ending after the evaluation date is a forecast (ending
 * on that day is fine). Seed over rules.md: rules.md compares with the
 * evaluation date (today); the data are those the application states when it
 * is sent, so a sent application is judged on `submittedOn` (an end after the
 * send date was a forecast, whatever today is), an unsent one on today.
 */
export default defineRule<Lombardia2015Params>({
  id: 'lombardia-2015/actual-data',
  severity: 'warning',
  scope: 'lombardia-2015',
  title: 'Date e ore effettive, non la previsione',
  source: ACTUAL_DATA,
  reasoning:
    'Le domande della lettera f) si presentano a consuntivo: nella sezione G) vanno indicate la data effettiva di inizio e di fine ' +
    'delle sospensioni e nella sezione H) le ore effettivamente utilizzate (dati reali, non la previsione), che devono coincidere con ' +
    'la domanda INPS, la rendicontazione e gli SR41.',
  check({ draft, today, report }) {
    const { start, end } = draft.period;
    if (end < start) return; // common/period-order says it
    const on = evaluationDate(draft, today);
    if (end <= on) return;
    const fields = start > on ? ['period.start', 'period.end'] : ['period.end'];
    report({
      message: draft.submittedOn
        ? `La domanda è stata inviata il ${formatDateIt(on)} con data fine ${formatDateIt(end)}: vanno indicate le date effettive ` +
          'delle sospensioni (dati reali, non la previsione). Correggi la data fine con l’ultimo giorno di sospensione effettiva e le ore ' +
          'con quelle effettivamente utilizzate.'
        : `La data fine (${formatDateIt(end)}) è successiva a oggi (${formatDateIt(on)}): vanno indicate le date effettive delle ` +
          'sospensioni (dati reali, non la previsione). Presenta la domanda a sospensioni concluse, con la data fine e le ore effettive.',
      fields,
    });
  },
});
