import { describe, expect, it } from 'vitest';
import { intermittentCap } from './intermittent.ts';

const LIMITS = { nineWeeksDays: 63, monthDays: 30, monthsPerYear: 12 };

describe('intermittentCap', () => {
  it('seed 001 example: 68 days → 68/12 = 5,67 → 6 → 6 × 63/30 = 12,6 → 13', () => {
    expect(intermittentCap(68, true, LIMITS)).toEqual({ admissible: true, monthlyDays: 6, cap: 13, capped: false });
  });

  it.each([
    [1, 1, 3],      // 1 → 1 → 2,1 → 3
    [12, 1, 3],
    [13, 2, 5],     // 2 × 2,1 = 4,2 → 5
    [60, 5, 11],    // 10,5 → 11
    [120, 10, 21],  // exactly 21: no rounding up
    [348, 29, 61],  // 60,9 → 61
    [360, 30, 63],  // exactly the 63 days of the 9 weeks
  ])('%i days worked → %i a month → cap %i', (days, monthly, cap) => {
    expect(intermittentCap(days, true, LIMITS)).toEqual({ admissible: true, monthlyDays: monthly, cap, capped: false });
  });

  // Seed 001: "riproporzionato sul periodo massimo di nove settimane": never more than the 63 days of the 9 weeks.
  it.each([
    [361, 31],  // 31 × 2,1 = 65,1 → 66: capped at 63
    [365, 31],  // the audit's case: 66 → 63
    [366, 31],  // a leap year
  ])('%i days worked → %i a month → past the 9 weeks: cap 63', (days, monthly) => {
    expect(intermittentCap(days, true, LIMITS)).toEqual({ admissible: true, monthlyDays: monthly, cap: 63, capped: true });
  });

  it('the cap is the limit given, not a number of the calculator', () => {
    expect(intermittentCap(365, true, { ...LIMITS, nineWeeksDays: 35 }).cap).toBe(35);
  });

  it('never called before the cause: not admissible, cap 0', () => {
    expect(intermittentCap(68, false, LIMITS)).toEqual({ admissible: false, monthlyDays: 0, cap: 0, capped: false });
  });

  it('0 days worked: not admissible, cap 0', () => {
    expect(intermittentCap(0, true, LIMITS)).toEqual({ admissible: false, monthlyDays: 0, cap: 0, capped: false });
  });
});
