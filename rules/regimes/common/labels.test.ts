import { describe, expect, it } from 'vitest';
import { UNKNOWN_WORKER, workerLabel, workersByCode } from './labels.ts';

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

  it('finds the worker whatever the case and surrounding spaces of the code typed in a report or SR41 form (as the code rules read it)', () => {
    const name = workersByCode([{ name: 'Laura Bianchi', fiscalCode: 'BNCLRA85M41F205C' }]);
    expect(name('bnclra85m41f205c')).toBe('Laura Bianchi (lavoratore n. 1)');
    expect(name(' BNCLRA85M41F205C ')).toBe('Laura Bianchi (lavoratore n. 1)');
  });
});
