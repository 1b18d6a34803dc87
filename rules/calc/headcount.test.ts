import { describe, expect, it } from 'vitest';
import { headcountOn, inForzaOn, roundFte, type StaffMember } from './headcount.ts';

const START = '2020-03-09';
const full = (extra: Partial<StaffMember> = {}): StaffMember => ({ hiredOn: '2015-01-01', contract: 'full-time', ...extra });

describe('headcountOn', () => {
  it('counts full-time workers one each', () => {
    expect(headcountOn([full(), full(), full()], START)).toEqual({ fte: 3, people: 3 });
  });

  it('counts part-time and intermittent workers by their fte', () => {
    const staff = [full(), full({ contract: 'part-time', fte: 0.5 }), full({ contract: 'intermittent', fte: 0.25 })];
    expect(headcountOn(staff, START)).toEqual({ fte: 1.75, people: 3 });
  });

  it('does not count agency workers on mission nor parasubordinates', () => {
    const staff = [full(), full({ contract: 'agency' }), full({ contract: 'parasubordinate' })];
    expect(headcountOn(staff, START)).toEqual({ fte: 1, people: 1 });
  });

  it('counts only the substitute of a worker on leave who is replaced', () => {
    const staff = [full(), full({ onLeaveReplaced: true }), full({ hiredOn: '2020-01-10' })];
    expect(headcountOn(staff, START)).toEqual({ fte: 2, people: 2 });
  });

  it('counts only who is in forza on the day: hired the day after or left the day before are out', () => {
    const staff = [
      full({ hiredOn: START }),                 // hired on the day: in
      full({ hiredOn: '2020-03-10' }),          // the day after: out
      full({ leftOn: START }),                  // left on the day: in
      full({ leftOn: '2020-03-08' }),           // the day before: out
    ];
    expect(headcountOn(staff, START)).toEqual({ fte: 2, people: 2 });
  });

  it('binary floating point does not move the ≤ 5 threshold: fifty workers at 0.1 are exactly 5', () => {
    const tenths = Array.from({ length: 50 }, () => full({ contract: 'part-time', fte: 0.1 }));
    expect(tenths.reduce((s, m) => s + m.fte!, 0)).not.toBe(5); // the raw sum is 4.999999999999998
    expect(headcountOn(tenths, START).fte).toBe(5);
  });

  it('seed 002: 5.2 is more than 5 (4 full-time + 0.7 + 0.3 + 0.1 + 0.1)', () => {
    const four = [full(), full(), full(), full()];
    const parts = [0.7, 0.3, 0.1, 0.1].map((fte) => full({ contract: 'part-time', fte }));
    const result = headcountOn([...four, ...parts], START);
    expect(result).toEqual({ fte: 5.2, people: 8 });
    expect(result.fte > 5).toBe(true);
    expect(headcountOn([...four, ...parts.slice(0, 2)], START).fte).toBe(5);
  });
});

describe('helpers', () => {
  it('roundFte keeps 4 decimals', () => {
    expect(roundFte(0.1 + 0.2)).toBe(0.3);
    expect(roundFte(1 / 3)).toBe(0.3333);
  });
  it('inForzaOn', () => {
    expect(inForzaOn(full({ hiredOn: '2020-02-23' }), '2020-02-23')).toBe(true);
    expect(inForzaOn(full({ hiredOn: '2020-02-24' }), '2020-02-23')).toBe(false);
  });
});
