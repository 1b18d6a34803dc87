/**
 * Day counts of the 9-week budget (seed 001, "Caratteristiche del periodo"):
 * calendar days with both ends counted.
 */
import { addDays, daysInclusive, minDate, type IsoDate } from './dates.ts';

export type Period = { start: IsoDate; end: IsoDate };

/** Calendar days of one application, both ends counted; 0 when the end precedes the start. */
export function applicationDays(period: Period): number {
  return Math.max(0, daysInclusive(period.start, period.end));
}

/** Days already asked in earlier applications. */
export function daysUsedBefore(previous: readonly Period[]): number {
  return previous.reduce((sum, p) => sum + applicationDays(p), 0);
}

/** What `latestEnd` answers: the last end date, or why there is none. */
export type LatestEnd =
  | { kind: 'ends-by'; date: IsoDate }
  | { kind: 'none-left' }
  | { kind: 'too-few-left'; daysLeft: number };

/**
 * The last end date of an application starting on `start`, or why there is
 * none. The end must keep the application within `maxApplicationDays` and
 * the total within `totalDays`, and the application must last at least
 * `minApplicationDays`:
 * - `ends-by`: the earlier of the two limits;
 * - `none-left`: the earlier applications used the whole total;
 * - `too-few-left`: some days are left, fewer than the shortest application
 *   (3 left of 63, minimum 5: a 3-day application is too short, a 5-day one
 *   goes past 63). Callers word the two cases apart: "esaurite" is not
 *   "restano solo 3 giorni".
 */
export function latestEnd(
  start: IsoDate,
  usedBefore: number,
  limits: { totalDays: number; maxApplicationDays: number; minApplicationDays: number },
): LatestEnd {
  const left = limits.totalDays - usedBefore;
  if (left <= 0) return { kind: 'none-left' };
  if (left < limits.minApplicationDays) return { kind: 'too-few-left', daysLeft: left };
  const byApplication = addDays(start, limits.maxApplicationDays - 1);
  const byTotal = addDays(start, left - 1);
  return { kind: 'ends-by', date: minDate(byApplication, byTotal) };
}
