import { describe, expect, it } from 'vitest';
import { findings } from './fixtures.ts';

const RULE = 'piemonte-2020/start-date';

// Seed 001: "9 settimane con decorrenza non precedente al 23 febbraio 2020".
// The automatic choice never picks piemonte-2020 before that day, so the draft names its regime.
const cases = [
  { start: '2020-02-22', end: '2020-03-20', fails: true },
  { start: '2020-02-23', end: '2020-03-20', fails: false },
  { start: '2020-02-24', end: '2020-03-20', fails: false },
];

describe(RULE, () => {
  for (const c of cases) {
    it(`start ${c.start}: ${c.fails ? 'blocked' : 'fine'}`, () => {
      const found = findings(RULE, { regime: 'piemonte-2020', period: { start: c.start, end: c.end } });
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['period.start']);
        expect(found[0].message).toMatch(/almeno il 23\/02\/2020/);
        expect(found[0].source).toContain('001_97bd8f50a7fc0b82.txt');
      }
    });
  }
});
