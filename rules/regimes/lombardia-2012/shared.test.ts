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

  // Seed 004: "Per eventuali errori relativi all’inserimento dei periodi o delle ore … semplicemente inviando una
  // nuova comunicazione di sospensione con i dati corretti": corrected dates overlap the wrong ones.
  describe('a period corrected: the new communication overlaps the wrong one', () => {
    const wrong = week(LAURA, '2012-05-14', '2012-05-16', 16, '2012-05-14');
    it.each([
      { start: '2012-05-17', end: '2012-05-18', overlaps: false, name: 'starting the day after the wrong one ends: another week’s days, not a correction' },
      { start: '2012-05-16', end: '2012-05-18', overlaps: true, name: 'sharing its last day (the audit’s Monday–Wednesday typed for Wednesday–Friday)' },
      { start: '2012-05-15', end: '2012-05-18', overlaps: true, name: 'sharing two days' },
      { start: '2012-05-10', end: '2012-05-14', overlaps: true, name: 'ending on its first day' },
      { start: '2012-05-10', end: '2012-05-13', overlaps: false, name: 'ending the day before its first day' },
    ])('$name', ({ start, end, overlaps }) => {
      const fixed = week(LAURA, start, end, 16, '2012-05-15');
      expect(effectiveSuspensions([wrong, fixed])).toEqual(overlaps ? [fixed] : [wrong, fixed]);
      expect([...corrections([wrong, fixed])]).toEqual(overlaps ? [fixed] : []);
    });

    it('the one sent later counts, wherever it sits in the draft', () => {
      const fixed = week(LAURA, '2012-05-16', '2012-05-18', 16, '2012-05-15');
      expect(effectiveSuspensions([fixed, wrong])).toEqual([fixed]);
      expect([...corrections([fixed, wrong])]).toEqual([fixed]);
    });

    it('another worker’s overlapping communication is not a correction', () => {
      const mario = week(MARIO, '2012-05-16', '2012-05-18', 16, '2012-05-15');
      expect(effectiveSuspensions([wrong, mario])).toEqual([wrong, mario]);
      expect(corrections([wrong, mario]).size).toBe(0);
    });

    it('a correction corrected again: only the last one counts', () => {
      const fixed = week(LAURA, '2012-05-16', '2012-05-18', 16, '2012-05-15');
      const again = week(LAURA, '2012-05-16', '2012-05-18', 12, '2012-05-16');
      expect(effectiveSuspensions([wrong, fixed, again, nextWeek])).toEqual([again, nextWeek]);
      expect([...corrections([wrong, fixed, again, nextWeek])]).toEqual([fixed, again]);
    });
  });
});
