import { describe, expect, it } from 'vitest';
import { VALID_WORKER_CFS } from '../../testing.ts';
import { draftWith, findings, judgeWith, worker } from './fixtures.ts';

const RULE = 'piemonte-2020/intermittent-cap';
const CF = VALID_WORKER_CFS[3];

function withIntermittent(extra: Record<string, unknown>) {
  return { workers: [...draftWith().workers, worker(CF, { contract: 'intermittent', fte: 0.3, ...extra })] };
}

// Seed 001, the example: 68 days in the last year → 68/12 = 5,67 = 6 → 6 × 63/30 = 12,6 → 13.
describe(RULE, () => {
  it.each([
    [12, false],
    [13, false],
    [14, true],
  ])('68 days worked, %i CIGD days asked: blocked %s', (cigdDays, fails) => {
    const changes = withIntermittent({ intermittent: { daysWorkedLast12Months: 68, calledBeforeCause: true }, cigdDays });
    const verdict = judgeWith(changes);
    expect(verdict.computed.intermittentCaps).toEqual({ [CF]: 13 });
    const found = verdict.findings.filter((f) => f.rule === RULE);
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['workers[3].cigdDays']);
      expect(found[0].message).toMatch(/al massimo 13 giornate/);
    }
  });

  // Seed 001: the monthly days are "riproporzionat[i] sul periodo massimo di nove settimane": 365 days worked →
  // 31 a month → 65,1 → 66 is past the 63 days of the 9 weeks, so the cap is 63 (the audit asked 66).
  it.each([
    [62, false],
    [63, false],
    [64, true],
    [66, true],
  ])('365 days worked, %i CIGD days asked: blocked %s', (cigdDays, fails) => {
    const changes = withIntermittent({ intermittent: { daysWorkedLast12Months: 365, calledBeforeCause: true }, cigdDays });
    const verdict = judgeWith(changes);
    expect(verdict.computed.intermittentCaps).toEqual({ [CF]: 63 });
    const found = verdict.findings.filter((f) => f.rule === RULE);
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].fields).toEqual(['workers[3].cigdDays']);
      expect(found[0].message).toContain(
        'con 365 giornate lavorate negli ultimi 12 mesi può avere al massimo 63 giornate di CIGD nelle 9 settimane ' +
          `(31 al mese × 63/30 supera le 63 giornate delle 9 settimane), non ${cigdDays}. Ridurre le giornate a 63.`,
      );
    }
  });

  it('never called before the cause: not admissible at all', () => {
    const changes = withIntermittent({ intermittent: { daysWorkedLast12Months: 68, calledBeforeCause: false }, cigdDays: 1 });
    const verdict = judgeWith(changes);
    expect(verdict.computed.intermittentCaps).toEqual({ [CF]: 0 });
    const found = verdict.findings.filter((f) => f.rule === RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].fields).toEqual(['workers[3].intermittent.calledBeforeCause']);
    expect(found[0].message).toMatch(/non ha risposto ad alcuna chiamata/);
  });

  it('0 days worked: not admissible at all', () => {
    const found = findings(RULE, withIntermittent({ intermittent: { daysWorkedLast12Months: 0, calledBeforeCause: true } }));
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual(['workers[3].intermittent.daysWorkedLast12Months']);
  });

  it('no days asked yet: only the cap is given', () => {
    const verdict = judgeWith(withIntermittent({ intermittent: { daysWorkedLast12Months: 120, calledBeforeCause: true } }));
    expect(verdict.computed.intermittentCaps).toEqual({ [CF]: 21 });
    expect(verdict.findings.filter((f) => f.rule === RULE)).toEqual([]);
  });

  it('an intermittent worker without the data: a warning asking for it', () => {
    const found = findings(RULE, withIntermittent({}));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].fields).toEqual(['workers[3].intermittent']);
  });

  it('the base draft has no intermittent worker: an empty map', () => {
    expect(judgeWith().computed.intermittentCaps).toEqual({});
  });
});
