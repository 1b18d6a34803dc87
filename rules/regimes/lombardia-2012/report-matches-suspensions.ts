import { defineRule } from '../../rule.ts';
import { monthNameIt } from '../../calc/dates.ts';
import { formatNumberIt, sameHours } from '../../calc/numbers.ts';
import type { Lombardia2012Params } from './params.ts';
import { REPORT_MATCHES } from './sources.ts';
import { calendar, monthOfSuspension, span, type Suspension } from './shared.ts';
import { keysByCode, theWorker, workerByCode } from '../common/labels.ts';
import { normalizeFiscalCode } from '../../calc/fiscal-code.ts';

const hoursText = (h: number) => `${formatNumberIt(h)} ${h === 1 ? 'ora' : 'ore'}`;

/**
 * A worker's reported hours for a month equal the hours of the suspensions
 * communicated for that month (the seed's example: 70 hours in January, 150
 * in February, 0 in March with no communication). Seed over rules.md: a
 * later communication for the same worker whose period overlaps an earlier
 * one's (the same dates, or the dates corrected) is a correction ("inviando
 * una nuova comunicazione di sospensione con i dati corretti") and replaces
 * the earlier one instead of adding to it. A blank (null) figure is not
 * judged here: it is not a number yet.
 */
export default defineRule<Lombardia2012Params>({
  id: 'lombardia-2012/report-matches-suspensions',
  severity: 'warning',
  scope: 'lombardia-2012',
  title: 'Ore del rendiconto uguali alle ore delle comunicazioni di sospensione',
  source: REPORT_MATCHES,
  reasoning:
    'La Regione verifica la coerenza dei dati: le ore programmate con le comunicazioni di sospensione di un mese devono ' +
    'corrispondere alle ore rendicontate per quel mese; senza comunicazione il rendiconto del lavoratore è 0.',
  check({ draft, report, facts }) {
    // Month → worker → the communications that count, built once for all the reports.
    const byMonth = new Map<string, Map<string, Suspension[]>>();
    for (const s of calendar(draft, facts).effective) {
      const month = monthOfSuspension(s);
      const ofMonth = byMonth.get(month) ?? byMonth.set(month, new Map()).get(month)!;
      const code = normalizeFiscalCode(s.workerFiscalCode);
      const mine = ofMonth.get(code);
      if (mine) mine.push(s);
      else ofMonth.set(code, [s]);
    }
    (draft.reports ?? []).forEach((r, i) => {
      const ofMonth = byMonth.get(r.month) ?? new Map<string, Suspension[]>();
      // Codes compared as the worker is known, not as typed (case, spaces); the
      // field named is the report's own key, or the communication's code when
      // the report has none.
      const reportedAs = keysByCode(r.hours, facts);
      const workers = new Set([...reportedAs.keys(), ...ofMonth.keys()]);
      for (const code of workers) {
        const key = reportedAs.get(code);
        const reported = key === undefined ? undefined : r.hours[key];
        if (reported === null) continue;
        const mine = ofMonth.get(code) ?? [];
        const planned = mine.reduce((sum, s) => sum + s.hours, 0);
        if (reported === undefined ? sameHours(planned, 0) : sameHours(reported, planned)) continue;
        const communications = mine.length
          ? `le comunicazioni di sospensione di quel mese ne programmano ${hoursText(planned)} (${mine.map((s) => `${span(s)}: ${hoursText(s.hours)}`).join('; ')})`
          : 'per quel mese non c’è alcuna comunicazione di sospensione, quindi il rendiconto è 0';
        report({
          message:
            `Nel rendiconto di ${monthNameIt(r.month)} per ${theWorker(workerByCode(draft, facts)(code))} ` +
            `${reported === undefined ? 'mancano le ore' : `risultano ${hoursText(reported)}`}, ma ${communications}. ` +
            'Correggi le ore del rendiconto oppure, se le sospensioni sono cambiate, invia una nuova comunicazione di sospensione con i dati corretti.',
          fields: [`reports[${i}].hours.${key ?? mine[0].workerFiscalCode}`],
        });
      }
    });
  },
});
