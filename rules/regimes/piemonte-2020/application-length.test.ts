import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, piemonte2020Draft, withChanges } from '../../testing.ts';

const RULE = 'piemonte-2020/application-length';

// Seed 001: "durata massima … 35 giorni di calendario, e quella minima in 5 giorni".
// The edges: the day before, on and after each limit.
const cases: { name: string; period: { start: string; end: string }; fails: boolean; message?: RegExp }[] = [
  { name: 'seed example: 23/02/2020–28/03/2020 is exactly 35 days', period: { start: '2020-02-23', end: '2020-03-28' }, fails: false },
  { name: '34 days', period: { start: '2020-03-01', end: '2020-04-03' }, fails: false },
  { name: '35 days', period: { start: '2020-03-01', end: '2020-04-04' }, fails: false },
  { name: '36 days: blocked, says the latest end', period: { start: '2020-03-01', end: '2020-04-05' }, fails: true, message: /al massimo il 04\/04\/2020/ },
  { name: '4 days: too short', period: { start: '2020-03-02', end: '2020-03-05' }, fails: true, message: /almeno il 06\/03\/2020/ },
  { name: '5 days', period: { start: '2020-03-02', end: '2020-03-06' }, fails: false },
  { name: '6 days', period: { start: '2020-03-02', end: '2020-03-07' }, fails: false },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const verdict = judge(withChanges(piemonte2020Draft(), { period: c.period }), { today: '2020-04-10' });
      const found = findingsOf(verdict, RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['period.end']);
        expect(found[0].message).toMatch(c.message!);
        expect(found[0].source).toContain('001_97bd8f50a7fc0b82.txt');
      }
    });
  }
});
