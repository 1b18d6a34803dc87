import { describe, expect, it } from 'vitest';
import { NO_CODE, NO_CODE_WORKER, ofWorker, theWorker, UNKNOWN_WORKER, workerLabel, workersByCode, workerSubject } from './labels.ts';
import { judge } from '../../engine.ts';
import { piemonte2020Draft } from '../../testing.ts';

describe('naming a worker: one form everywhere, «Laura Bianchi (lavoratore n. 2)»', () => {
  it.each([
    { name: 'Laura Bianchi', index: 1, shown: 'Laura Bianchi (lavoratore n. 2)' },
    { name: '  Laura Bianchi ', index: 1, shown: 'Laura Bianchi (lavoratore n. 2)' },
    { name: '', index: 0, shown: 'lavoratore n. 1' },
    { name: undefined, index: 2, shown: 'lavoratore n. 3' },
  ])('$shown', ({ name, index, shown }) => {
    expect(workerLabel({ name }, index)).toBe(shown);
  });

  it('the code-keyed entries use the same form, and never the code', () => {
    const name = workersByCode([{ name: 'Mario Rossi', fiscalCode: 'A' }, { name: 'Laura Bianchi', fiscalCode: 'B' }]);
    expect(name('B')).toBe('Laura Bianchi (lavoratore n. 2)');
    expect(name('C')).toBe(UNKNOWN_WORKER);
  });

  // A half-typed page: rows whose code is still empty. An empty code is nobody's, on either side.
  it('an entry without a code is no worker’s, not even one whose code is still empty: said to miss its code', () => {
    const name = workersByCode([{ name: 'Mario Rossi', fiscalCode: '' }, { name: 'Laura Bianchi', fiscalCode: 'B' }]);
    expect(name('')).toBe(NO_CODE_WORKER);
    expect(name('  ')).toBe(NO_CODE_WORKER);
    expect(name('B')).toBe('Laura Bianchi (lavoratore n. 2)');
    expect(name('C')).toBe(UNKNOWN_WORKER);
  });

  it('finds the worker whatever the case and surrounding spaces of the code typed in a report or SR41 form (as the code rules read it)', () => {
    const name = workersByCode([{ name: 'Laura Bianchi', fiscalCode: 'BNCLRA85M41F205C' }]);
    expect(name('bnclra85m41f205c')).toBe('Laura Bianchi (lavoratore n. 1)');
    expect(name(' BNCLRA85M41F205C ')).toBe('Laura Bianchi (lavoratore n. 1)');
  });
});

describe('a worker in a sentence: the article Italian needs when there is no name', () => {
  it.each([
    [{ name: 'Laura Bianchi' }, 1, 'Laura Bianchi (lavoratore n. 2)', 'di Laura Bianchi (lavoratore n. 2)', 'Laura Bianchi (lavoratore n. 2)'],
    [{ name: '  ' }, 4, 'il lavoratore n. 5', 'del lavoratore n. 5', 'Il lavoratore n. 5'],
    [{}, 1, 'il lavoratore n. 2', 'del lavoratore n. 2', 'Il lavoratore n. 2'],
  ])('%j, index %i', (worker, index, inside, after, opening) => {
    expect(theWorker(worker, index)).toBe(inside);
    expect(ofWorker(worker, index)).toBe(after);
    expect(workerSubject(worker, index)).toBe(opening);
    // What a lookup by code finds reads the same.
    expect(ofWorker({ worker, index })).toBe(after);
  });

  it('a code no worker has: «di un lavoratore il cui codice fiscale …», «Un lavoratore il cui …»', () => {
    expect(theWorker(undefined)).toBe(UNKNOWN_WORKER);
    expect(ofWorker(undefined)).toBe(`di ${UNKNOWN_WORKER}`);
    expect(workerSubject(undefined)).toBe(`U${UNKNOWN_WORKER.slice(1)}`);
  });

  it('an entry without a code: «di un lavoratore di cui manca il codice fiscale», «Un lavoratore di cui …»', () => {
    expect(theWorker(NO_CODE)).toBe('un lavoratore di cui manca il codice fiscale');
    expect(ofWorker(NO_CODE)).toBe('di un lavoratore di cui manca il codice fiscale');
    expect(workerSubject(NO_CODE)).toBe('Un lavoratore di cui manca il codice fiscale');
  });

  it('no message says «di lavoratore n.» or opens with a lower-case «lavoratore n.»', () => {
    const draft = piemonte2020Draft();
    for (const w of draft.workers) delete (w as { name?: string }).name;
    draft.workers[0].fiscalCode = `${draft.workers[0].fiscalCode.slice(0, 15)}X`; // a wrong check letter
    draft.workers[1].iban = 'IT00X0000000000000000000000';
    draft.workers[2].hiredOn = '2020-03-02';
    const messages = judge(draft, { today: '2020-04-10' }).findings.map((f) => f.message);
    expect(messages.filter((m) => /lavoratore n\. \d/.test(m)).length).toBeGreaterThanOrEqual(3);
    for (const m of messages) {
      expect(m).not.toMatch(/\bdi lavoratore n\./);
      expect(m).not.toMatch(/(^|[.:!?] )lavoratore n\./);
    }
  });
});
