/**
 * The checks AMINDER itself makes, according to the seeds, and no others: the
 * replica must behave like the portal, so that a trainee sees what the portal
 * lets through (that is where the extension earns its keep).
 *
 * Seed 001 (2020): "blocca la data fine se questa cade oltre il limite dei 63
 * giorni", "oltre i 35 giorni o se il periodo è inferiore a 5 giorni",
 * "impedisce di inserire lavoratori assunti dopo il 23 febbraio", "richiede
 * obbligatoriamente l'upload di almeno un file pdf", "blocca la compilazione
 * del secondo mese se prima non è stato consuntivato il primo", "è
 * obbligatorio digitare zero", the monthly form "non può essere compilato se
 * non termina la mensilità" (or, when the period ends earlier, from the day
 * after its end).
 * Seed 002 (2016-17): the blocks were lifted for applications starting in
 * 2017 ("non sarà possibile introdurre dei controlli o verifiche bloccanti"),
 * so the 2020 blocks apply only to periods starting in 2020. What the seed
 * gives as a property of the application itself stays, whatever the year:
 * "L'applicativo gestionale Aminder non consente, per le impostazioni
 * adottate, di presentare istanze a cavallo fra due annualità" (12/12/2016),
 * i.e. "con data di inizio nel 2016 e data fine nel 2017" (05/12/2016): start
 * and end must fall in the same calendar year.
 */
import {
  addDays, daysInclusive, formatDateIt, lastDayOfMonth, minDate, monthNameIt, parseDateIt, yearOf,
} from '../../rules/calc/dates.ts';

export const AMINDER_2020 = {
  firstDay: '2020-02-23',          // workers must be in forza on this day
  maxApplicationDays: 35,
  minApplicationDays: 5,
  maxTotalDays: 63,
} as const;

export type PortalError = { field?: string; message: string };

/** Whether the 2020 blocks apply: a period starting in 2020. */
export function aminder2020Applies(startIso: string | null): boolean {
  return !!startIso && startIso.startsWith('2020-');
}

/** A dd/MM/yyyy field: blank is allowed here (required fields are checked on sending). */
export function dateError(field: string, label: string, text: string | undefined): PortalError | null {
  if (!text || !text.trim()) return null;
  return parseDateIt(text) ? null : { field, message: `${label}: data non valida, utilizzare il formato gg/mm/aaaa.` };
}

/**
 * The period checks: 5..35 days in one application, 63 in all the applications
 * of the same company. `otherDays` is the days of the company's other sent applications.
 */
export function periodErrors(startText: string, endText: string, otherDays: number): PortalError[] {
  const start = parseDateIt(startText ?? '');
  const end = parseDateIt(endText ?? '');
  if (!start || !end) return [];
  if (end < start) {
    return [{ field: 'dataFine', message: 'Data fine periodo: la data fine non può essere precedente alla data inizio.' }];
  }
  const errors: PortalError[] = [];
  const crossYear = crossYearError(start, end);
  if (crossYear) errors.push(crossYear);
  if (!aminder2020Applies(start)) return errors;
  const days = daysInclusive(start, end);
  if (days > AMINDER_2020.maxApplicationDays) {
    errors.push({
      field: 'dataFine',
      message: `Data fine periodo: la durata massima di una domanda è di ${AMINDER_2020.maxApplicationDays} giorni di calendario `
        + `(periodo indicato: ${days} giorni). La data fine non può essere successiva al `
        + `${formatDateIt(addDays(start, AMINDER_2020.maxApplicationDays - 1))}.`,
    });
  } else if (days < AMINDER_2020.minApplicationDays) {
    errors.push({
      field: 'dataFine',
      message: `Data fine periodo: la durata minima di una domanda è di ${AMINDER_2020.minApplicationDays} giorni `
        + `(periodo indicato: ${days} giorni).`,
    });
  }
  const left = AMINDER_2020.maxTotalDays - otherDays;
  if (days + otherDays > AMINDER_2020.maxTotalDays) {
    errors.push({
      field: 'dataFine',
      message: `Data fine periodo: superato il limite complessivo di ${AMINDER_2020.maxTotalDays} giorni (9 settimane). `
        + `Giorni già richiesti nelle altre domande: ${otherDays}; giorni ancora disponibili: ${Math.max(0, left)}`
        + (left > 0 ? `; data fine massima ${formatDateIt(addDays(start, left - 1))}.` : '.'),
    });
  }
  return errors;
}

