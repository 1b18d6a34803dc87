/**
 * Calendar-date arithmetic on ISO strings (YYYY-MM-DD).
 *
 * Every date of a draft is a civil date with no time of day, so all the
 * arithmetic is done on whole "day numbers" counted in UTC: the results never
 * depend on the machine's time zone or on daylight-saving changes.
 */
export type IsoDate = string;
export type IsoMonth = string;

/**
 * True for a real calendar date written YYYY-MM-DD (2021-02-29 is false).
 * Runs for every date of every draft on every keystroke: plain character
 * arithmetic, no RegExp or Date allocation.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false; // '-'
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** The number written by the ASCII digits value[from..to), or -1. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function isIsoMonth(value: unknown): value is IsoMonth {
  if (typeof value !== 'string' || value.length !== 7 || value.charCodeAt(4) !== 45) return false;
  const mo = digits(value, 5, 7);
  return digits(value, 0, 4) >= 0 && mo >= 1 && mo <= 12;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return 29;
  return MONTH_DAYS[month - 1];
}

/**
 * Days since 1970-01-01 (proleptic Gregorian calendar); NaN for text that is
 * not YYYY-MM-DD. Integer arithmetic (H. Hinnant's days_from_civil), not
 * Date: every rule adds and compares dates, and a Date per step made date
 * arithmetic a tenth of a whole check.
 */
export function dayNumber(date: IsoDate): number {
  let y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < 0 || m < 0 || d < 0 || date.length !== 10) return NaN;
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date `n` days after 1970-01-01 (civil_from_days, the inverse of dayNumber). */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isFinite(n)) throw new RangeError('Invalid time value'); // as Date#toISOString would
  const z = Math.floor(n) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from start to end with both ends counted (23/02/2020–28/03/2020 is 35). */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/** Days from a to b (b − a): 0 when equal, negative when b is before a. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function firstDayOfMonth(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: IsoMonth): IsoDate {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

export function addMonths(month: IsoMonth, n: number): IsoMonth {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const mo = ((m % 12) + 12) % 12;
  return `${String(year).padStart(4, '0')}-${String(mo + 1).padStart(2, '0')}`;
}

/**
 * The same day `n` months later, clamped to the month's last day
 * (31/08 + 6 months = 28/02 or 29/02).
 */
export function addMonthsToDate(date: IsoDate, n: number): IsoDate {
  const month = addMonths(monthOf(date), n);
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${month}-${String(d).padStart(2, '0')}`;
}

/** Every month touched by the period, in order. */
export function monthsOfPeriod(start: IsoDate, end: IsoDate): IsoMonth[] {
  const months: IsoMonth[] = [];
  if (end < start) return months;
  // Counted, not compared as text: past 9999-12 the next month is "10000-01", which sorts before it.
  const count = monthIndex(end) - monthIndex(start) + 1;
  for (let i = 0, m = monthOf(start); i < count; i++, m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Months since year 0 (January of year 0 = 0). */
const monthIndex = (date: IsoDate): number => digits(date, 0, 4) * 12 + digits(date, 5, 7) - 1;

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 01/01/1970 was a Thursday
}

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  const wd = weekday(date);
  return addDays(date, wd === 0 ? -6 : 1 - wd);
}

/** dd/MM/yyyy, the way the Italian portals and operators write dates. */
export function formatDateIt(date: IsoDate): string {
  if (!isIsoDate(date)) return String(date);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** MM/yyyy for a month. */
export function formatMonthIt(month: IsoMonth): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

const MONTH_NAMES_IT = [
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno',
  'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
];

/** "marzo 2020". */
export function monthNameIt(month: IsoMonth): string {
  return `${MONTH_NAMES_IT[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/**
 * Reads a date typed as on the portals: dd/MM/yyyy (also d/M/yyyy, with - or .
 * as separator). Returns null for anything that is not a real calendar date.
 */
export function parseDateIt(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Today's civil date in Italy, the portals' own calendar. */
export function todayInItaly(now: Date = new Date()): IsoDate {
  return (italianDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' })).format(now);
}
// Made once: building a formatter costs far more than using it. en-CA formats as YYYY-MM-DD.
let italianDay: Intl.DateTimeFormat | undefined;
