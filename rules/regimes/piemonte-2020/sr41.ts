import { defineRule, deadlineStatus } from '../../rule.ts';
import { formatDateIt, monthNameIt, monthsOfPeriod } from '../../calc/dates.ts';
import { sr41Deadline } from '../../calc/deadlines.ts';
import type { Draft } from '../../schema.ts';
import type { Facts } from '../../calc/facts.ts';
import { normalizeFiscalCode } from '../../calc/fiscal-code.ts';
import type { Piemonte2020Params } from './params.ts';
import { hoursOf } from './reports.ts';
import { ofWorker, workerByCode } from '../common/labels.ts';
import { formatNumberIt, sameHours } from '../../calc/numbers.ts';
import { SR41_DEADLINE, SR41_IBAN, SR41_MATCHES_REPORT } from './sources.ts';

type Form = NonNullable<Draft['sr41']>[number];

/**
 * The forms owed: one per worker of the application (by index) and month of
 * the period with hours reported above zero, plus whatever forms the draft
 * already has. A form counts for a worker whatever the case and spaces of the
 * code typed in it, as the code rules compare codes.
 */
function missingForms(draft: Draft, facts: Facts): { index: number; month: string }[] {
  // Code → months with a form; no key strings built per worker and month.
  const have = new Map<string, Set<string>>();
  for (const f of draft.sr41 ?? []) {
    const code = normalizeFiscalCode(f.workerFiscalCode);
    const months = have.get(code);
    if (months) months.add(f.month);
    else have.set(code, new Set([f.month]));
  }
  const codes = draft.workers.map((w) => normalizeFiscalCode(w.fiscalCode));
  const months = new Set(monthsOfPeriod(draft.period.start, draft.period.end));
  const missing: { index: number; month: string }[] = [];
  for (const r of draft.reports ?? []) {
    if (!months.has(r.month)) continue;
    draft.workers.forEach((w, index) => {
      const h = hoursOf(r, w.fiscalCode, facts);
      if (h != null && h > 0 && !have.get(codes[index])?.has(r.month)) missing.push({ index, month: r.month });
    });
  }
  return missing;
}

/**
 * Whether no form is owed at all: every month of the period has its report
 * sent to the Region, and every worker's hours in it are written and zero
 * (nobody was placed in CIGD, so there is nothing to ask INPS to pay). A
 * month without its report, a report not sent yet (its hours may still
 * change), or hours left blank may still owe forms.
 */
function noFormOwed(draft: Draft, facts: Facts): boolean {
  const reports = draft.reports ?? [];
  return monthsOfPeriod(draft.period.start, draft.period.end).every((month) => {
    const r = reports.find((report) => report.month === month);
    return r?.submittedOn !== undefined && draft.workers.every((w) => hoursOf(r, w.fiscalCode, facts) === 0);
  });
}

/**
 * SR41 within 6 months of the period's end. Deadline `sr41`: met when every
 * form owed is sent by then (date of the last one), or when none is owed
 * (every report of the period says zero hours), missed otherwise once the
 * date is past. The error, once missed, lists the forms not sent, those
 * missing and — beyond rules.md's "not all sent", following the seed's
 * "entro il termine" — those sent late: the payment then falls on the employer.
 */
