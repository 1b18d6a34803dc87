import { describe, expect, it } from 'vitest';
import { corrections, effectiveSuspensions, type Suspension } from './shared.ts';
import { LAURA, MARIO } from './fixtures.ts';

const week = (worker: string, start: string, end: string, hours: number, sentOn: string): Suspension =>
  ({ workerFiscalCode: worker, start, end, hours, sentOn });

describe('the calendar of communications as the Region keeps it (seed 004: corrections are new communications)', () => {
  const original = week(LAURA, '2012-05-14', '2012-05-18', 16, '2012-05-14');
  const other = week(MARIO, '2012-05-14', '2012-05-18', 40, '2012-05-14');
  const corrected = week(LAURA, '2012-05-14', '2012-05-18', 12, '2012-05-16');
  const nextWeek = week(LAURA, '2012-05-21', '2012-05-25', 8, '2012-05-18');

  it('a later communication for the same worker and dates replaces the earlier one; the draft order is kept', () => {
    expect(effectiveSuspensions([original, other, corrected, nextWeek])).toEqual([other, corrected, nextWeek]);
    expect(effectiveSuspensions([corrected, other, original, nextWeek])).toEqual([corrected, other, nextWeek]);
  });

  it('two sent the same day: the later in the draft counts', () => {
    const sameDay = week(LAURA, '2012-05-14', '2012-05-18', 10, '2012-05-14');
    expect(effectiveSuspensions([original, sameDay])).toEqual([sameDay]);
    expect(effectiveSuspensions([sameDay, original])).toEqual([original]);
  });

  it('the same dates for another worker, or other dates for the same worker, are not corrections', () => {
    expect(corrections([original, other, nextWeek]).size).toBe(0);
    expect(effectiveSuspensions([original, other, nextWeek])).toEqual([original, other, nextWeek]);
  });

  it('the corrections are those sent after the first for the same worker and dates', () => {
    const again = week(LAURA, '2012-05-14', '2012-05-18', 14, '2012-05-17');
    expect([...corrections([corrected, original, other, again])]).toEqual([corrected, again]);
  });
});
