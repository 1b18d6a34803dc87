import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, piemonte2020Draft, VALID_WORKER_CFS } from '../../testing.ts';
import type { Draft } from '../../schema.ts';

const RULE = 'common/iban';
const TODAY = '2020-04-10';
const VALID = 'IT60X0542811101000000123456';

function withWorkerIban(iban: string | undefined): Draft {
  const draft = piemonte2020Draft();
  draft.workers[0] = { ...draft.workers[0], iban };
  return draft;
}

const cases: { name: string; iban: string; fails: boolean; message?: RegExp }[] = [
  { name: 'valid Italian IBAN', iban: VALID, fails: false },
  { name: 'valid, written in groups of four', iban: 'IT60 X054 2811 1010 0000 0123 456', fails: false },
  { name: 'valid foreign IBAN (Germany, 22)', iban: 'DE89370400440532013000', fails: false },
  { name: 'check digits wrong', iban: 'IT61X0542811101000000123456', fails: true, message: /controllo dell’IBAN/ },
  { name: 'two digits swapped', iban: 'IT60X0542811101000000123465', fails: true, message: /controllo dell’IBAN/ },
  { name: '26 characters', iban: 'IT60X054281110100000012345', fails: true, message: /27 caratteri/ },
  { name: '28 characters', iban: 'IT60X05428111010000001234567', fails: true, message: /27 caratteri/ },
  { name: 'not an IBAN at all', iban: '0542811101000000123456', fails: true, message: /forma di un IBAN/ },
];

describe(RULE, () => {
  it('no IBAN given: nothing to check', () => {
    expect(findingsOf(judge(withWorkerIban(undefined), { today: TODAY }), RULE)).toEqual([]);
  });

  for (const c of cases) {
    it(`worker: ${c.name}`, () => {
      const found = findingsOf(judge(withWorkerIban(c.iban), { today: TODAY }), RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['workers[0].iban']);
        expect(found[0].message).toMatch(c.message!);
        expect(found[0].message).toContain('L’IBAN di Mario Rossi (lavoratore n. 1)');
        expect(found[0].source).toContain('001_97bd8f50a7fc0b82.txt');
      }
    });
  }

  it('SR41 forms: the wrong IBAN is named by form, worker and month', () => {
    const draft = piemonte2020Draft();
    draft.sr41 = [
      { workerFiscalCode: VALID_WORKER_CFS[0], month: '2020-03', hours: 40, iban: VALID },
      { workerFiscalCode: VALID_WORKER_CFS[1], month: '2020-03', hours: 40, iban: 'IT60X0542811101000000123457' },
      { workerFiscalCode: VALID_WORKER_CFS[2], month: '2020-03', hours: 40 },
    ];
    const found = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual(['sr41[1].iban']);
    expect(found[0].message).toContain('SR41 n. 2 (mese 03/2020) di Laura Bianchi (lavoratore n. 2)');
  });

  // A half-typed page: an empty code is nobody's, not the worker's whose code is still empty too.
  it('an SR41 form without a code: named by form and month only, not as the worker whose code is still empty', () => {
    const draft = piemonte2020Draft();
    draft.workers[1].fiscalCode = '';
    draft.sr41 = [{ workerFiscalCode: '', month: '2020-03', hours: 40, iban: 'IT60X0542811101000000123457' }];
    const found = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(found.map((f) => f.message)).toEqual([
      'L’IBAN del modello SR41 n. 1 (mese 03/2020) non supera il controllo dell’IBAN (probabilmente un carattere è stato trascritto male): correggilo.',
    ]);
  });
});
