import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { ORDINARY_TODAY, ordinary2016Draft, SUPPLEMENTARY_TODAY, supplementaryDraft } from './fixtures.ts';

const RULE = 'piemonte-2016/agreement-before-start';

// The supplementary base starts on 30/12/2016.
const cases: { name: string; signedOn: string; fails: boolean }[] = [
  { name: 'signed two days before the start', signedOn: '2016-12-28', fails: false },
  { name: 'signed the day before the start', signedOn: '2016-12-29', fails: false },
  { name: 'signed on the start day: refused', signedOn: '2016-12-30', fails: true },
  { name: 'signed the day after the start: refused', signedOn: '2016-12-31', fails: true },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const draft = withChanges(supplementaryDraft(), { agreement: { signedOn: c.signedOn } });
      const found = findingsOf(judge(draft, { today: SUPPLEMENTARY_TODAY }), RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['agreement.signedOn', 'period.start']);
        expect(found[0].message).toContain('entro il 29/12/2016');
        expect(found[0].message).toMatch(/Sposta la data inizio almeno al \d\d\/\d\d\/\d{4}/);
      }
    });
  }

  it('ordinary application: the same rule applies (signed on the start day)', () => {
    const draft = withChanges(ordinary2016Draft(), { agreement: { signedOn: '2016-10-03' } });
    const found = findingsOf(judge(draft, { today: ORDINARY_TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('Sposta la data inizio almeno al 04/10/2016');
  });

  it('supplementary without agreement: refused (the 12/12/2016 notice requires it)', () => {
    const found = findingsOf(judge(withChanges(supplementaryDraft(), { agreement: undefined }), { today: SUPPLEMENTARY_TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual(['agreement']);
    expect(found[0].message).toContain('firma entro il 29/12/2016');
  });

  it('ordinary without agreement: nothing to judge here', () => {
    expect(findingsOf(judge(withChanges(ordinary2016Draft(), { agreement: undefined }), { today: ORDINARY_TODAY }), RULE)).toEqual([]);
  });

  // A non-entrepreneur's agreement is compulsory (seed 002, 29/04/2016): its absence is non-entrepreneur's
  // finding (non-entrepreneur.test.ts); the date of one given is judged here, as for every draft.
  const nonEntrepreneur = (category: string, agreement?: unknown) =>
    withChanges(ordinary2016Draft(), {
      employer: { category, averageEmployeesLastSemester: 8 },
      period: { start: '2016-05-16', end: '2016-06-30' },
      previousApplications: [],
      submittedOn: '2016-05-20',
      agreement,
    });

  it.each([
    { signedOn: '2016-05-14', fails: false },
    { signedOn: '2016-05-15', fails: false },
    { signedOn: '2016-05-16', fails: true },
  ])('non-entrepreneur with an agreement signed on $signedOn (start 16/05/2016): refused $fails', ({ signedOn, fails }) => {
    const agreement = { kind: 'commissione-sindacale', signedOn, start: '2016-05-16', end: '2016-06-30', workers: 3 };
    expect(findingsOf(judge(nonEntrepreneur('non-imprenditore', agreement), { today: '2016-06-01' }), RULE)).toHaveLength(fails ? 1 : 0);
  });
});
