import { defineRule, deadlineStatus } from '../../rule.ts';
import { addMonths, formatDateIt, monthNameIt, monthsOfPeriod } from '../../calc/dates.ts';
import type { Lombardia2012Params } from './params.ts';
import { REPORT_BY_15TH } from './sources.ts';

/**
 * The monthly report of the hours actually used, per worker, is sent by the
 * 15th of the following month, for every month of the period (a month with
 * no suspension is reported with 0 hours). One deadline `report-YYYY-MM` per
 * month.
 *
 * Seed over rules.md: rules.md gives every month of the period its deadline.
 * The note of 19/04/2012 says the reporting function did not exist yet ("a
 * breve sarà implementata … Sarà cura della Regione Lombardia comunicare, nelle
 * forme opportune, la data in cui sarà possibile inserire anche la
 * rendicontazione"), and its example enters the reports of January–March 2012
 * once it does ("quando sarà implementato il sistema informativo, per il mese
 * di gennaio per quel lavoratore saranno inserite 70 ore, per febbraio 150
 * ore, per marzo 0 (zero) ore"). So the months up to
 * `reportsEnteredLaterThrough` (2012-03) get no deadline and are never late;
 * their hours are still compared with the communications
 * (report-matches-suspensions). For the later months the seed gives the rule
 * "entro il 15 del mese successivo a quello a cui la rendicontazione fa
 * riferimento".
 */
export default defineRule<Lombardia2012Params>({
  id: 'lombardia-2012/report-by-15th',
  severity: 'error',
  scope: 'lombardia-2012',
  title: 'Rendiconto mensile entro il 15 del mese successivo',
  source: REPORT_BY_15TH,
  reasoning:
    'Per ogni lavoratore il rendiconto mensile delle ore di sospensione effettivamente utilizzate si invia entro il 15 del ' +
    'mese successivo a quello a cui si riferisce, come il modello INPS SR41. I rendiconti di gennaio, febbraio e marzo 2012 ' +
    'si inseriscono quando la Regione attiva la funzione di rendicontazione, come nell’esempio della nota: per quei mesi ' +
    'non c’è il termine del 15.',
  check({ draft, params, today, report, deadline }) {
    const reports = draft.reports ?? [];
    for (const month of monthsOfPeriod(draft.period.start, draft.period.end)) {
      if (month <= params.reportsEnteredLaterThrough) continue;
      const due = `${addMonths(month, 1)}-${String(params.reportDayOfNextMonth).padStart(2, '0')}`;
      const index = reports.findIndex((r) => r.month === month);
      const sent = index >= 0 ? reports[index].submittedOn : undefined;
      deadline({
        id: `report-${month}`,
        date: due,
        label: `Rendiconto mensile di ${monthNameIt(month)}`,
        status: deadlineStatus(due, today, sent, params.dueSoonDays),
      });
      if (sent ? sent <= due : today <= due) continue;
      report({
        message: sent
          ? `Il rendiconto di ${monthNameIt(month)} è stato inviato il ${formatDateIt(sent)}: andava inviato entro il ${formatDateIt(due)} ` +
            `(il ${params.reportDayOfNextMonth} del mese successivo). Se la data è sbagliata correggila.`
          : `Il rendiconto di ${monthNameIt(month)} non risulta inviato e il termine è scaduto il ${formatDateIt(due)} ` +
            `(il ${params.reportDayOfNextMonth} del mese successivo): invialo subito, con le ore di ogni lavoratore (0 se non è stato sospeso).`,
        fields: [index >= 0 ? `reports[${index}].submittedOn` : 'reports'],
      });
    }
  },
});
