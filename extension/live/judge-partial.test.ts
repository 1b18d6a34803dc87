/**
 * Judging a page half filled in: the code rules run once, on every row, and
 * each finding names the row the operator sees.
 */
import { describe, expect, it } from 'vitest';
import { judgeCodes } from '../../rules/index.ts';
import { piemonte2020Draft, VALID_WORKER_CFS } from '../../rules/testing.ts';
import { judgePartial, liveFindings, wasJudged } from './judge-partial.ts';

const TODAY = '2020-04-10';

describe('judgePartial on a draft the schema refuses', () => {
  it('a wrong code on the row after one left out is said once, naming its own row (n. 3, not n. 2 of the judged copy)', () => {
    const draft = piemonte2020Draft();
    delete (draft.workers[1] as { hiredOn?: string }).hiredOn; // row 2 still being typed: left out
    draft.workers[2].fiscalCode = `${VALID_WORKER_CFS[2].slice(0, 15)}X`;
    const result = judgePartial(draft, TODAY);
    expect(result.verdict).not.toBeNull();
    expect(result.unjudgedParts).toEqual(['workers[1]']);
    const wrong = liveFindings(result).filter((f) => f.rule === 'common/fiscal-code');
    expect(wrong).toHaveLength(1);
    expect(wrong[0].fields).toEqual(['workers[2].fiscalCode']);
    expect(wrong[0].message).toContain('Giuseppe Verdi (lavoratore n. 3)');
  });

  it("the regime's rules too name a worker after a row left out by the row the operator sees", () => {
    const draft = piemonte2020Draft();
    delete (draft.workers[1] as { hiredOn?: string }).hiredOn; // row 2 still being typed: left out
    draft.workers[2].hiredOn = '2020-03-02'; // hired after 23/02/2020
    const result = judgePartial(draft, TODAY);
    expect(result.unjudgedParts).toEqual(['workers[1]']);
    const hired = liveFindings(result).filter((f) => f.fields.includes('workers[2].hiredOn'));
    expect(hired).toHaveLength(1);
    expect(hired[0].message).toContain('Giuseppe Verdi (lavoratore n. 3)');
    // The whole draft, once row 2 is complete, says the same.
    draft.workers[1].hiredOn = '2018-06-01';
    expect(judgePartial(draft, TODAY).verdict!.findings.find((f) => f.fields.includes('workers[2].hiredOn'))!.message).toBe(hired[0].message);
  });

  it('with no period (GECO) every field the code rules report on is judged, and nothing else', () => {
    const draft: any = piemonte2020Draft();
    delete draft.period;
    draft.employer.fiscalCode = '01234567890';
    draft.workers[0].fiscalCode = `${VALID_WORKER_CFS[0].slice(0, 15)}X`;
    draft.workers[1].iban = 'IT00X0000000000000000000000';
    draft.sr41 = [{ workerFiscalCode: VALID_WORKER_CFS[1], month: '2020-03', iban: 'IT00X0000000000000000000000' }];
    const result = judgePartial(draft, TODAY);
    expect(result.verdict).toBeNull();
    const reported = judgeCodes(draft, { today: TODAY }).flatMap((f) => f.fields);
    expect(reported.sort()).toEqual(['employer.fiscalCode', 'sr41[0].iban', 'workers[0].fiscalCode', 'workers[1].iban']);
    for (const path of reported) expect(wasJudged(result, path)).toBe(true);
    for (const path of ['period.end', 'workers[0].hiredOn', 'employer.name', 'sr41[0].month']) expect(wasJudged(result, path)).toBe(false);
  });
});
