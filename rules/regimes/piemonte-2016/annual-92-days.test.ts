import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { ORDINARY_TODAY, ordinary2016Draft } from './fixtures.ts';

const RULE = 'piemonte-2016/annual-92-days';

// Earlier ordinary application of the unit: 01/03/2016–29/04/2016 = 60 days.
// This one starts 03/10/2016: 32 days leave exactly 92 (end 03/11/2016).
const cases: { name: string; end: string; used: number; fails: boolean }[] = [
  { name: '60 + 31 = 91 days', end: '2016-11-02', used: 91, fails: false },
  { name: '60 + 32 = 92 days', end: '2016-11-03', used: 92, fails: false },
  { name: '60 + 33 = 93 days: refused, says the latest end', end: '2016-11-04', used: 93, fails: true },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const verdict = judge(withChanges(ordinary2016Draft(), { period: { end: c.end } }), { today: ORDINARY_TODAY });
      const found = findingsOf(verdict, RULE);
      expect(verdict.computed.daysUsed).toBe(c.used);
      expect(verdict.computed.daysLeft).toBe(Math.max(0, 92 - c.used));
      expect(verdict.computed.latestEnd).toBe('2016-11-03');
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['period.end']);
        expect(found[0].message).toContain('sommano 93 giorni (60 nelle domande precedenti e 33 in questa): il limite è 92');
        expect(found[0].message).toContain('al massimo il 03/11/2016');
        expect(found[0].source).toContain('002_862ff14ecdb491e6.txt, 5-12-2016');
      }
    });
  }

  it('applications of another unit do not count', () => {
    const draft = withChanges(ordinary2016Draft(), { period: { end: '2016-11-30' } });
    draft.previousApplications = [{ unitId: 'U2', start: '2016-03-01', end: '2016-04-29', kind: 'ordinaria' }];
    const verdict = judge(draft, { today: ORDINARY_TODAY });
    expect(verdict.computed.daysUsed).toBe(59);
    expect(findingsOf(verdict, RULE)).toEqual([]);
  });

  it('an earlier application without unitId or kind counts as ordinary of the same unit', () => {
    const draft = withChanges(ordinary2016Draft(), { period: { end: '2016-11-04' } });
    draft.previousApplications = [{ start: '2016-03-01', end: '2016-04-29' }];
    expect(findingsOf(judge(draft, { today: ORDINARY_TODAY }), RULE)).toHaveLength(1);
  });

  it('only days inside 2016 count: an application from 2015 counts its 2016 days', () => {
    const draft = ordinary2016Draft();
    draft.previousApplications = [{ unitId: 'U1', start: '2015-12-01', end: '2016-02-29', kind: 'ordinaria' }]; // 60 days in 2016
    const verdict = judge(withChanges(draft, { period: { end: '2016-11-04' } }), { today: ORDINARY_TODAY });
    expect(verdict.computed.daysUsed).toBe(93);
    expect(findingsOf(verdict, RULE)).toHaveLength(1);
  });

  it('92 days already used: no day left', () => {
    const draft = ordinary2016Draft();
    draft.previousApplications = [{ unitId: 'U1', start: '2016-01-04', end: '2016-04-04', kind: 'ordinaria' }];
    const verdict = judge(draft, { today: ORDINARY_TODAY });
    expect(verdict.computed.latestEnd).toBeNull();
    expect(findingsOf(verdict, RULE)[0].message).toContain('non restano giorni');
  });

  it('supplementary and apprentice applications are not ordinary days', () => {
    const draft = withChanges(ordinary2016Draft(), { period: { end: '2016-11-04' } });
    draft.previousApplications = [{ unitId: 'U1', start: '2016-03-01', end: '2016-04-29', kind: 'apprendisti-cigs' }];
    expect(findingsOf(judge(draft, { today: ORDINARY_TODAY }), RULE)).toEqual([]);
  });

  it('Addendum 27/04/2016: apprentices only of a firm in CIGS get a warning with the e-mail procedure', () => {
    const draft = withChanges(ordinary2016Draft(), { period: { end: '2016-11-04' }, employer: { coveredBy: ['cigs'] } });
    draft.workers = draft.workers.map((w) => ({ ...w, contract: 'apprentice' as const, fte: undefined }));
    const found = findingsOf(judge(draft, { today: ORDINARY_TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toContain('«CIG in deroga - Addendum del 27 aprile 2016»');
  });

  it('the same apprentices without CIGS: still an error', () => {
    const draft = withChanges(ordinary2016Draft(), { period: { end: '2016-11-04' } });
    draft.workers = draft.workers.map((w) => ({ ...w, contract: 'apprentice' as const, fte: undefined }));
    expect(findingsOf(judge(draft, { today: ORDINARY_TODAY }), RULE)[0].severity).toBe('error');
  });
});
