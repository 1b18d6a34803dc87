import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, piemonte2020Draft, VALID_WORKER_CFS, withChanges } from '../../testing.ts';
import type { Draft } from '../../schema.ts';

const RULE = 'common/fiscal-code';
const TODAY = '2020-04-10';

function withWorkerCode(index: number, fiscalCode: string): Draft {
  const draft = piemonte2020Draft();
  draft.workers[index] = { ...draft.workers[index], fiscalCode };
  return draft;
}

const workerCases: { name: string; code: string; fails: boolean; message?: RegExp }[] = [
  { name: 'valid code', code: VALID_WORKER_CFS[3], fails: false },
  { name: 'valid omocodic code (2 → N, check letter H)', code: 'RSSMRA85T10A56NH', fails: false },
  { name: 'lower case with spaces around', code: ' rssmra85t10a562s ', fails: false },
  { name: 'wrong check letter', code: 'RSSMRA85T10A562T', fails: true, message: /carattere di controllo/ },
  { name: '15 characters', code: 'RSSMRA85T10A562', fails: true, message: /lunghezza giusta \(16 caratteri\)/ },
  { name: '17 characters', code: 'RSSMRA85T10A562SX', fails: true, message: /lunghezza giusta/ },
  { name: 'an 11-digit code is not a worker\'s codice fiscale', code: '01234567897', fails: true, message: /lunghezza giusta/ },
  { name: 'digit in the surname letters', code: 'RSSMR185T10A562S', fails: true, message: /fuori posto/ },
  { name: 'month letter F does not exist', code: 'RSSMRA85F10A562S', fails: true, message: /mese/ },
  { name: 'empty', code: '', fails: true, message: /manca/ },
];

describe(`${RULE}: workers`, () => {
  it('the base draft has valid codes', () => {
    expect(findingsOf(judge(piemonte2020Draft(), { today: TODAY }), RULE)).toEqual([]);
  });

  for (const c of workerCases) {
    it(c.name, () => {
      const found = findingsOf(judge(withWorkerCode(1, c.code), { today: TODAY }), RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['workers[1].fiscalCode']);
        expect(found[0].message).toMatch(c.message!);
        expect(found[0].message).toContain('Il codice fiscale di Laura Bianchi (lavoratore n. 2)');
        expect(found[0].message, 'no personal data in messages').not.toContain(c.code.trim().toUpperCase() || '§');
      }
    });
  }

  // Punctuation the operator reads: one colon before what to do, the likely cause in brackets.
  it('a wrong check letter, as the operator reads it', () => {
    const found = findingsOf(judge(withWorkerCode(1, 'RSSMRA85T10A562T'), { today: TODAY }), RULE);
    expect(found.map((f) => f.message)).toEqual([
      'Il codice fiscale di Laura Bianchi (lavoratore n. 2) non corrisponde al suo carattere di controllo ' +
        '(probabilmente un carattere è stato trascritto male): correggilo come risulta dalla tessera sanitaria o dal cedolino.',
    ]);
  });

  it('one finding per wrong worker', () => {
    const draft = withWorkerCode(0, 'RSSMRA80A01L219X');
    draft.workers[2] = { ...draft.workers[2], fiscalCode: 'XXX' };
    const found = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(found.map((f) => f.fields[0])).toEqual(['workers[0].fiscalCode', 'workers[2].fiscalCode']);
  });
});

const employerCases: { name: string; code: string; fails: boolean }[] = [
  { name: '11 digits, check digit 7', code: '01234567897', fails: false },
  { name: '11 digits, check digit 0 instead of 7', code: '01234567890', fails: true },
  { name: '11 digits, check digit 8 instead of 7', code: '01234567898', fails: true },
  { name: '10 digits', code: '0123456789', fails: true },
  { name: '12 digits', code: '012345678970', fails: true },
  { name: 'sole trader with a personal codice fiscale', code: 'RSSMRA85T10A562S', fails: false },
  { name: 'sole trader with a wrong personal codice fiscale', code: 'RSSMRA85T10A562Z', fails: true },
];

describe(`${RULE}: employer`, () => {
  for (const c of employerCases) {
    it(c.name, () => {
      const found = findingsOf(judge(withChanges(piemonte2020Draft(), { employer: { fiscalCode: c.code } }), { today: TODAY }), RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].fields).toEqual(['employer.fiscalCode']);
        expect(found[0].message).toMatch(/^Il codice fiscale del datore di lavoro/);
      }
    });
  }
});
