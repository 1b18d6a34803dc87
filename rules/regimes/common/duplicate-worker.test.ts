import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, piemonte2020Draft, VALID_WORKER_CFS } from '../../testing.ts';

const RULE = 'common/duplicate-worker';
const TODAY = '2020-04-10';

describe(RULE, () => {
  it('three different workers: fine', () => {
    expect(findingsOf(judge(piemonte2020Draft(), { today: TODAY }), RULE)).toEqual([]);
  });

  it('the same code on rows 1 and 3: the second row is flagged', () => {
    const draft = piemonte2020Draft();
    draft.workers[2] = { ...draft.workers[2], fiscalCode: VALID_WORKER_CFS[0] };
    const found = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].fields).toEqual(['workers[2].fiscalCode']);
    expect(found[0].message).toContain('Giuseppe Verdi (lavoratore n. 3) ha lo stesso codice fiscale di Mario Rossi (lavoratore n. 1)');
  });

  it('case and surrounding spaces do not hide a duplicate', () => {
    const draft = piemonte2020Draft();
    draft.workers[1] = { ...draft.workers[1], fiscalCode: ` ${VALID_WORKER_CFS[0].toLowerCase()}` };
    expect(findingsOf(judge(draft, { today: TODAY }), RULE).map((f) => f.fields[0])).toEqual(['workers[1].fiscalCode']);
  });

  it('three times the same code: two findings', () => {
    const draft = piemonte2020Draft();
    for (const w of draft.workers) w.fiscalCode = VALID_WORKER_CFS[4];
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toHaveLength(2);
  });

  it('empty codes are left to common/fiscal-code', () => {
    const draft = piemonte2020Draft();
    draft.workers[0].fiscalCode = '';
    draft.workers[1].fiscalCode = '';
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toEqual([]);
  });
});
