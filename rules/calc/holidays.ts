/**
 * Italian national public holidays and working days, for the Lombardia 2012
 * suspension calendar ("non più tardi del primo giorno lavorativo della
 * settimana di riferimento"). Pure functions over ISO dates: no Date in local
 * time, so the results are the same in every time zone.
 */
import { addDays, mondayOf, weekday, type IsoDate } from './dates.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The national public holidays of a year (L. 260/1949 and later laws): New
 * Year, Epiphany, Easter Monday, Liberation Day, Labour Day, Republic Day
 * (restored from 2001), Assumption, All Saints, Immaculate Conception,
 * Christmas, St Stephen. Local patron saints' days are not national.
 */
export function italianPublicHolidays(year: number): IsoDate[] {
  const fixed = ['01-01', '01-06', '04-25', '05-01', ...(year >= 2001 ? ['06-02'] : []), '08-15', '11-01', '12-08', '12-25', '12-26'];
  return [...fixed.map((md) => `${year}-${md}`), addDays(easterSunday(year), 1)].sort();
}

const holidayCache = new Map<number, Set<IsoDate>>();

export function isPublicHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  let set = holidayCache.get(year);
  if (!set) holidayCache.set(year, (set = new Set(italianPublicHolidays(year))));
  return set.has(date);
}

/** Monday to Friday, not a public holiday: the office week the regional calendar counts. */
export function isWorkingDay(date: IsoDate): boolean {
  const wd = weekday(date);
  return wd >= 1 && wd <= 5 && !isPublicHoliday(date);
}

/**
 * The first working day of the week holding `date`: its Monday, or the next
 * day that is not a public holiday (Easter Monday 09/04/2012 → Tuesday
 * 10/04/2012).
 */
export function firstWorkingDayOfWeek(date: IsoDate): IsoDate {
  let day = mondayOf(date);
  while (!isWorkingDay(day) && weekday(day) !== 0) day = addDays(day, 1);
  return day;
}

/** The Sunday that closes the week holding `date`. */
export function sundayOf(date: IsoDate): IsoDate {
  return addDays(mondayOf(date), 6);
}
