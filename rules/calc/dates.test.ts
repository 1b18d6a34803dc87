import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, addMonthsToDate, dayNumber, daysInclusive, formatDateIt, fromDayNumber, isIsoDate, isIsoMonth, lastDayOfMonth,
  mondayOf, monthsOfPeriod, parseDateIt, todayInItaly, weekday,
} from './dates.ts';

describe('isIsoDate', () => {
  it.each([
    ['2020-02-29', true], ['2021-02-29', false], ['2000-02-29', true], ['1900-02-29', false],
    ['2020-04-30', true], ['2020-04-31', false], ['2020-12-31', true], ['2020-13-01', false],
    ['2020-00-10', false], ['2020-01-00', false], ['2020-1-01', false], ['20200101', false],
    ['2020-01-0a', false], ['', false],
  ])('%s → %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));
  it('rejects non-strings', () => expect(isIsoDate(20200101)).toBe(false));
});

describe('isIsoMonth', () => {
  it.each([['2020-03', true], ['2020-13', false], ['2020-00', false], ['2020-3', false]])(
    '%s → %s', (v, ok) => expect(isIsoMonth(v)).toBe(ok));
});

describe('calendar arithmetic', () => {
  it('day numbers agree with the calendar of Date, day by day from 1600 to 2400', () => {
    const MS_PER_DAY = 86_400_000;
    const first = Date.UTC(1600, 0, 1) / MS_PER_DAY;
    const last = Date.UTC(2400, 11, 31) / MS_PER_DAY;
    for (let n = first; n <= last; n++) {
      const date = new Date(n * MS_PER_DAY);
      const iso = date.toISOString().slice(0, 10);
      if (fromDayNumber(n) !== iso || dayNumber(iso) !== n || weekday(iso) !== date.getUTCDay()) {
        expect({ n, iso, weekday: date.getUTCDay() }).toEqual({ n: dayNumber(iso), iso: fromDayNumber(n), weekday: weekday(iso) });
      }
    }
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });
  it('a text that is not a date has no day number; no day number has no date', () => {
    expect(dayNumber('2020-3-01')).toBeNaN();
    expect(dayNumber('2020-03-0x')).toBeNaN();
    expect(() => fromDayNumber(NaN)).toThrow(RangeError);
  });
  it('counts both ends: 23/02/2020–28/03/2020 is 35 days (draft-format.md)', () => {
    expect(daysInclusive('2020-02-23', '2020-03-28')).toBe(35);
  });
  it('crosses a leap day and a year end', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2016-12-30', 59)).toBe('2017-02-27'); // seed 002: 60 days from 30/12/2016
  });
  it('crosses the daylight-saving change without losing a day', () => {
    expect(daysInclusive('2020-03-28', '2020-03-30')).toBe(3);
    expect(addDays('2020-10-24', 2)).toBe('2020-10-26');
  });
  it('months', () => {
    expect(addMonths('2020-11', 3)).toBe('2021-02');
    expect(addMonths('2020-01', -1)).toBe('2019-12');
    expect(lastDayOfMonth('2020-02')).toBe('2020-02-29');
    expect(addMonthsToDate('2020-08-31', 6)).toBe('2021-02-28');
    expect(monthsOfPeriod('2020-02-23', '2020-04-05')).toEqual(['2020-02', '2020-03', '2020-04']);
  });
  it('months of a period ending in 9999-12 end there (the next month sorts before it as text)', () => {
    expect(monthsOfPeriod('9999-11-15', '9999-12-31')).toEqual(['9999-11', '9999-12']);
    expect(monthsOfPeriod('2020-12-01', '2021-01-31')).toEqual(['2020-12', '2021-01']);
    expect(monthsOfPeriod('2020-04-06', '2020-04-05')).toEqual([]);
  });
  it('weekdays: 16/04/2012 was a Monday', () => {
    expect(weekday('2012-04-16')).toBe(1);
    expect(mondayOf('2012-04-20')).toBe('2012-04-16');
    expect(mondayOf('2012-04-22')).toBe('2012-04-16');
  });
});

describe('Italian dates', () => {
  it('formats dd/MM/yyyy', () => expect(formatDateIt('2020-03-28')).toBe('28/03/2020'));
  it.each([
    ['28/03/2020', '2020-03-28'], ['1/4/2020', '2020-04-01'], ['01-04-2020', '2020-04-01'],
    ['31/04/2020', null], ['2020-04-01', null], ['', null],
  ])('parses %s', (text, iso) => expect(parseDateIt(text)).toBe(iso));
  it("today is Italy's civil date, whatever the machine's zone", () => {
    // 23:30 UTC on 31/03 is already 01/04 in Rome (CEST, UTC+2).
    expect(todayInItaly(new Date('2020-03-31T23:30:00Z'))).toBe('2020-04-01');
  });
});
