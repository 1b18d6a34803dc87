import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, VALID_WORKER_CFS, withChanges } from '../../testing.ts';
import type { Worker } from '../../schema.ts';
import { SUPPLEMENTARY_TODAY, supplementaryDraft } from './fixtures.ts';

const RULE = 'piemonte-2016/supplementary-eligible';

const fullTime = (i: number): Worker => ({ fiscalCode: VALID_WORKER_CFS[i], hiredOn: '2014-01-01', contract: 'full-time' });
const partTime = (i: number, fte: number): Worker => ({ ...fullTime(i), contract: 'part-time', fte });

/** The supplementary base (3 full-time, 92 days in 2016) with another workforce or other 2016 days. */
function draftWith(changes: { workforce?: Worker[]; ordinaryEnd?: string; inCessation?: boolean }) {
  const draft = supplementaryDraft();
  if (changes.workforce) draft.workforce = changes.workforce;
  if (changes.ordinaryEnd) draft.previousApplications = [{ unitId: 'U1', start: '2016-01-04', end: changes.ordinaryEnd, kind: 'ordinaria' }];
  if (changes.inCessation !== undefined) draft.employer = { ...draft.employer, inCessation: changes.inCessation };
  return draft;
}

describe(`${RULE}: "fino a 5 dipendenti" is fte ≤ 5 over the whole workforce (05/12/2016)`, () => {
  const cases: { name: string; workforce: Worker[]; fte: number; fails: boolean }[] = [
    { name: '5 full-time: 5.0', workforce: [0, 1, 2, 3, 4].map(fullTime), fte: 5, fails: false },
    { name: '4 full-time and 2 half-time: 6 people, fte 5.0', workforce: [fullTime(0), fullTime(1), fullTime(2), fullTime(3), partTime(4, 0.5), partTime(5, 0.5)], fte: 5, fails: false },
    { name: '5 full-time and one at 20%: 5.2 is more than 5 (seed example)', workforce: [...[0, 1, 2, 3, 4].map(fullTime), partTime(5, 0.2)], fte: 5.2, fails: true },
    { name: '6 full-time', workforce: [0, 1, 2, 3, 4, 5].map(fullTime), fte: 6, fails: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const verdict = judge(draftWith({ workforce: c.workforce }), { today: SUPPLEMENTARY_TODAY });
      expect(verdict.computed.fte).toBeCloseTo(c.fte, 5);
      expect(verdict.computed.smallEmployer).toBe(!c.fails);
      const found = findingsOf(verdict, RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['kind', 'workforce', 'employer.inCessation']);
        expect(found[0].message).toContain(`è di ${String(c.fte).replace('.', ',')} dipendenti`);
      }
    });
  }

  it('an agency worker on mission is not counted (5 employees + 1 agency worker)', () => {
    const agency: Worker = { ...fullTime(5), contract: 'agency' };
    const verdict = judge(draftWith({ workforce: [...[0, 1, 2, 3, 4].map(fullTime), agency] }), { today: SUPPLEMENTARY_TODAY });
    expect(verdict.computed.fte).toBe(5);
    expect(findingsOf(verdict, RULE)).toEqual([]);
  });

  it('without `workforce` the workers of the application are the workforce', () => {
    const draft = supplementaryDraft();
    expect(draft.workforce).toBeUndefined();
    expect(judge(draft, { today: SUPPLEMENTARY_TODAY }).computed.fte).toBe(3);
  });
});

describe(`${RULE}: at least 88 days asked by the unit in 2016 (22/12/2016)`, () => {
  // Ordinary application from 04/01/2016: to 30/03 = 87 days, 31/03 = 88, 01/04 = 89.
  const cases: { ordinaryEnd: string; days: number; fails: boolean }[] = [
    { ordinaryEnd: '2016-03-30', days: 87, fails: true },
    { ordinaryEnd: '2016-03-31', days: 88, fails: false },
    { ordinaryEnd: '2016-04-01', days: 89, fails: false },
  ];
  for (const c of cases) {
    it(`${c.days} days`, () => {
      const verdict = judge(draftWith({ ordinaryEnd: c.ordinaryEnd }), { today: SUPPLEMENTARY_TODAY });
      expect(verdict.computed.daysAsked2016).toBe(c.days);
      const found = findingsOf(verdict, RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].fields).toEqual(['kind', 'previousApplications', 'employer.inCessation']);
        expect(found[0].message).toContain('risultano 87 giornate di CIGD ordinaria richieste nel 2016 (ne servono almeno 88)');
      }
    });
  }

  it('days of another unit do not count', () => {
    const draft = supplementaryDraft();
    draft.previousApplications = [{ unitId: 'U2', start: '2016-01-04', end: '2016-04-04', kind: 'ordinaria' }];
    expect(findingsOf(judge(draft, { today: SUPPLEMENTARY_TODAY }), RULE)).toHaveLength(1);
  });

  it('both conditions missing: both reasons in one finding', () => {
    const verdict = judge(draftWith({ workforce: [0, 1, 2, 3, 4, 5].map(fullTime), ordinaryEnd: '2016-02-01' }), { today: SUPPLEMENTARY_TODAY });
    const found = findingsOf(verdict, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual(['kind', 'workforce', 'previousApplications', 'employer.inCessation']);
  });
});

describe(`${RULE}: firms in cessation have no size or days limit`, () => {
  it('6 employees, no day in 2016, in cessation: admitted', () => {
    const draft = draftWith({ workforce: [0, 1, 2, 3, 4, 5].map(fullTime), inCessation: true });
    draft.previousApplications = [];
    expect(findingsOf(judge(draft, { today: SUPPLEMENTARY_TODAY }), RULE)).toEqual([]);
  });

  it('the same, not in cessation: refused', () => {
    const draft = draftWith({ workforce: [0, 1, 2, 3, 4, 5].map(fullTime), inCessation: false });
    draft.previousApplications = [];
    expect(findingsOf(judge(draft, { today: SUPPLEMENTARY_TODAY }), RULE)).toHaveLength(1);
  });

  it('an ordinary application is not judged here', () => {
    const draft = withChanges(draftWith({ workforce: [0, 1, 2, 3, 4, 5].map(fullTime) }), { kind: 'ordinaria' });
    expect(findingsOf(judge(draft, { today: SUPPLEMENTARY_TODAY }), RULE)).toEqual([]);
  });
});
