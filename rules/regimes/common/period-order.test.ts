import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, piemonte2020Draft, withChanges } from '../../testing.ts';

const RULE = 'common/period-order';
const TODAY = '2020-04-10';

const cases: { name: string; period: { start: string; end: string }; fails: boolean; days?: number }[] = [
  { name: 'end the day before the start: refused', period: { start: '2020-03-09', end: '2020-03-08' }, fails: true },
  { name: 'end a year before the start: refused', period: { start: '2020-03-09', end: '2019-03-09' }, fails: true },
  { name: 'end on the start day: one day, in order', period: { start: '2020-03-09', end: '2020-03-09' }, fails: false, days: 1 },
  { name: 'end the day after: two days', period: { start: '2020-03-09', end: '2020-03-10' }, fails: false, days: 2 },
  { name: 'draft-format example 23/02/2020–28/03/2020 is 35 days', period: { start: '2020-02-23', end: '2020-03-28' }, fails: false, days: 35 },
];

describe(RULE, () => {
  it('the base draft is in order', () => {
    expect(findingsOf(judge(piemonte2020Draft(), { today: TODAY }), RULE)).toEqual([]);
  });

  for (const c of cases) {
    it(c.name, () => {
      const verdict = judge(withChanges(piemonte2020Draft(), { period: c.period }), { today: TODAY });
      const found = findingsOf(verdict, RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['period.end']);
        expect(found[0].message).toContain(`data fine (${c.period.end.split('-').reverse().join('/')})`);
        expect(found[0].source).toContain('001_97bd8f50a7fc0b82.txt');
        expect(verdict.computed.applicationDays).toBeUndefined();
      } else {
        expect(verdict.computed.applicationDays).toBe(c.days);
      }
    });
  }

  it('runs also when no regime fits (Veneto), giving the days', () => {
    const verdict = judge(withChanges(piemonte2020Draft(), { unit: { region: 'Veneto' }, period: { start: '2019-05-10', end: '2019-05-09' } }), { today: TODAY });
    expect(verdict.regime).toBeNull();
    expect(findingsOf(verdict, RULE)).toHaveLength(1);
  });
});
