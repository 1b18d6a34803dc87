import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { art3Draft, artigianatoDraft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2015/max-90-days';

// Seed 003: "un periodo inferiore ai 30 giorni ma non superiore ai 90 giorni e comunque non oltre il 31 dicembre 2015".
// Days are calendar days with both ends counted; the agreement is signed on the start day.
const cases: { name: string; period: { start: string; end: string }; days: number; latestEnd: string; message?: RegExp }[] = [
  { name: 'one day: shorter than 30 is allowed here', period: { start: '2015-10-01', end: '2015-10-01' }, days: 1, latestEnd: '2015-12-29' },
  { name: '29 days', period: { start: '2015-10-01', end: '2015-10-29' }, days: 29, latestEnd: '2015-12-29' },
  { name: '30 days', period: { start: '2015-10-01', end: '2015-10-30' }, days: 30, latestEnd: '2015-12-29' },
  { name: '89 days', period: { start: '2015-10-01', end: '2015-12-28' }, days: 89, latestEnd: '2015-12-29' },
  { name: '90 days', period: { start: '2015-10-01', end: '2015-12-29' }, days: 90, latestEnd: '2015-12-29' },
  {
    name: '91 days: refused, says the latest end',
    period: { start: '2015-10-01', end: '2015-12-30' }, days: 91, latestEnd: '2015-12-29',
    message: /^La domanda dura 91 giorni: il massimo è 90\. La data fine può essere al massimo il 29\/12\/2015\.$/,
  },
  {
    name: '91 days into 2016: the latest end is 31/12/2015, not the 90th day',
    period: { start: '2015-11-01', end: '2016-01-30' }, days: 91, latestEnd: '2015-12-31',
    message: /al massimo il 31\/12\/2015\./,
  },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const draft = withChanges(artigianatoDraft(), { period: c.period, agreement: { signedOn: c.period.start, start: c.period.start } });
      const verdict = judge(draft, { today: TODAY });
      expect(verdict.computed.applicationDays).toBe(c.days);
      expect(verdict.computed.latestEnd).toBe(c.latestEnd);
      const found = findingsOf(verdict, RULE);
      expect(found.length).toBe(c.message ? 1 : 0);
      if (c.message) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['period.end']);
        expect(found[0].message).toMatch(c.message);
      }
    });
  }

  it('seed case of the art. 3 c. 17 agreements: 01/09/2015–29/11/2015 is exactly 90 days', () => {
    const verdict = judge(art3Draft(), { today: TODAY });
    expect(verdict.computed.applicationDays).toBe(90);
    expect(verdict.computed.latestEnd).toBe('2015-11-29');
    expect(findingsOf(verdict, RULE)).toEqual([]);
  });

  it('latestEnd of the base (start 05/10/2015): the 90th day is 02/01/2016, so 31/12/2015', () => {
    expect(judge(artigianatoDraft(), { today: TODAY }).computed.latestEnd).toBe('2015-12-31');
  });

  it('a start past 31/12/2015 (regime named by the draft): no latest end, the 90th day is told', () => {
    const draft = withChanges(artigianatoDraft(), { regime: 'lombardia-2015', period: { start: '2016-01-04', end: '2016-04-03' } });
    const verdict = judge(draft, { today: '2016-05-01' });
    expect(verdict.computed.latestEnd).toBeNull();
    const found = findingsOf(verdict, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('La domanda dura 91 giorni');
    expect(found[0].message).toContain('al massimo il 02/04/2016');
  });

  it('end before start: left to common/period-order', () => {
    const verdict = judge(withChanges(artigianatoDraft(), { period: { start: '2015-12-01', end: '2015-01-01' } }), { today: TODAY });
    expect(findingsOf(verdict, RULE)).toEqual([]);
    expect(verdict.computed.latestEnd).toBeUndefined();
  });
});