export const sr41DeadlineRule = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/sr41-deadline',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Moduli SR41 all\'INPS entro 6 mesi dalla fine del periodo',
  source: SR41_DEADLINE,
  reasoning:
    'Se i moduli SR41 non arrivano all\'INPS entro sei mesi dalla fine del periodo, il pagamento della prestazione e dei contributi passa al datore di lavoro.',
  check({ draft, params, today, facts, report, deadline }) {
    const due = sr41Deadline(draft.period.end, params.sr41MonthsAfterEnd);
    const forms = draft.sr41 ?? [];
    const missing = missingForms(draft, facts);
    const allSent = forms.length > 0 && missing.length === 0 && forms.every((f) => f.sentOn !== undefined);
    const lastSent = allSent ? forms.reduce((last, f) => (f.sentOn! > last ? f.sentOn! : last), forms[0].sentOn!) : undefined;
    // "un modulo per ogni dipendente in CIGD": with no hour of CIGD in any report, none is owed.
    // (A form missing means hours of CIGD somewhere: no need to walk the reports again.)
    const noneOwed = forms.length === 0 && missing.length === 0 && noFormOwed(draft, facts);
    const status = noneOwed ? 'met' : deadlineStatus(due, today, lastSent, params.dueSoonDays);
    deadline({ id: 'sr41', date: due, label: 'Invio dei moduli SR41 all\'INPS', status });
    if (status !== 'missed') return;

    const problems: string[] = [];
    const fields: string[] = [];
    const find = workerByCode(draft, facts);
    if (forms.length === 0) {
      problems.push('nessun modulo SR41 è stato inviato');
      fields.push('sr41');
    }
    forms.forEach((f, i) => {
      if (f.sentOn === undefined) {
        problems.push(`non è stato inviato l'SR41 di ${monthNameIt(f.month)} ${ofWorker(find(f.workerFiscalCode))}`);
        fields.push(`sr41[${i}].sentOn`);
      } else if (f.sentOn > due) {
        problems.push(`è stato inviato il ${formatDateIt(f.sentOn)} l'SR41 di ${monthNameIt(f.month)} ${ofWorker(find(f.workerFiscalCode))}`);
        fields.push(`sr41[${i}].sentOn`);
      }
    });
    if (missing.length > 0) {
      problems.push(`mancano gli SR41 ${missing.map((m) => `${ofWorker(draft.workers[m.index], m.index)} per ${monthNameIt(m.month)}`).join(', ')}`);
      fields.push('sr41');
    }
    report({
      message:
        `Il termine per inviare gli SR41 all'INPS era il ${formatDateIt(due)} (6 mesi dalla fine del periodo): ${problems.join('; ')}. ` +
        'Il pagamento della prestazione e dei contributi passa a carico del datore di lavoro.',
      fields: [...new Set(fields)],
    });
  },
});

export const sr41MatchesReport = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/sr41-matches-report',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Ore dell\'SR41 uguali a quelle del consuntivo',
  source: SR41_MATCHES_REPORT,
  reasoning:
    'Le ore chieste all\'INPS con l\'SR41 devono coincidere con quelle dichiarate alla Regione nel consuntivo: se differiscono, il pagamento viene sospeso.',
  check({ draft, facts, report }) {
    const byMonth = new Map<string, NonNullable<Draft['reports']>[number]>();
    for (const r of draft.reports ?? []) if (!byMonth.has(r.month)) byMonth.set(r.month, r);
    const find = workerByCode(draft, facts);
    (draft.sr41 ?? []).forEach((f: Form, i) => {
      const r = byMonth.get(f.month);
      const reported = r ? hoursOf(r, f.workerFiscalCode, facts) : undefined;
      if (reported == null || sameHours(reported, f.hours)) return;
      report({
        message:
          `L'SR41 di ${monthNameIt(f.month)} ${ofWorker(find(f.workerFiscalCode))} indica ${formatNumberIt(f.hours)} ore, ` +
          `ma il consuntivo ne dichiara ${formatNumberIt(reported)}. Allineare le ore, altrimenti l'INPS sospende il pagamento.`,
        fields: [`sr41[${i}].hours`],
      });
    });
  },
});

export const sr41Iban = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/sr41-iban',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Ogni SR41 con l\'IBAN del lavoratore',
  source: SR41_IBAN,
  reasoning: 'Ogni modulo SR41 deve indicare l\'IBAN su cui pagare il lavoratore: senza, l\'integrazione salariale non può essere liquidata.',
  check({ draft, facts, report }) {
    const find = workerByCode(draft, facts);
    (draft.sr41 ?? []).forEach((f, i) => {
      if (f.iban?.trim()) return;
      // The IBAN of the worker's record is pointed at, never printed (personal data stays out of messages).
      const found = find(f.workerFiscalCode);
      const onRecord = found?.worker?.iban?.trim();
      report({
        message:
          `L'SR41 di ${monthNameIt(f.month)} ${ofWorker(found)} è senza IBAN: indicare il codice IBAN del lavoratore` +
          (onRecord ? ' (è già indicato nei dati del lavoratore nella domanda: se è quello giusto, riportarlo nel modulo).' : '.'),
        fields: [`sr41[${i}].iban`],
      });
    });
  },
});
