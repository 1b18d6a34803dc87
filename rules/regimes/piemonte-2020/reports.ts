import { defineRule, deadlineStatus } from '../../rule.ts';
import type { Draft } from '../../schema.ts';
import type { Facts } from '../../calc/facts.ts';
import { normalizeFiscalCode } from '../../calc/fiscal-code.ts';
import { formatDateIt, monthNameIt, monthsOfPeriod } from '../../calc/dates.ts';
import { reportOpeningDay } from '../../calc/deadlines.ts';
import type { Piemonte2020Params } from './params.ts';
import { keysByCode, ofWorker, workerSubject } from '../common/labels.ts';
import { formatNumberIt, sameHours } from '../../calc/numbers.ts';
import { REPORT_BLANK, REPORT_MATCHES_REQUEST, REPORT_OPENING, REPORT_ORDER } from './sources.ts';

type Report = NonNullable<Draft['reports']>[number];

/**
 * Where a worker's hours are in a report: the key its code was typed as,
 * compared as the code rules compare codes (case and surrounding spaces make
 * no other worker; see `keysByCode`), or undefined when the report has none
 * for it. An empty code is nobody's, as `workerByCode` has it: a worker row
 * whose code is still empty owns no hours, not even those keyed `''`.
 */
export function reportKey(r: Report, fiscalCode: string, facts: Facts): string | undefined {
  if (fiscalCode && Object.hasOwn(r.hours, fiscalCode)) return fiscalCode; // typed as the worker's own code: nearly always
  const code = normalizeFiscalCode(fiscalCode);
  return code ? keysByCode(r.hours, facts).get(code) : undefined;
}

/** A worker's hours in a report (see `reportKey`); undefined when absent. */
export function hoursOf(r: Report, fiscalCode: string, facts: Facts): number | null | undefined {
  const key = reportKey(r, fiscalCode, facts);
  return key === undefined ? undefined : r.hours[key];
}

/**
 * A monthly report (consuntivo) opens the day after its month ends, or the
 * day after the period's end when that comes earlier in the month. And it is
 * loaded only once the application has been sent ("Quando la domanda è stata
 * trasmessa con successo su Aminder, il datore di lavoro deve imputare … le
 * ore effettive"; "una volta completata la trasmissione dell'istanza").
 * Seed over rules.md, which judges only the opening day: a report sent before
 * the application's `submittedOn` is an error too. Only when both dates are
 * known: the page may not carry the application's `submittedOn`, and a
 * report sent the same day is in order.
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
    'AMINDER apre il consuntivo di un mese solo quando il mese è terminato o, se il periodo finisce prima, dal giorno dopo la data fine, ' +
    'e solo dopo che la domanda è stata trasmessa.',
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
      if (draft.submittedOn !== undefined && r.submittedOn !== undefined && r.submittedOn < draft.submittedOn) {
        report({
          message:
            `Il consuntivo di ${monthNameIt(r.month)} risulta inviato il ${formatDateIt(r.submittedOn)}, prima dell'invio della domanda ` +
            `(${formatDateIt(draft.submittedOn)}): su AMINDER i consuntivi si caricano solo dopo la trasmissione della domanda. ` +
            'Correggere la data di invio del consuntivo o quella della domanda.',
          fields: [`reports[${i}].submittedOn`, 'submittedOn'],
        });
      }
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

/**
 * "Il sistema blocca la compilazione del secondo mese se prima non è stato
 * consuntivato il primo mese": a month's report while an earlier month of the
 * period has none. Seed over rules.md, which names only the missing report:
 * also, when both carry `submittedOn`, a month's report sent
 * before the report of an earlier month of the period (that one was not yet
 * consuntivato). The same day is in order; a report without `submittedOn`
 * is not judged on dates.
 */
