import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { SUPPLEMENTARY_TODAY, supplementaryDraft } from './fixtures.ts';

const RULE = 'piemonte-2016/supplementary-length';

// The agreement and the sending follow the period, so only this rule speaks.
function withPeriod(start: string, end: string) {
  return withChanges(supplementaryDraft(), {
    period: { start, end },
    agreement: { start, end, signedOn: '2016-12-20' },
    submittedOn: '2016-12-30',
  });
}

const cases: { name: string; start: string; end: string; errors: string[]; message?: RegExp }[] = [
  { name: 'seed example: 30/12/2016–27/02/2017 is 60 days', start: '2016-12-30', end: '2017-02-27', errors: [] },
  { name: '59 days', start: '2016-12-30', end: '2017-02-26', errors: [] },
  { name: '61 days: refused, latest end 27/02/2017', start: '2016-12-30', end: '2017-02-28', errors: ['period.end'], message: /dura 61 giorni: il massimo è 60\. La data fine può essere al massimo il 27\/02\/2017/ },
  { name: 'starts 30/12/2016', start: '2016-12-30', end: '2017-01-30', errors: [] },
  { name: 'starts 31/12/2016 (last day allowed)', start: '2016-12-31', end: '2017-02-28', errors: [] },
  { name: 'starts 01/01/2017: refused', start: '2017-01-01', end: '2017-03-01', errors: ['period.start'], message: /iniziare entro il 31\/12\/2016: la data inizio è il 01\/01\/2017/ },
  { name: 'starts 01/01/2017 and 61 days: both', start: '2017-01-01', end: '2017-03-02', errors: ['period.start', 'period.end'] },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const found = findingsOf(judge(withPeriod(c.start, c.end), { today: SUPPLEMENTARY_TODAY }), RULE);
      expect(found.map((f) => f.fields[0])).toEqual(c.errors);
      expect(found.every((f) => f.severity === 'error')).toBe(true);
      if (c.message) expect(found[0].message).toMatch(c.message);
    });
  }

  it('gives the latest end of the 60 days', () => {
    expect(judge(supplementaryDraft(), { today: SUPPLEMENTARY_TODAY }).computed.latestEnd).toBe('2017-02-27');
  });

  it('an earlier supplementary application (even of another unit): warning, one continuous application', () => {
    const draft = supplementaryDraft();
    draft.previousApplications = [
      ...draft.previousApplications!,
      { unitId: 'U2', start: '2016-12-19', end: '2016-12-29', kind: 'supplementare-2016-2017' },
    ];
    const found = findingsOf(judge(draft, { today: SUPPLEMENTARY_TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].fields).toEqual(['previousApplications[1]']);
    expect(found[0].message).toContain('dal 19/12/2016 al 29/12/2016');
    expect(found[0].message).toContain('un’unica domanda continuativa');
  });

  it('an ordinary application is not judged by this rule', () => {
    const draft = withChanges(supplementaryDraft(), { kind: 'ordinaria', period: { start: '2016-01-01', end: '2016-12-31' } });
    expect(findingsOf(judge(draft, { today: SUPPLEMENTARY_TODAY }), RULE)).toEqual([]);
  });
});
