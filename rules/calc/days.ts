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

/**
 * The last end date that keeps one application within `maxApplicationDays`
 * and the total within `totalDays`; null when no end date passes both the
 * total and the application's own length, `minApplicationDays` to
 * `maxApplicationDays`: no day left, or fewer days left than the shortest
 * application (3 left of 63, minimum 5: a 3-day application is too short, a
 * 5-day one goes past 63).
 */
export function latestEnd(
  start: IsoDate,
  usedBefore: number,
  limits: { totalDays: number; maxApplicationDays: number; minApplicationDays: number },
): IsoDate | null {
  const left = limits.totalDays - usedBefore;
  if (left <= 0 || left < limits.minApplicationDays) return null;
  const byApplication = addDays(start, limits.maxApplicationDays - 1);
  const byTotal = addDays(start, left - 1);
  return minDate(byApplication, byTotal);
}
