/** What the lombardia-2012 rules share: a communication's place in the draft and in the calendar. */
import type { Draft } from '../../schema.ts';
import type { Facts } from '../../calc/facts.ts';
import { addDays, formatDateIt, lastDayOfMonth, maxDate, mondayOf, monthOf, type IsoDate } from '../../calc/dates.ts';
import { isWorkingDay } from '../../calc/holidays.ts';
import { paramsAt } from '../../params.ts';
import { lombardia2012Params, type Lombardia2012Params } from './params.ts';
import { normalizeFiscalCode } from '../../calc/fiscal-code.ts';

export type Suspension = NonNullable<Draft['suspensions']>[number];

/** The rules in force on a communication's own start. */
export const paramsOn = (date: IsoDate): Lombardia2012Params => paramsAt(lombardia2012Params, date);

export const span = (s: Suspension) => `dal ${formatDateIt(s.start)} al ${formatDateIt(s.end)}`;

/** A communication belongs to the month it starts in (one spanning two months is itself an error). */
export const monthOfSuspension = (s: Suspension) => monthOf(s.start);

/** First and last working day of the month holding `date`. */
function workingDaysOfMonth(date: IsoDate): { first: IsoDate; last: IsoDate } {
  let first = `${monthOf(date)}-01`;
  while (!isWorkingDay(first)) first = addDays(first, 1);
  let last = lastDayOfMonth(monthOf(date));
  while (!isWorkingDay(last)) last = addDays(last, -1);
  return { first, last };
}

/**
 * A worker suspended at zero hours for a long period may be communicated for
 * "un periodo equivalente al mese": the seed's examples run from the month's
 * first working day to its last (02/05/2012–31/05/2012, 01/06/2012–29/06/2012).
 */
export function isWholeMonth(s: Suspension): boolean {
  if (monthOf(s.start) !== monthOf(s.end)) return false;
  const { first, last } = workingDaysOfMonth(s.start);
  return s.start <= first && s.end >= last;
}

/**
 * A communication with what `corrects` reads of it, worked out once: the
 * comparisons run for every pair of a worker's communications close in time.
 * `byMonth`: corrected within its month (before the weekly rules, or a
 * zero-hour suspension for the whole month) rather than within its week.
 */
type Placed = { s: Suspension; index: number; weekly: boolean; byMonth: boolean; month: string; monday: IsoDate };

function placed(s: Suspension, index: number): Placed {
  const weekly = paramsOn(s.start).weekly;
  return { s, index, weekly, byMonth: !weekly || isWholeMonth(s), month: monthOf(s.start), monday: mondayOf(s.start) };
}

/**
 * Whether `later` (sent after `earlier`) corrects it rather than being a new
 * communication: the same worker (the caller groups by worker), the same rules
 * version (the first quarter's and 1-15 April's communications are not
 * corrected by a weekly one), and the period the earlier one is for. From
 * 16/04/2012 a communication is for a week ("il periodo settimanale"): one
 * starting in the week (Monday–Sunday) of the earlier one's start corrects it.
 * Before, and for a zero-hour suspension for "un periodo equivalente al mese",
 * a month may hold several valid communications ("saranno ritenute valide se il
 * periodo di riferimento massimo è il mese"), so only one of the same month
 * whose days overlap the earlier one's corrects it. A communication that
 * corrects nothing is a new one, judged on its own and with its own hours.
 */
function corrects(later: Placed, earlier: Placed): boolean {
  if (earlier.weekly !== later.weekly) return false;
  if (earlier.byMonth) {
    return later.month === earlier.month && later.s.start <= earlier.s.end && earlier.s.start <= later.s.end;
  }
  return later.monday === earlier.monday;
}

/**
 * The calendar as the Region keeps it. `effective`: the communications that
 * count, in the draft's order; one corrected by a later one for the same
 * worker has been replaced by it (the later in the draft when sent the same
 * day), while a new communication, even overlapping, is kept. `corrections`:
 * each one sent on a later day than another for the same worker that it
 * `corrects` (same week, or same month for the month-long ones);
 * `suspension-in-advance` judges the original, not the correction.
 */
export type Calendar = { effective: Suspension[]; corrections: Set<Suspension> };

/**
 * Corrections among the communications (seed 004: errors "relativi all’inserimento dei periodi o delle ore"
 * are corrected "semplicemente inviando una nuova comunicazione di sospensione con i dati corretti"):
 * a communication is replaced by one sent later for the same worker that `corrects` it (starts in the
 * week, or month, it was for); of two sent the same day, the later in the draft counts. A
 * communication is a correction when it corrects one sent on an earlier day.
 *
 * One pass per worker over the calendar sorted by start, looking only at the communications that
 * start by the end of this one's month (no correction starts later): not one pass per communication,
 * since the rules run on every keystroke and a large firm's calendar holds a communication per
 * worker and week.
 */
export function calendarOf(all: readonly Suspension[]): Calendar {
  const replaced = new Set<Suspension>();
  const corrections = new Set<Suspension>();
  const byWorker = new Map<string, { s: Suspension; index: number }[]>();
  all.forEach((s, index) => {
    if (s.end < s.start) return; // no period to correct (an inverted one is reported on its own)
    // By the code as the worker is known, not as typed: "rssmra…" is Mario Rossi too.
    const code = normalizeFiscalCode(s.workerFiscalCode);
    // An empty code is nobody's: two rows still without one need not be the same worker, so neither corrects the other.
    if (!code) return;
    const mine = byWorker.get(code);
    if (mine) mine.push({ s, index });
    else byWorker.set(code, [{ s, index }]);
  });
  for (const entries of byWorker.values()) {
    if (entries.length < 2) continue;
    const mine = entries.map(({ s, index }) => placed(s, index));
    mine.sort((a, b) => (a.s.start < b.s.start ? -1 : a.s.start > b.s.start ? 1 : a.index - b.index));
    for (let i = 0; i < mine.length; i++) {
      const a = mine[i];
      // Sorted by start: b starts on or after a; a correction starts in a's week or month.
      const horizon = maxDate(lastDayOfMonth(a.month), addDays(a.monday, 6));
      for (let j = i + 1; j < mine.length && mine[j].s.start <= horizon; j++) {
        const b = mine[j];
        const bLater = b.s.sentOn > a.s.sentOn || (b.s.sentOn === a.s.sentOn && b.index > a.index);
        const [earlier, later] = bLater ? [a, b] : [b, a];
        if (!corrects(later, earlier)) continue;
        replaced.add(earlier.s);
        if (later.s.sentOn > earlier.s.sentOn) corrections.add(later.s);
      }
    }
  }
  return { effective: all.filter((s) => !replaced.has(s)), corrections };
}

/** The draft's calendar (`calendarOf`), worked out once per check for all the rules that read it. */
export function calendar(draft: Draft, facts: Facts): Calendar {
  return facts.memo('lombardia-2012/calendar', () => calendarOf(draft.suspensions ?? []));
}
