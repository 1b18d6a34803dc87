import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import { sundayOf } from '../../calc/holidays.ts';
import type { Lombardia2012Params } from './params.ts';
import { WEEKLY } from './sources.ts';
import { isWholeMonth, paramsOn, span } from './shared.ts';
import { ofWorker, workerByCode } from '../common/labels.ts';

/**
 * From 16/04/2012 the communications are weekly: the period of one
 * communication stays inside the week (Monday–Sunday) it starts in, even
 * when the worker is suspended on a few days only; the one exception is a
 * worker suspended at zero hours for the whole month.
 *
 * Seed over rules.md: rules.md speaks of a communication "with hours longer
 * than its week"; the seed asks for "il periodo settimanale" and gives its
 * 40 hours as "solo esemplificativo", and the portal has no working schedule
 * to weigh hours against, so the period is what is checked, not the hours.
 */
export default defineRule<Lombardia2012Params>({
  id: 'lombardia-2012/suspension-weekly',
  severity: 'warning',
  scope: 'lombardia-2012',
  title: 'Comunicazioni di sospensione settimanali (dal 16/04/2012)',
  source: WEEKLY,
  reasoning:
    'Dal 16 aprile 2012 ogni comunicazione indica il periodo settimanale e le ore di sospensione programmate in quella ' +
    'settimana, anche se il lavoratore è sospeso solo alcuni giorni; solo chi è sospeso a zero ore per un periodo lungo ' +
    'può essere comunicato per un periodo equivalente al mese.',
  check({ draft, report, facts }) {
    (draft.suspensions ?? []).forEach((s, i) => {
      if (!paramsOn(s.start).weekly || s.end < s.start) return;
      const weekEnd = sundayOf(s.start);
      if (s.end <= weekEnd || isWholeMonth(s)) return;
      report({
        message:
          `La comunicazione di sospensione ${ofWorker(workerByCode(draft, facts)(s.workerFiscalCode))} va ${span(s)}, oltre la settimana in cui ` +
          `inizia (che finisce il ${formatDateIt(weekEnd)}): dal 16/04/2012 si comunica una settimana per volta, con le ore ` +
          `programmate in quella settimana. Porta la data fine al ${formatDateIt(weekEnd)} al massimo e comunica a parte le ` +
          'settimane successive; solo una sospensione a zero ore per tutto il mese può coprire il mese intero.',
        fields: [`suspensions[${i}].end`],
      });
    });
  },
});
