import { defineRule, deadlineStatus } from '../../rule.ts';
import type { Draft } from '../../schema.ts';
import { formatDateIt, monthNameIt, monthsOfPeriod } from '../../calc/dates.ts';
import { reportOpeningDay } from '../../calc/deadlines.ts';
import type { Piemonte2020Params } from './params.ts';
import { workerLabel } from '../common/labels.ts';
import { formatNumberIt, sameHours } from '../../calc/numbers.ts';
import { REPORT_BLANK, REPORT_MATCHES_REQUEST, REPORT_OPENING, REPORT_ORDER } from './sources.ts';

type Report = NonNullable<Draft['reports']>[number];

/** A worker's hours in a report; undefined when absent (own keys only: a fiscal code is no prototype key). */
export function hoursOf(r: Report, fiscalCode: string): number | null | undefined {
  return Object.hasOwn(r.hours, fiscalCode) ? r.hours[fiscalCode] : undefined;
}

/**
 * A monthly report (consuntivo) opens the day after its month ends, or the
 * day after the period's end when that comes earlier in the month.
 *
 * Deadlines `report-YYYY-MM`, one per month of the period, dated the opening
 * day. There is no closing date in the seed ("vanno effettuati al più
 * presto"), so the status says what to do: `met` once the month's report is
 * sent (`submittedOn`); otherwise `future` until 7 days before opening, then
 * `due-soon` — also once open and still unsent, since the Region authorises
 * only when every report is in.
 */
export const reportNotYetOpen = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/report-not-yet-open',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Il consuntivo mensile si compila solo a mese concluso',
  source: REPORT_OPENING,
  reasoning:
    'AMINDER apre il consuntivo di un mese solo quando il mese è terminato o, se il periodo finisce prima, dal giorno dopo la data fine.',
  check({ draft, params, today, report, deadline }) {
    const { start, end } = draft.period;
    const reports = draft.reports ?? [];
    for (const month of monthsOfPeriod(start, end)) {
      const opens = reportOpeningDay(month, end);
      const sent = reports.find((r) => r.month === month && r.submittedOn !== undefined);
      const status = sent ? 'met' : deadlineStatus(opens, today, undefined, params.dueSoonDays);
      deadline({
        id: `report-${month}`,
        date: opens,
        label: `Apertura del consuntivo di ${monthNameIt(month)}`,
        status: status === 'missed' ? 'due-soon' : status,
      });
    }
    reports.forEach((r, i) => {
      const opens = reportOpeningDay(r.month, end);
      const filledOn = r.submittedOn ?? today;
      if (filledOn >= opens) return;
      report({
        message:
          `Il consuntivo di ${monthNameIt(r.month)} si può compilare solo dal ${formatDateIt(opens)}` +
          (r.submittedOn ? `, non il ${formatDateIt(r.submittedOn)}` : '') +
          ': attendere la fine del mese (o del periodo).',
        fields: [r.submittedOn ? `reports[${i}].submittedOn` : `reports[${i}].month`],
      });
    });
  },
});

export const reportOrder = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/report-order',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'I consuntivi si compilano in ordine di mese',
  source: REPORT_ORDER,
  reasoning: 'AMINDER blocca il consuntivo di un mese se quello del mese precedente del periodo non è stato compilato.',
  check({ draft, report }) {
    const months = monthsOfPeriod(draft.period.start, draft.period.end);
    const present = new Set((draft.reports ?? []).map((r) => r.month));
    (draft.reports ?? []).forEach((r, i) => {
      const missing = months.find((m) => m < r.month && !present.has(m));
      if (!missing) return;
      report({
        message:
          `Il consuntivo di ${monthNameIt(r.month)} non può essere compilato prima di quello di ${monthNameIt(missing)}: ` +
          `compilare prima ${monthNameIt(missing)}.`,
        fields: [`reports[${i}].month`],
      });
    });
  },
});

export const reportBlank = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/report-blank',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Nel consuntivo va digitato zero, mai lasciato vuoto',
  source: REPORT_BLANK,
  reasoning: 'Nel consuntivo mensile è obbligatorio digitare zero per i lavoratori che non sono stati in CIGD in quel mese.',
  check({ draft, report }) {
    (draft.reports ?? []).forEach((r, i) => {
      const blank = draft.workers.filter((w) => hoursOf(r, w.fiscalCode) == null);
      if (blank.length === 0) return;
      report({
        message:
          `Consuntivo di ${monthNameIt(r.month)}: mancano le ore di ${blank.map(workerLabel).join(', ')}. ` +
          'Digitare 0 per chi non è stato in CIGD nel mese.',
        fields: blank.map((w) => `reports[${i}].hours.${w.fiscalCode}`),
      });
    });
  },
});

/**
 * Once the period is over (today after its end) and every month of it has a
 * report, each worker's reported hours (blank = 0) should equal the hours
 * asked in the application (`requestedHours`, when given). Before every
 * report is in, the sums would differ for want of data, not of accuracy.
 */
export const reportMatchesRequest = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/report-matches-request',
  severity: 'warning',
  scope: 'piemonte-2020',
  title: 'A periodo concluso, ore a consuntivo uguali a quelle della domanda',
  source: REPORT_MATCHES_REQUEST,
  reasoning:
    'Se il periodo richiesto è già trascorso, le ore di CIG indicate nella domanda dovrebbero coincidere con quelle dichiarate a consuntivo.',
  check({ draft, today, report }) {
    const { start, end } = draft.period;
    if (today <= end || end < start) return;
    const byMonth = new Map<string, Report>();
    for (const r of draft.reports ?? []) if (!byMonth.has(r.month)) byMonth.set(r.month, r);
    const months = monthsOfPeriod(start, end);
    if (!months.every((m) => byMonth.has(m))) return;
    draft.workers.forEach((w, i) => {
      if (w.requestedHours === undefined) return;
      const reported = months.reduce((sum, m) => sum + (hoursOf(byMonth.get(m)!, w.fiscalCode) ?? 0), 0);
      if (sameHours(reported, w.requestedHours)) return;
      report({
        message:
          `${workerLabel(w)}: nella domanda ${formatNumberIt(w.requestedHours)} ore, a consuntivo ${formatNumberIt(reported)}. ` +
          'A periodo concluso le ore della domanda devono coincidere con il consuntivo: correggere le ore richieste.',
        fields: [`workers[${i}].requestedHours`],
      });
    });
  },
});
