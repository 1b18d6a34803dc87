import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, piemonte2020Draft, withChanges } from '../../testing.ts';
import { formatDateIt } from '../../calc/dates.ts';
import { regimes } from '../index.ts';

const RULE = 'common/unknown-regime';

const cases: { name: string; region: string; start: string; regime: string | null }[] = [
  { name: 'Piemonte, start 23/02/2020', region: 'Piemonte', start: '2020-02-23', regime: 'piemonte-2020' },
  { name: 'Piemonte, start 22/02/2020 (day before)', region: 'Piemonte', start: '2020-02-22', regime: null },
  { name: 'Piemonte, start 31/12/2017', region: 'Piemonte', start: '2017-12-31', regime: 'piemonte-2016' },
  { name: 'Piemonte, start 01/01/2018', region: 'Piemonte', start: '2018-01-01', regime: null },
  { name: 'Piemonte, start 31/12/2015', region: 'Piemonte', start: '2015-12-31', regime: null },
  { name: 'Lombardia, start in 2015', region: 'Lombardia', start: '2015-06-01', regime: 'lombardia-2015' },
  { name: 'Lombardia, start in 2013', region: 'Lombardia', start: '2013-06-01', regime: null },
  { name: 'Veneto', region: 'Veneto', start: '2020-04-01', regime: null },
];

describe(RULE, () => {
  for (const c of cases) {
    it(`${c.name}: ${c.regime ?? 'no rule set, warning'}`, () => {
      const draft = withChanges(piemonte2020Draft(), { unit: { region: c.region }, period: { start: c.start, end: c.start } });
      const verdict = judge(draft, { today: '2020-04-10' });
      expect(verdict.regime).toBe(c.regime);
      const found = findingsOf(verdict, RULE);
      expect(found.length).toBe(c.regime ? 0 : 1);
      if (!c.regime) {
        expect(found[0].severity).toBe('warning');
        expect(found[0].fields).toEqual(['unit.region', 'period.start']);
        expect(found[0].message).toContain(`la regione «${c.region}» con data inizio ${c.start.split('-').reverse().join('/')}`);
        expect(found[0].message).toContain('solo i controlli comuni');
      }
    });
  }

  it('says what the rule sets cover with the bounds the engine chooses by, each regime\'s own selection', () => {
    const draft = withChanges(piemonte2020Draft(), { unit: { region: 'Veneto' }, period: { start: '2020-04-01', end: '2020-04-10' } });
    const [found] = findingsOf(judge(draft, { today: '2020-04-10' }), RULE);
    expect(found.message).toContain('il Piemonte (inizio dal 23/02/2020, oppure inizio dal 01/01/2016 al 31/12/2017)');
    for (const { selection } of regimes) {
      expect(found.message).toContain(formatDateIt(selection.startFrom));
      if (selection.startTo) expect(found.message).toContain(formatDateIt(selection.startTo));
    }
  });

  it('only the common rules run when no regime fits', () => {
    const draft = withChanges(piemonte2020Draft(), { unit: { region: 'Veneto' }, period: { start: '2020-03-01', end: '2020-05-30' } });
    const rules = new Set(judge(draft, { today: '2020-06-10' }).findings.map((f) => f.rule));
    expect([...rules].every((r) => r.startsWith('common/'))).toBe(true);
  });

  it("the draft's own regime wins: no warning", () => {
    const draft = withChanges(piemonte2020Draft(), { regime: 'piemonte-2020', unit: { region: 'Veneto' } });
    expect(findingsOf(judge(draft, { today: '2020-04-10' }), RULE)).toEqual([]);
  });
});
