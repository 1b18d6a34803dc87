import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { artigianatoDraft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2015/actual-data';

// Seed 003, letter d: "la data effettiva d’inizio delle sospensioni e la data effettiva di fine sospensione (dati reali
// non la previsione)". The base period is 05/10/2015–18/12/2015.
const unsent = () => withChanges(artigianatoDraft(), { status: 'bozza', submittedOn: undefined, protocol: undefined });

describe(RULE, () => {
  it.each([
    ['2015-12-17', true],
    ['2015-12-18', false],
    ['2015-12-19', false],
  ])('unsent, judged on %s', (today, warns) => {
    const found = findingsOf(judge(unsent(), { today }), RULE);
    expect(found.length).toBe(warns ? 1 : 0);
    if (warns) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].fields).toEqual(['period.end']);
      expect(found[0].message).toBe(
        'La data fine (18/12/2015) è successiva a oggi (17/12/2015): vanno indicate le date effettive delle sospensioni ' +
          '(dati reali, non la previsione). Presenta la domanda a sospensioni concluse, con la data fine e le ore effettive.',
      );
      expect(found[0].source).toContain('003_48727d6c2cb8523b.txt');
    }
  });

  // Seed over rules.md: a sent application is judged on the day it was sent, whatever today is.
  it.each([
    ['2015-12-17', true],
    ['2015-12-18', false],
    ['2015-12-19', false],
  ])('sent on %s, judged weeks later', (submittedOn, warns) => {
    const found = findingsOf(judge(withChanges(artigianatoDraft(), { submittedOn }), { today: TODAY }), RULE);
    expect(found.length).toBe(warns ? 1 : 0);
    if (warns) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].fields).toEqual(['period.end']);
      expect(found[0].message).toMatch(/^La domanda è stata inviata il 17\/12\/2015 con data fine 18\/12\/2015: .*Correggi la data fine con l’ultimo giorno di sospensione effettiva/);
    }
  });

  it('unsent before the suspensions even start: both dates are a forecast', () => {
    const found = findingsOf(judge(unsent(), { today: '2015-10-04' }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual(['period.start', 'period.end']);
  });

  it('unsent on the start day: only the end is a forecast', () => {
    expect(findingsOf(judge(unsent(), { today: '2015-10-05' }), RULE)[0].fields).toEqual(['period.end']);
  });

  it('end before start: left to common/period-order', () => {
    const draft = withChanges(unsent(), { period: { start: '2015-12-30', end: '2015-12-20' } });
    expect(findingsOf(judge(draft, { today: '2015-12-01' }), RULE)).toEqual([]);
  });
});