/**
 * AMINDER manages each annualità on its own (seed 002): a period whose end
 * falls in a later calendar year than its start cannot be presented.
 */
function crossYearError(startIso: string, endIso: string): PortalError | null {
  const from = yearOf(startIso);
  const to = yearOf(endIso);
  if (to <= from) return null;
  return {
    field: 'dataFine',
    message: `Data fine periodo: non è possibile presentare domande a cavallo fra due annualità (data inizio nel ${from}, `
      + `data fine nel ${to}). La data fine non può essere successiva al ${formatDateIt(`${from}-12-31`)}.`,
  };
}

/** Days of a sent application, for the 63-day sum (0 when its dates are unreadable). */
export function applicationDays(startText: string, endText: string): number {
  const start = parseDateIt(startText ?? '');
  const end = parseDateIt(endText ?? '');
  return start && end && end >= start ? daysInclusive(start, end) : 0;
}

/** A worker hired after 23/02/2020 cannot be inserted (2020 periods only). */
export function hiredOnError(row: number, hiredText: string, periodStartText: string): PortalError | null {
  const hired = parseDateIt(hiredText ?? '');
  const start = parseDateIt(periodStartText ?? '');
  if (!hired || !aminder2020Applies(start)) return null;
  if (hired > AMINDER_2020.firstDay) {
    return {
      field: `lav-${row}-assunzione`,
      message: `Lavoratore ${row + 1}: non è possibile inserire lavoratori assunti dopo il `
        + `${formatDateIt(AMINDER_2020.firstDay)} (data assunzione ${formatDateIt(hired)}).`,
    };
  }
  return null;
}

export function pdfError(pdfCount: number): PortalError | null {
  return pdfCount > 0 ? null
    : { field: 'allegato', message: 'Per inviare la domanda è obbligatorio caricare almeno un file PDF nella sezione Allegati.' };
}

/** A real PDF starts with "%PDF-". */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-';
}

/**
 * The day from which a month's consuntivo can be typed: the day after the
 * month ends or, when the period ends before, the day after the period's end.
 */
export function reportOpensOn(month: string, periodEnd: string): string {
  return addDays(minDate(lastDayOfMonth(month), periodEnd), 1);
}

/** Checks on sending one month's consuntivo; `hours` are the typed cells (one per worker). */
export function reportErrors(o: {
  month: string; months: string[]; sentMonths: string[]; periodEnd: string; today: string;
  hours: { worker: string; text: string }[];
}): PortalError[] {
  const idx = o.months.indexOf(o.month);
  if (idx < 0) return [{ message: `Il mese ${monthNameIt(o.month)} non rientra nel periodo della domanda.` }];
  const previous = o.months.slice(0, idx).find((m) => !o.sentMonths.includes(m));
  if (previous) {
    return [{
      message: `Non è possibile consuntivare ${monthNameIt(o.month)}: occorre prima consuntivare ${monthNameIt(previous)}.`,
    }];
  }
  const opens = reportOpensOn(o.month, o.periodEnd);
  if (o.today < opens) {
    return [{
      message: `Il consuntivo di ${monthNameIt(o.month)} potrà essere compilato a partire dal ${formatDateIt(opens)}.`,
    }];
  }
  const errors: PortalError[] = [];
  for (const c of o.hours) {
    const t = c.text.trim();
    if (t === '') {
      errors.push({ message: `Ore di ${monthNameIt(o.month)} per ${c.worker}: campo obbligatorio, digitare 0 se il lavoratore non è stato collocato in CIGD nel mese.` });
    } else if (!/^\d+([.,]\d{1,2})?$/.test(t)) {
      errors.push({ message: `Ore di ${monthNameIt(o.month)} per ${c.worker}: valore non valido (${t}).` });
    }
  }
  return errors;
}
