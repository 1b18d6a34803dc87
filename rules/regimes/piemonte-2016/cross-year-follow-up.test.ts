import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { supplementaryDraft } from './fixtures.ts';

const RULE = 'piemonte-2016/cross-year-follow-up';

// E-mail sent on 10/01/2017: the Region has until the 15th day after, 25/01/2017.
const cases: { name: string; today: string; datesFixedOn?: string; fails: boolean; status: string }[] = [
  { name: '14th day, not fixed', today: '2017-01-24', fails: false, status: 'due-soon' },
  { name: '15th day, not fixed', today: '2017-01-25', fails: false, status: 'due-soon' },
  { name: '16th day, not fixed: report the anomaly', today: '2017-01-26', fails: true, status: 'missed' },
  { name: '16th day, fixed on the 12th', today: '2017-01-26', datesFixedOn: '2017-01-22', fails: false, status: 'met' },
  { name: 'a month later, fixed late (on the 20th day)', today: '2017-02-10', datesFixedOn: '2017-01-30', fails: false, status: 'missed' },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const draft = withChanges(supplementaryDraft(), { correctionEmail: { sentOn: '2017-01-10', datesFixedOn: c.datesFixedOn } });
      const verdict = judge(draft, { today: c.today });
      expect(verdict.deadlines).toContainEqual(
        expect.objectContaining({ id: 'cross-year-follow-up', date: '2017-01-25', status: c.status }),
      );
      const found = findingsOf(verdict, RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('warning');
        expect(found[0].fields).toEqual(['correctionEmail.datesFixedOn']);
        expect(found[0].message).toContain('Sono passati 16 giorni dalla mail alla Regione del 10/01/2017');
        expect(found[0].message).toContain('cigsinderoga@regione.piemonte.it');
      }
    });
  }

  it('no e-mail recorded: nothing to follow', () => {
    const verdict = judge(supplementaryDraft(), { today: '2017-03-01' });
    expect(findingsOf(verdict, RULE)).toEqual([]);
    expect(verdict.deadlines.map((d) => d.id)).not.toContain('cross-year-follow-up');
  });
});
