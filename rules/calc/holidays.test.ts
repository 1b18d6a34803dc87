import { describe, expect, it } from 'vitest';
import { addDays, weekday } from './dates.ts';
import { easterSunday, firstWorkingDayOfWeek, isPublicHoliday, isWorkingDay, italianPublicHolidays, sundayOf } from './holidays.ts';

describe('easterSunday', () => {
  it.each([
    [2012, '2012-04-08'],
    [2015, '2015-04-05'],
    [2016, '2016-03-27'],
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('%i: %s', (year, date) => expect(easterSunday(year)).toBe(date));
});

describe('italianPublicHolidays', () => {
  it('2012: eleven days, Easter Monday on 09/04', () => {
    expect(italianPublicHolidays(2012)).toEqual([
      '2012-01-01', '2012-01-06', '2012-04-09', '2012-04-25', '2012-05-01', '2012-06-02',
      '2012-08-15', '2012-11-01', '2012-12-08', '2012-12-25', '2012-12-26',
    ]);
  });
  it.each([2012, 2013, 2020, 2038, 2285])('%i: eleven distinct days, all in the year, Easter Monday a Monday', (year) => {
    const days = italianPublicHolidays(year);
    expect(new Set(days).size).toBe(11);
    expect(days.every((d) => d.startsWith(`${year}-`))).toBe(true);
    expect(days).toContain(addDays(easterSunday(year), 1));
    expect(weekday(addDays(easterSunday(year), 1))).toBe(1);
  });
  it('Republic Day is a holiday again from 2001 only', () => {
    expect(italianPublicHolidays(2000)).not.toContain('2000-06-02');
    expect(italianPublicHolidays(2001)).toContain('2001-06-02');
  });
});

describe('working days', () => {
  it.each([
    ['2012-04-06', true, 'Good Friday is not a public holiday'],
    ['2012-04-08', false, 'Easter Sunday'],
    ['2012-04-09', false, 'Easter Monday (the seed’s example week)'],
    ['2012-04-10', true, 'the Tuesday after Easter'],
    ['2012-04-24', true, 'the day before Liberation Day'],
    ['2012-04-25', false, 'Liberation Day, a Wednesday'],
    ['2012-04-26', true, 'the day after'],
    ['2012-04-30', true, 'Monday 30/04/2012'],
    ['2012-05-01', false, 'Labour Day, a Tuesday'],
    ['2012-04-14', false, 'a Saturday'],
    ['2012-04-15', false, 'a Sunday'],
  ])('%s: %s (%s)', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });
  it('a public holiday on a weekend is still a holiday', () => {
    expect(isPublicHoliday('2012-12-08')).toBe(true); // a Saturday
    expect(isPublicHoliday('2012-12-07')).toBe(false);
  });
});

describe('firstWorkingDayOfWeek', () => {
  it.each([
    ['2012-04-18', '2012-04-16', 'an ordinary week: its Monday'],
    ['2012-04-16', '2012-04-16', 'the Monday itself'],
    ['2012-04-22', '2012-04-16', 'the Sunday belongs to the week before it'],
    ['2012-04-12', '2012-04-10', 'Easter week: Tuesday 10/04/2012'],
    ['2012-04-09', '2012-04-10', 'Easter Monday itself: the Tuesday after it'],
    ['2012-04-26', '2012-04-23', 'the week of 25 April: its Monday is a working day'],
    ['2012-12-27', '2012-12-24', 'Christmas week: Monday 24/12 is a working day'],
    ['2018-01-03', '2018-01-02', 'New Year’s Day on a Monday: Tuesday'],
    ['2015-12-09', '2015-12-07', '8 December on a Tuesday: its Monday'],
    ['2017-12-28', '2017-12-27', 'Christmas on a Monday, St Stephen on the Tuesday: Wednesday 27/12'],
    ['2014-06-04', '2014-06-03', 'Republic Day on a Monday (02/06/2014): Tuesday'],
    ['2013-04-01', '2013-04-02', 'Easter Monday 01/04/2013, the first after the change of 16/04/2012'],
  ])('%s → %s (%s)', (date, first) => expect(firstWorkingDayOfWeek(date)).toBe(first));

  it('the week closes on its Sunday', () => {
    expect(sundayOf('2012-04-16')).toBe('2012-04-22');
    expect(sundayOf('2012-04-22')).toBe('2012-04-22');
  });
});
