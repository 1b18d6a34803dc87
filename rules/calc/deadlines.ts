/**
 * The dates of a Piemonte 2020 application (seed 001): when it must be sent,
 * when each monthly report (consuntivo) opens, when the SR41 forms are due.
 */
import {
  addDays, addMonths, daysBetween, addMonthsToDate, lastDayOfMonth, monthOf, type IsoDate, type IsoMonth,
} from './dates.ts';

/**
 * "entro la fine del secondo mese successivo a quello di inizio": the last day
 * of the `monthsAfter`-th month after the start month (start in March → 31 May).
 */
export function submissionDeadline(start: IsoDate, monthsAfter: number): IsoDate {
  return lastDayOfMonth(addMonths(monthOf(start), monthsAfter));
}

/**
 * The first day a month's report can be filled: the day after the month ends
 * or, when the period ends earlier in that month, the day after the period's end.
 */
export function reportOpeningDay(month: IsoMonth, periodEnd: IsoDate): IsoDate {
  const monthEnd = lastDayOfMonth(month);
  const closes = monthOf(periodEnd) === month && periodEnd < monthEnd ? periodEnd : monthEnd;
  return addDays(closes, 1);
}

/**
 * "entro il termine massimo di sei mesi dalla fine del periodo": the same day
 * `months` months after the end, clamped to the month's last day
 * (31/08 → 28/02 or 29/02).
 */
export function sr41Deadline(periodEnd: IsoDate, months: number): IsoDate {
  return addMonthsToDate(periodEnd, months);
}

/**
 * "entro N giorni dall'inizio" (Piemonte 2016-17 cross-year applications,
 * Lombardia 2012): the Nth day after the start is the last in time. `late`
 * when sent after it, or unsent with today past it; then `earliestStart` is
 * the earliest start the sending day (or today) still allows, and
 * `daysAfterStart` how late it was sent.
 */
export function submissionWindow(start: IsoDate, days: number, submittedOn: IsoDate | undefined, today: IsoDate) {
  const due = addDays(start, days);
  const on = submittedOn ?? today;
  return {
    due,
    late: on > due,
    earliestStart: addDays(on, -days),
    daysAfterStart: submittedOn === undefined ? undefined : daysBetween(start, submittedOn),
  };
}
