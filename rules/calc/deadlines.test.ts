import { describe, expect, it } from 'vitest';
import { reportOpeningDay, sr41Deadline, submissionDeadline, submissionWindow } from './deadlines.ts';

describe('submissionDeadline', () => {
  it.each([
    ['2020-03-09', '2020-05-31'], // seed: start in March → by the end of May
    ['2020-03-31', '2020-05-31'],
    ['2020-02-23', '2020-04-30'],
    ['2020-12-01', '2021-02-28'], // across the year, February of a common year
    ['2019-12-15', '2020-02-29'], // leap year
  ])('start %s → %s', (start, deadline) => {
    expect(submissionDeadline(start, 2)).toBe(deadline);
  });
});

describe('reportOpeningDay', () => {
  it('a full month opens the day after it ends', () => {
    expect(reportOpeningDay('2020-03', '2020-04-05')).toBe('2020-04-01');
    expect(reportOpeningDay('2020-02', '2020-03-28')).toBe('2020-03-01');
  });
  it('the period ending inside the month opens the day after the end', () => {
    expect(reportOpeningDay('2020-04', '2020-04-05')).toBe('2020-04-06');
  });
  it('a period ending on the last day of the month opens on the 1st of the next', () => {
    expect(reportOpeningDay('2020-04', '2020-04-30')).toBe('2020-05-01');
  });
  it('December opens on 1 January', () => {
    expect(reportOpeningDay('2020-12', '2021-01-10')).toBe('2021-01-01');
  });
});

describe('sr41Deadline', () => {
  it.each([
    ['2020-04-05', '2020-10-05'],
    ['2020-03-31', '2020-09-30'], // clamped to the month's last day
    ['2020-08-31', '2021-02-28'],
    ['2019-08-31', '2020-02-29'],
  ])('end %s → %s', (end, deadline) => {
    expect(sr41Deadline(end, 6)).toBe(deadline);
  });
});

describe('submissionWindow (20 days from 30/12/2016: the 20th day is 19/01/2017)', () => {
  it.each([
    { sent: '2017-01-18', late: false, earliestStart: '2016-12-29', daysAfterStart: 19 },
    { sent: '2017-01-19', late: false, earliestStart: '2016-12-30', daysAfterStart: 20 },
    { sent: '2017-01-20', late: true, earliestStart: '2016-12-31', daysAfterStart: 21 },
  ])('sent $sent: late $late', ({ sent, ...expected }) => {
    expect(submissionWindow('2016-12-30', 20, sent, '2017-03-01')).toEqual({ due: '2017-01-19', ...expected });
  });
  it('unsent: judged on today, with the earliest start today allows', () => {
    expect(submissionWindow('2016-12-30', 20, undefined, '2017-01-19')).toMatchObject({ late: false, daysAfterStart: undefined });
    expect(submissionWindow('2016-12-30', 20, undefined, '2017-01-21')).toMatchObject({ late: true, earliestStart: '2017-01-01' });
  });
});
