import { defineRule } from '../../rule.ts';
import { addMonths, firstDayOfMonth, formatDateIt, lastDayOfMonth, monthOf } from '../../calc/dates.ts';
import type { Lombardia2012Params } from './params.ts';
import { ONE_MONTH } from './sources.ts';
import { span } from './shared.ts';
import { ofWorker, workerByCode } from '../common/labels.ts';

/**
 * A suspension communication covers at most one calendar month: the hours it
 * plans are compared with the report of that month, so one spanning two
 * months must be sent again as one communication per month. Applies before
 * and after 16/04/2012 alike.
 */
export default defineRule<Lombardia2012Params>({
  id: 'lombardia-2012/suspension-one-month',
  severity: 'error',
  scope: 'lombardia-2012',
  title: 'Ogni comunicazione di sospensione resta nel mese',
  source: ONE_MONTH,
  reasoning:
    'Le ore programmate di sospensione devono corrispondere alle ore della rendicontazione mensile: una comunicazione ' +
    'che attraversa due mesi non si può confrontare con un solo rendiconto e va ricomunicata, una per mese.',
  check({ draft, report, facts }) {
    (draft.suspensions ?? []).forEach((s, i) => {
      if (s.end < s.start || monthOf(s.start) === monthOf(s.end)) return;
      const nextMonth = addMonths(monthOf(s.start), 1);
      report({
        message:
          `La comunicazione di sospensione ${ofWorker(workerByCode(draft, facts)(s.workerFiscalCode))} va ${span(s)}, su più mesi: ` +
          `il periodo massimo è il mese. Invia una nuova comunicazione per ogni mese, ad esempio dal ${formatDateIt(s.start)} ` +
          `al ${formatDateIt(lastDayOfMonth(monthOf(s.start)))} e dal ${formatDateIt(firstDayOfMonth(nextMonth))} in poi, ` +
          'con le ore di ciascun mese.',
        fields: [`suspensions[${i}].start`, `suspensions[${i}].end`],
      });
    });
  },
});
