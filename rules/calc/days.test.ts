import { describe, expect, it } from 'vitest';
import { latestEnd } from './days.ts';

// Piemonte 2020 (seed 001): 63 days in all, each application 5…35 days.
const LIMITS = { totalDays: 63, maxApplicationDays: 35, minApplicationDays: 5 };

describe('latestEnd', () => {
  it.each([
    { usedBefore: 0, expected: '2020-03-28', name: 'nothing used: the 35-day rule (seed: 23/02–28/03/2020)' },
    { usedBefore: 35, expected: '2020-03-21', name: '28 left: the 63 days' },
    { usedBefore: 57, expected: '2020-02-28', name: '6 left' },
    { usedBefore: 58, expected: '2020-02-27', name: '5 left, the minimum: a 5-day application' },
    { usedBefore: 59, expected: null, name: '4 left: no end date passes both the 63 days and the 5-day minimum' },
    { usedBefore: 60, expected: null, name: '3 left' },
    { usedBefore: 63, expected: null, name: 'none left' },
    { usedBefore: 70, expected: null, name: 'more than 63 used' },
  ])('$name', ({ usedBefore, expected }) => {
    expect(latestEnd('2020-02-23', usedBefore, LIMITS)).toBe(expected);
  });
});
