import { describe, expect, it } from 'vitest';
import { latestEnd } from './days.ts';

// Piemonte 2020 (seed 001): 63 days in all, each application 5…35 days.
const LIMITS = { totalDays: 63, maxApplicationDays: 35, minApplicationDays: 5 };

describe('latestEnd', () => {
  // The day before, on and after each limit: the 35 days of one application against the days
  // left of the 63, the 5-day minimum, and the 63 themselves.
  it.each([
    { usedBefore: 0, expected: { kind: 'ends-by', date: '2020-03-28' }, name: 'nothing used: the 35-day rule (seed: 23/02–28/03/2020)' },
    { usedBefore: 27, expected: { kind: 'ends-by', date: '2020-03-28' }, name: '36 left: the 35-day rule' },
    { usedBefore: 28, expected: { kind: 'ends-by', date: '2020-03-28' }, name: '35 left: both rules, the same day' },
    { usedBefore: 29, expected: { kind: 'ends-by', date: '2020-03-27' }, name: '34 left: the 63 days' },
    { usedBefore: 35, expected: { kind: 'ends-by', date: '2020-03-21' }, name: '28 left: the 63 days' },
    { usedBefore: 57, expected: { kind: 'ends-by', date: '2020-02-28' }, name: '6 left' },
    { usedBefore: 58, expected: { kind: 'ends-by', date: '2020-02-27' }, name: '5 left, the minimum: a 5-day application' },
    { usedBefore: 59, expected: { kind: 'too-few-left', daysLeft: 4 }, name: '4 left: no end date passes both the 63 days and the 5-day minimum' },
    { usedBefore: 60, expected: { kind: 'too-few-left', daysLeft: 3 }, name: '3 left (the audit’s case)' },
    { usedBefore: 62, expected: { kind: 'too-few-left', daysLeft: 1 }, name: '1 left' },
    { usedBefore: 63, expected: { kind: 'none-left' }, name: 'none left' },
    { usedBefore: 64, expected: { kind: 'none-left' }, name: 'one more than 63 used' },
    { usedBefore: 70, expected: { kind: 'none-left' }, name: 'more than 63 used' },
  ])('$name', ({ usedBefore, expected }) => {
    expect(latestEnd('2020-02-23', usedBefore, LIMITS)).toEqual(expected);
  });
});
