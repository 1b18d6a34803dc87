/**
 * The compliant base draft every table of cases changes: no error for any
 * piemonte-2020 rule, and the figures and deadlines the regime always gives.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { piemonte2020Draft, VALID_WORKER_CFS } from '../../testing.ts';
import { piemonte2020 } from './index.ts';
import { judgeWith, TODAY } from './fixtures.ts';

const [A, B, C] = VALID_WORKER_CFS;

describe('piemonte-2020 base draft', () => {
  it('has no error and no warning on its day', () => {
    const verdict = judge(piemonte2020Draft(), { today: TODAY });
    expect(verdict.regime).toBe('piemonte-2020');
    expect(verdict.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(verdict.findings.map((f) => f.rule)).toEqual(['piemonte-2020/headcount']);
  });

  it('gives every computed figure of the regime', () => {
    expect(judgeWith().computed).toEqual({
      applicationDays: 28, daysUsed: 28, daysLeft: 35, latestEnd: '2020-04-12',
      fte: 2.5, smallEmployer: true, intermittentCaps: {},
    });
  });

  it('gives the submission, monthly report and SR41 deadlines', () => {
    expect(judgeWith().deadlines.map((d) => [d.id, d.date, d.status])).toEqual([
      ['report-2020-03', '2020-04-01', 'due-soon'],
      ['report-2020-04', '2020-04-06', 'due-soon'],
      ['submission', '2020-05-31', 'future'],
      ['sr41', '2020-10-05', 'future'],
    ]);
  });

  it('stays compliant through its life: sent, reported, SR41 sent, with a second application', () => {
    const iban = 'IT60X0542811101000000123456';
    const verdict = judgeWith({
      status: 'autorizzata',
      protocol: '2020/004321',
      submittedOn: '2020-04-08',
      reports: [
        { month: '2020-03', submittedOn: '2020-04-08', hours: { [A]: 60, [B]: 40, [C]: 0 } },
        { month: '2020-04', submittedOn: '2020-04-08', hours: { [A]: 16, [B]: 0, [C]: 8 } },
      ],
      sr41: [
        { workerFiscalCode: A, month: '2020-03', hours: 60, iban, sentOn: '2020-06-15' },
        { workerFiscalCode: B, month: '2020-03', hours: 40, iban, sentOn: '2020-06-15' },
        { workerFiscalCode: A, month: '2020-04', hours: 16, iban, sentOn: '2020-06-15' },
        { workerFiscalCode: C, month: '2020-04', hours: 8, iban, sentOn: '2020-06-15' },
      ],
    }, '2020-12-01');
    expect(verdict.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(verdict.deadlines.every((d) => d.status === 'met')).toBe(true);
  });

  it('registers every rule once, with the regime scope and a seed passage', () => {
    const ids = piemonte2020.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(28);
    for (const r of piemonte2020.rules) {
      expect(r.scope).toBe('piemonte-2020');
      expect(r.source.quote.length).toBeGreaterThan(20);
    }
  });
});