export const reportOrder = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/report-order',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'I consuntivi si compilano in ordine di mese',
  source: REPORT_ORDER,
  reasoning: 'AMINDER blocca il consuntivo di un mese se quello del mese precedente del periodo non è stato compilato.',
  check({ draft, report }) {
    const months = monthsOfPeriod(draft.period.start, draft.period.end);
    const reports = draft.reports ?? [];
    const present = new Set(reports.map((r) => r.month));
    reports.forEach((r, i) => {
      const missing = months.find((m) => m < r.month && !present.has(m));
      if (missing) {
        report({
          message:
            `Il consuntivo di ${monthNameIt(r.month)} non può essere compilato prima di quello di ${monthNameIt(missing)}: ` +
            `compilare prima ${monthNameIt(missing)}.`,
          fields: [`reports[${i}].month`],
        });
        return;
      }
      // A period spans two or three months: a plain search is enough.
      const sentOn = r.submittedOn;
      if (sentOn === undefined) return;
      const earlier = reports.find((e) => e.month < r.month && months.includes(e.month) && e.submittedOn !== undefined && e.submittedOn > sentOn);
      if (!earlier) return;
      report({
        message:
          `Il consuntivo di ${monthNameIt(r.month)} risulta inviato il ${formatDateIt(sentOn)}, prima di quello di ` +
          `${monthNameIt(earlier.month)} (${formatDateIt(earlier.submittedOn!)}): AMINDER non consente di compilare un mese ` +
          'prima di aver consuntivato il precedente. Correggere le date di invio dei consuntivi.',
        fields: [`reports[${i}].submittedOn`],
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
  check({ draft, facts, report }) {
    (draft.reports ?? []).forEach((r, i) => {
      const blank = draft.workers.flatMap((w, index) => (hoursOf(r, w.fiscalCode, facts) == null ? [index] : []));
      if (blank.length === 0) return;
      report({
        message:
          `Consuntivo di ${monthNameIt(r.month)}: mancano le ore ${blank.map((index) => ofWorker(draft.workers[index], index)).join(', ')}. ` +
          'Digitare 0 per chi non è stato in CIGD nel mese.',
        fields: blank.map((index) => `reports[${i}].hours.${reportKey(r, draft.workers[index].fiscalCode, facts) ?? draft.workers[index].fiscalCode}`),
      });
    });
  },
});

/**
 * Seed over rules.md (which says "the period is over", i.e. today): an
 * application sent when its period was already over (retroactive: the
 * seed's "se il periodo richiesto fosse già interamente trascorso", said of
 * the first application, "quasi certamente [di] carattere retroattivo")
 * states actual hours, not a forecast: once every month of the period has a
 * report, each worker's reported hours (blank = 0) should equal the hours
 * asked (`requestedHours`, when given). The period counts as over when the
 * application was sent after its end day (`submittedOn`; today for an unsent
 * draft, which would be sent now). An application sent during or before its
 * period asked a forecast and is not compared. Before every report is in, the
 * sums would differ for want of data, not of accuracy.
 */
export const reportMatchesRequest = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/report-matches-request',
  severity: 'warning',
  scope: 'piemonte-2020',
  title: 'A periodo concluso, ore a consuntivo uguali a quelle della domanda',
  source: REPORT_MATCHES_REQUEST,
  reasoning:
    'Se la domanda è inviata quando il periodo richiesto è già interamente trascorso, le ore di CIG indicate nella domanda ' +
    'dovrebbero coincidere con quelle dichiarate a consuntivo; una domanda inviata prima della fine del periodo contiene una previsione.',
  check({ draft, today, facts, report }) {
    const { start, end } = draft.period;
    const sentOn = draft.submittedOn ?? today;
    if (sentOn <= end || end < start) return;
    const when = draft.submittedOn
      ? `La domanda è stata inviata il ${formatDateIt(draft.submittedOn)}, a periodo già concluso (fine ${formatDateIt(end)})`
      : `Il periodo è già concluso (fine ${formatDateIt(end)}) e la domanda non è ancora inviata`;
    const byMonth = new Map<string, Report>();
    for (const r of draft.reports ?? []) if (!byMonth.has(r.month)) byMonth.set(r.month, r);
    const months = monthsOfPeriod(start, end);
    if (!months.every((m) => byMonth.has(m))) return;
    draft.workers.forEach((w, i) => {
      if (w.requestedHours === undefined) return;
      const reported = months.reduce((sum, m) => sum + (hoursOf(byMonth.get(m)!, w.fiscalCode, facts) ?? 0), 0);
      if (sameHours(reported, w.requestedHours)) return;
      report({
        message:
          `${workerSubject(w, i)}: nella domanda ${formatNumberIt(w.requestedHours)} ore, a consuntivo ${formatNumberIt(reported)}. ` +
          `${when}: le ore della domanda devono coincidere con il consuntivo. Correggere le ore richieste.`,
        fields: [`workers[${i}].requestedHours`],
      });
    });
  },
});
