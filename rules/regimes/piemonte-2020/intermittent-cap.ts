import { defineRule } from '../../rule.ts';
import { intermittentCap } from '../../calc/intermittent.ts';
import type { Piemonte2020Params } from './params.ts';
import { workerSubject } from '../common/labels.ts';
import { INTERMITTENT } from './sources.ts';

/**
 * ceil(ceil(days worked in the last 12 months / 12) × 63 / 30) CIGD days over
 * the 9 weeks, never more than their 63 days (`intermittentNineWeeksDays`).
 * Seed over rules.md (its formula has no ceiling): the seed's figure is
 * "riproporzionato sul periodo massimo di nove settimane", so 365 days worked
 * (31 a month, 65,1 → 66) give 63. Not admissible when never called before the cause or with no
 * day worked (no pay to integrate). `computed.intermittentCaps` keyed by
 * fiscal code (0 = not admissible), always given for this regime.
 */
export default defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/intermittent-cap',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Giornate massime di CIGD per i lavoratori intermittenti',
  source: INTERMITTENT,
  reasoning:
    'Un intermittente può avere al massimo, sulle 9 settimane, la media mensile delle giornate lavorate negli ultimi 12 mesi ' +
    '(arrotondata per eccesso) riportata a 63/30; se non ha risposto a nessuna chiamata prima della causa non c\'è retribuzione da integrare.',
  check({ draft, params, report, compute }) {
    const limits = {
      nineWeeksDays: params.intermittentNineWeeksDays,
      monthDays: params.intermittentMonthDays,
      monthsPerYear: params.intermittentMonthsPerYear,
    };
    const caps: Record<string, number> = {};
    draft.workers.forEach((w, i) => {
      if (w.contract !== 'intermittent') return;
      if (!w.intermittent) {
        report({
          severity: 'warning',
          message:
            `${workerSubject(w, i)} è intermittente: indicare le giornate lavorate negli ultimi 12 mesi e se ha risposto a una chiamata ` +
            'prima della causa, per calcolare le giornate di CIGD ammesse.',
          fields: [`workers[${i}].intermittent`],
        });
        return;
      }
      const { daysWorkedLast12Months: days, calledBeforeCause } = w.intermittent;
      const result = intermittentCap(days, calledBeforeCause, limits);
      caps[w.fiscalCode] = result.cap;
      if (!result.admissible) {
        report({
          message:
            `${workerSubject(w, i)} è intermittente e ` +
            (calledBeforeCause ? 'non ha lavorato alcuna giornata negli ultimi 12 mesi' : 'non ha risposto ad alcuna chiamata prima della causa') +
            ': non c\'è retribuzione da integrare, non può accedere alla CIGD. Toglierlo dalla domanda.',
          fields: [calledBeforeCause ? `workers[${i}].intermittent.daysWorkedLast12Months` : `workers[${i}].intermittent.calledBeforeCause`],
        });
        return;
      }
      if (w.cigdDays !== undefined && w.cigdDays > result.cap) {
        report({
          message:
            `${workerSubject(w, i)} è intermittente: con ${days} giornate lavorate negli ultimi 12 mesi può avere al massimo ` +
            `${result.cap} giornate di CIGD nelle 9 settimane (` +
            (result.capped
              ? `${result.monthlyDays} al mese × ${limits.nineWeeksDays}/${limits.monthDays} supera le ${limits.nineWeeksDays} giornate delle 9 settimane), `
              : `${result.monthlyDays} al mese × ${limits.nineWeeksDays}/${limits.monthDays}), `) +
            `non ${w.cigdDays}. Ridurre le giornate a ${result.cap}.`,
          fields: [`workers[${i}].cigdDays`],
        });
      }
    });
    compute('intermittentCaps', caps);
  },
});
