import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { ORDINARY_TODAY, ordinary2016Draft, supplementaryDraft } from './fixtures.ts';

const RULE = 'piemonte-2016/submit-within-20-days';

// Start 30/12/2016: the 20th day after it is 19/01/2017.
const sentCases: { name: string; submittedOn: string; fails: boolean; status: string }[] = [
  { name: 'sent on the 19th day (18/01/2017)', submittedOn: '2017-01-18', fails: false, status: 'met' },
  { name: 'sent on the 20th day (19/01/2017)', submittedOn: '2017-01-19', fails: false, status: 'met' },
  { name: 'sent on the 21st day (20/01/2017): refused', submittedOn: '2017-01-20', fails: true, status: 'missed' },
];

describe(RULE, () => {
  for (const c of sentCases) {
    it(c.name, () => {
      const verdict = judge(withChanges(supplementaryDraft(), { submittedOn: c.submittedOn }), { today: '2017-02-01' });
      const found = findingsOf(verdict, RULE);
      expect(verdict.deadlines).toContainEqual(expect.objectContaining({ id: 'submission', date: '2017-01-19', status: c.status }));
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['submittedOn', 'period.start']);
        expect(found[0].message).toContain('inviata il 20/01/2017, 21 giorni dopo l’inizio');
        expect(found[0].message).toContain('entro il 19/01/2017');
        expect(found[0].message).toContain('non può essere anteriore al 31/12/2016');
      }
    });
  }

  const unsentCases: { today: string; fails: boolean; status: string }[] = [
    { today: '2017-01-10', fails: false, status: 'future' },
    { today: '2017-01-12', fails: false, status: 'due-soon' },
    { today: '2017-01-19', fails: false, status: 'due-soon' },
    { today: '2017-01-20', fails: true, status: 'missed' },
  ];
  for (const c of unsentCases) {
    it(`not sent yet, today ${c.today}: ${c.fails ? 'too late' : c.status}`, () => {
      const verdict = judge(withChanges(supplementaryDraft(), { submittedOn: undefined, status: 'bozza' }), { today: c.today });
      expect(verdict.deadlines.find((d) => d.id === 'submission')?.status).toBe(c.status);
      const found = findingsOf(verdict, RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) expect(found[0].message).toContain('è scaduto il 19/01/2017');
    });
  }

  it('an application inside 2016 has no 20-day limit here', () => {
    const verdict = judge(withChanges(ordinary2016Draft(), { submittedOn: '2016-11-30' }), { today: ORDINARY_TODAY });
    expect(findingsOf(verdict, RULE)).toEqual([]);
    expect(verdict.deadlines).toEqual([]);
  });
});
