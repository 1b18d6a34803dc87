import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { ORDINARY_TODAY, ordinary2016Draft, supplementaryDraft, SUPPLEMENTARY_TODAY } from './fixtures.ts';

const RULE = 'piemonte-2016/ordinary-ends-2016';

const cases: { name: string; period: { start: string; end: string }; fields?: string[]; message?: RegExp }[] = [
  { name: 'ends 30/12/2016', period: { start: '2016-12-01', end: '2016-12-30' } },
  { name: 'ends 31/12/2016', period: { start: '2016-12-01', end: '2016-12-31' } },
  { name: 'ends 01/01/2017: refused', period: { start: '2016-12-01', end: '2017-01-01' }, fields: ['period.end'], message: /porta la data fine al massimo al 31\/12\/2016/ },
  { name: 'starts 01/01/2017: refused, only apprentices may start in 2017', period: { start: '2017-01-01', end: '2017-01-20' }, fields: ['period.start', 'kind'], message: /non può iniziare dopo il 31\/12\/2016.*apprendisti/ },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const draft = withChanges(ordinary2016Draft(), { period: c.period, previousApplications: [] });
      const found = findingsOf(judge(draft, { today: ORDINARY_TODAY }), RULE);
      expect(found.length).toBe(c.fields ? 1 : 0);
      if (c.fields) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(c.fields);
        expect(found[0].message).toMatch(c.message!);
      }
    });
  }

  it('a supplementary application may end in 2017', () => {
    expect(findingsOf(judge(supplementaryDraft(), { today: SUPPLEMENTARY_TODAY }), RULE)).toEqual([]);
  });

  it('`kind` absent means ordinary', () => {
    const draft = withChanges(supplementaryDraft(), { kind: undefined });
    expect(findingsOf(judge(draft, { today: SUPPLEMENTARY_TODAY }), RULE)).toHaveLength(1);
  });
});
