import { describe, expect, it } from 'vitest';
import { addDays } from '../../calc/dates.ts';
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

  // Seed 001: 63 days in all, and each application "minima in 5 giorni". With fewer than 5 days left no end date
  // passes both: latestEnd is null and the message says no other application is possible (the audit's 3 left).
  // A first application of 35 days, a second from 30/03 of 22…27 days; this one 27/04–04/05/2020 (8 days).
  describe('fewer days left than the 5-day minimum of an application', () => {
    const secondEnds = (left: number) => addDays('2020-03-30', 63 - 35 - left - 1);
    const verdictWith = (left: number, period = { start: '2020-04-27', end: '2020-05-04' }) =>
      judgeWith({ previousApplications: [FIRST, { unitId: 'U1', start: '2020-03-30', end: secondEnds(left) }], period }, '2020-05-06');
    it.each([
      { left: 6, latestEnd: '2020-05-02' },
      { left: 5, latestEnd: '2020-05-01' },
      { left: 4, latestEnd: null },
      { left: 3, latestEnd: null },
      { left: 1, latestEnd: null },
    ])('$left days left before this application: latestEnd $latestEnd', ({ left, latestEnd }) => {
      const verdict = verdictWith(left);
      expect(verdict.computed).toMatchObject({ daysUsed: 63 - left + 8, daysLeft: 0, latestEnd });
      const found = verdict.findings.filter((f) => f.rule === TOTAL);
      expect(found).toHaveLength(1);
      if (latestEnd) {
        expect(found[0].fields).toEqual(['period.end']);
        expect(found[0].message).toContain(`La data fine può essere al massimo il ${latestEnd.split('-').reverse().join('/')}.`);
      } else {
        expect(found[0].fields).toEqual(['period.start', 'period.end']);
        expect(found[0].message).toBe(
          `Con questa domanda si arriva a ${63 - left + 8} giorni: il massimo è 63. Dopo le domande precedenti (${63 - left} giorni) ` +
            `nelle 9 settimane ${left === 1 ? 'resta solo 1 giorno' : `restano solo ${left} giorni`}, meno del minimo di 5 giorni ` +
            'di una domanda: non è possibile presentare un\'altra domanda per questa unità.',
        );
        expect(found[0].message).not.toMatch(/data fine/);
      }
    });

    it('the audit’s case: 60 days used, 23/04–30/04/2020 asked', () => {
      const verdict = judgeWith({
        previousApplications: [{ unitId: 'U1', start: '2020-02-23', end: '2020-03-28' }, { unitId: 'U1', start: '2020-03-29', end: '2020-04-22' }],
        period: { start: '2020-04-23', end: '2020-04-30' },
      }, '2020-04-20');
      expect(verdict.computed).toMatchObject({ daysUsed: 68, daysLeft: 0, latestEnd: null });
      expect(verdict.findings.filter((f) => f.rule === TOTAL).map((f) => f.message)).toEqual([
        expect.stringContaining('restano solo 3 giorni, meno del minimo di 5 giorni di una domanda'),
      ]);
    });
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
