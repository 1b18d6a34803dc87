import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { standardDraft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2015/ends-2015';

// Seed 003: "… e comunque non oltre il 31 dicembre 2015". The standard base starts on 02/12/2015.
const cases: { name: string; end: string; message?: RegExp }[] = [
  { name: 'ends 30/12/2015', end: '2015-12-30' },
  { name: 'ends 31/12/2015', end: '2015-12-31' },
  {
    name: 'ends 01/01/2016: refused',
    end: '2016-01-01',
    message: /^Il periodo di CIGD non può andare oltre il 31\/12\/2015 \(data fine 01\/01\/2016\): porta la data fine al massimo al 31\/12\/2015\.$/,
  },
  { name: 'ends 29/02/2016: refused', end: '2016-02-29', message: /data fine 29\/02\/2016/ },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const draft = withChanges(standardDraft(), { period: { end: c.end } });
      const found = findingsOf(judge(draft, { today: '2016-03-15' }), RULE);
      expect(found.length).toBe(c.message ? 1 : 0);
      if (c.message) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['period.end']);
        expect(found[0].message).toMatch(c.message);
        expect(found[0].source).toContain('003_48727d6c2cb8523b.txt');
      }
    });
  }

  it('a start on 01/01/2016 (regime named by the draft): refused on the start', () => {
    const draft = withChanges(standardDraft(), { regime: 'lombardia-2015', period: { start: '2016-01-01', end: '2016-01-20' } });
    const found = findingsOf(judge(draft, { today: '2016-03-15' }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual(['period.start']);
    expect(found[0].message).toContain('la data inizio (01/01/2016) è successiva');
  });

  it('a start on 31/12/2015 ending that day is fine', () => {
    const draft = withChanges(standardDraft(), { period: { start: '2015-12-31', end: '2015-12-31' } });
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toEqual([]);
  });

  it('end before start: left to common/period-order', () => {
    const draft = withChanges(standardDraft(), { regime: 'lombardia-2015', period: { start: '2016-02-01', end: '2016-01-01' } });
    expect(findingsOf(judge(draft, { today: '2016-03-15' }), RULE)).toEqual([]);
  });
});
