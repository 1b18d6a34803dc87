import { describe, expect, it } from 'vitest';
import { reportOpeningDay, sr41Deadline, submissionDeadline } from './deadlines.ts';

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
