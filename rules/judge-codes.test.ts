/**
 * judgeCodes: the code rules (codici fiscali, IBANs, duplicate workers) on a
 * draft the schema does not accept yet, as the extension reads it from a page
 * half filled in (GECO has no period at all).
 */
import { describe, expect, it } from 'vitest';
import { allRules, CODE_FIELDS, judge, judgeCodes } from './engine.ts';
import { piemonte2020Draft, VALID_WORKER_CFS } from './testing.ts';

const ruleIds = (findings: { rule: string; fields: string[] }[]) => findings.map((f) => `${f.rule} ${f.fields.join(',')}`);

describe('judgeCodes', () => {
  it('finds a wrong codice fiscale, a duplicate row and a wrong IBAN on a draft with no period and a half-typed row', () => {
    const half = {
      employer: { fiscalCode: '01234567890' }, // wrong check digit
      workers: [
        { fiscalCode: VALID_WORKER_CFS[0], iban: 'IT61X0542811101000000123456' },
        { fiscalCode: VALID_WORKER_CFS[0] }, // the same worker again, hiring date not typed yet
        { fiscalCode: 'RSSMRA80A01L219' },
      ],
    };
    expect(ruleIds(judgeCodes(half, { today: '2020-04-10' }))).toEqual([
      'common/fiscal-code employer.fiscalCode',
      'common/fiscal-code workers[2].fiscalCode',
      'common/iban workers[0].iban',
      'common/duplicate-worker workers[1].fiscalCode',
    ]);
  });

  it('nothing to say on valid codes; anything not shaped like a draft is read as empty codes, never a crash', () => {
    expect(judgeCodes({ employer: { fiscalCode: '01234567897' }, workers: [{ fiscalCode: VALID_WORKER_CFS[1] }] })).toEqual([]);
    // Nothing readable: only the employer's code, missing, is said.
    for (const input of [null, 42, 'x', [], {}]) {
      expect(ruleIds(judgeCodes(input))).toEqual(['common/fiscal-code employer.fiscalCode']);
    }
    // Rows that are not rows, or hold no text, are rows with an empty code; an SR41 form with no readable month is left out.
    const junk = { employer: null, workers: [null, 7, { fiscalCode: 5, iban: 'x' }], sr41: [{ month: 'maggio', iban: 'x' }] };
    expect(ruleIds(judgeCodes(junk))).toEqual([
      'common/fiscal-code employer.fiscalCode',
      'common/fiscal-code workers[0].fiscalCode',
      'common/fiscal-code workers[1].fiscalCode',
      'common/fiscal-code workers[2].fiscalCode',
      'common/iban workers[2].iban',
    ]);
  });

  it('on a whole draft it says exactly what judge says of the codes', () => {
    const draft = piemonte2020Draft();
    draft.employer.fiscalCode = '01234567890';
    draft.workers[1].fiscalCode = draft.workers[0].fiscalCode;
    draft.workers[2].iban = 'IT61X0542811101000000123456';
    const codeRules = new Set(allRules().filter((r) => r.codesOnly).map((r) => r.id));
    expect(codeRules).toEqual(new Set(['common/fiscal-code', 'common/iban', 'common/duplicate-worker']));
    expect(judgeCodes(draft, { today: '2020-04-10' })).toEqual(judge(draft, { today: '2020-04-10' }).findings.filter((f) => codeRules.has(f.rule)));
  });
});

describe('CODE_FIELDS', () => {
  it('holds every field the code rules report on (the extension marks them as judged whatever else is missing)', () => {
    const draft: any = piemonte2020Draft();
    draft.employer.fiscalCode = '01234567890';
    draft.workers[0].fiscalCode = `${VALID_WORKER_CFS[0].slice(0, 15)}X`;
    draft.workers[1].iban = 'IT00X0000000000000000000000';
    draft.workers[2].fiscalCode = draft.workers[1].fiscalCode; // the same worker twice
    draft.sr41 = [{ workerFiscalCode: VALID_WORKER_CFS[1], month: '2020-03', iban: 'IT00X0000000000000000000000' }];
    const reported = new Set(judgeCodes(draft, { today: '2020-04-10' }).flatMap((f) => f.fields).map((p) => p.replace(/\[\d+\]/g, '[*]')));
    expect(reported.size).toBeGreaterThanOrEqual(4);
    for (const path of reported) expect(CODE_FIELDS, path).toContain(path);
  });
});
