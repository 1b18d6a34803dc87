import { describe, expect, it } from 'vitest';
import { findings, judgeWith } from './fixtures.ts';

const TOTAL = 'piemonte-2020/total-nine-weeks';
const TWO = 'piemonte-2020/at-most-two-applications';

// Seed 001: "le 9 settimane corrispondono a 63 giorni di calendario: il sistema controlla tale durata
// sommando i periodi richiesti in ogni domanda". A first application of 35 days (23/02–28/03/2020, the
// seed's retroactive first one) leaves 28: a second from 30/03 can end on 26/04 at the latest.
const FIRST = { unitId: 'U1', start: '2020-02-23', end: '2020-03-28' };

const cases = [
  { name: '62 days in all', period: { start: '2020-03-30', end: '2020-04-25' }, used: 62, left: 1, fails: false },
  { name: '63 days in all', period: { start: '2020-03-30', end: '2020-04-26' }, used: 63, left: 0, fails: false },
  { name: '64 days in all: blocked, says the latest end', period: { start: '2020-03-30', end: '2020-04-27' }, used: 64, left: 0, fails: true },
];

describe(TOTAL, () => {
  for (const c of cases) {
    it(c.name, () => {
      const verdict = judgeWith({ previousApplications: [FIRST], period: c.period }, '2020-04-28');
      const found = verdict.findings.filter((f) => f.rule === TOTAL);
      expect(verdict.computed).toMatchObject({ daysUsed: c.used, daysLeft: c.left, latestEnd: '2020-04-26' });
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['period.end']);
        expect(found[0].message).toMatch(/al massimo il 26\/04\/2020/);
        expect(found[0].source).toContain('001_97bd8f50a7fc0b82.txt');
      }
    });
  }

  it('the base draft: 28 days, 35 left, latest end by the 35-day rule', () => {
    expect(judgeWith().computed).toMatchObject({
      applicationDays: 28, daysUsed: 28, daysLeft: 35, latestEnd: '2020-04-12',
    });
  });

  it('no day left: latestEnd null, blocked on the start', () => {
    const verdict = judgeWith({
      previousApplications: [FIRST, { unitId: 'U1', start: '2020-03-30', end: '2020-04-26' }],
      period: { start: '2020-05-04', end: '2020-05-10' },
    }, '2020-05-12');
    expect(verdict.computed).toMatchObject({ daysUsed: 70, daysLeft: 0, latestEnd: null });
    const found = verdict.findings.filter((f) => f.rule === TOTAL);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/già esaurite/);
  });

  it('an inverted period: no applicationDays (common/period-order says it), the budget still given', () => {
    const verdict = judgeWith({ previousApplications: [FIRST], period: { start: '2020-03-30', end: '2020-03-29' } });
    expect(verdict.computed.applicationDays).toBeUndefined();
    expect(verdict.computed).toMatchObject({ daysUsed: 35, daysLeft: 28, latestEnd: '2020-04-26' });
    expect(verdict.findings.filter((f) => f.rule === TOTAL)).toEqual([]);
  });

  it('applications that ended before 23/02/2020 (earlier schemes) do not count', () => {
    const old = { unitId: 'U1', start: '2016-03-01', end: '2016-04-29' };
    const verdict = judgeWith({ previousApplications: [old, FIRST], period: { start: '2020-03-30', end: '2020-04-26' } }, '2020-04-28');
    expect(verdict.computed).toMatchObject({ daysUsed: 63, daysLeft: 0 });
    expect(verdict.findings.filter((f) => f.rule === TOTAL || f.rule === TWO)).toEqual([]);
  });

  it("another unit's applications do not count; one with no unit does", () => {
    const period = { start: '2020-03-30', end: '2020-04-27' };
    const other = judgeWith({ previousApplications: [{ ...FIRST, unitId: 'U2' }], period }, '2020-04-28');
    expect(other.computed).toMatchObject({ daysUsed: 29, daysLeft: 34 });
    expect(other.findings.filter((f) => f.rule === TOTAL)).toEqual([]);
    const noUnit = judgeWith({ previousApplications: [{ start: FIRST.start, end: FIRST.end }], period }, '2020-04-28');
    expect(noUnit.computed).toMatchObject({ daysUsed: 64, daysLeft: 0 });
    expect(noUnit.findings.filter((f) => f.rule === TOTAL)).toHaveLength(1);
  });
});

describe(TWO, () => {
  const earlier = [
    { unitId: 'U1', start: '2020-02-24', end: '2020-02-28' },
    { unitId: 'U1', start: '2020-03-02', end: '2020-03-06' },
  ];
  it.each([
    [0, false],
    [1, false],
    [2, true],
  ])('%i earlier applications: warning %s', (count, warns) => {
    const found = findings(TWO, { previousApplications: earlier.slice(0, count) });
    expect(found.length).toBe(warns ? 1 : 0);
    if (warns) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].message).toMatch(/domanda n\. 3 del datore di lavoro/);
      expect(found[0].fields).toEqual(['previousApplications']);
    }
  });

  // Seed 001: "Si auspica ... che ogni datore di lavoro presenti non più di due istanze": the advice is
  // per employer, so the employer's applications in its other units count (the 63 days stay per unit).
  const otherUnits = [
    { unitId: 'U2', start: '2020-02-24', end: '2020-02-28' },
    { unitId: 'U3', start: '2020-03-02', end: '2020-03-06' },
  ];
  it.each([
    [0, false],
    [1, false],
    [2, true],
  ])("%i earlier applications in the employer's other units: warning %s", (count, warns) => {
    const verdict = judgeWith({ previousApplications: otherUnits.slice(0, count) });
    const found = verdict.findings.filter((f) => f.rule === TWO);
    expect(found.length).toBe(warns ? 1 : 0);
    if (warns) {
      expect(found[0].message).toBe(
        'Questa è la domanda n. 3 del datore di lavoro (contando tutte le sue unità operative): ' +
        'la Regione chiede a ogni datore di lavoro di presentarne non più di 2. ' +
        'Se possibile, riunire i giorni restanti in un\'unica domanda.',
      );
    }
    // Other units' days still do not count toward this unit's 63.
    expect(verdict.computed).toMatchObject({ daysUsed: 28, daysLeft: 35 });
  });

  it('one earlier application in this unit and one in another: the 3rd of the employer, warned', () => {
    const found = findings(TWO, { previousApplications: [earlier[0], otherUnits[1]] });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/domanda n\. 3 del datore di lavoro/);
  });

  it('an earlier application with no unit recorded counts (it is the employer\'s)', () => {
    const { unitId: _u, ...noUnit } = otherUnits[0];
    expect(findings(TWO, { previousApplications: [noUnit, otherUnits[1]] })).toHaveLength(1);
  });

  it.each([
    ['2020-02-22', false],
    ['2020-02-23', true],
    ['2020-02-24', true],
  ])('applications of other units ending %s (cutoff 23/02/2020) count toward the two: warning %s', (end, warns) => {
    const old = { unitId: 'U2', start: '2020-02-10', end };
    expect(findings(TWO, { previousApplications: [old, otherUnits[1]] }).length).toBe(warns ? 1 : 0);
  });
});
