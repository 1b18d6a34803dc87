import { describe, expect, it } from 'vitest';
import { VALID_WORKER_CFS } from '../../testing.ts';
import { draftWith, findings, worker } from './fixtures.ts';

const HIRED = 'piemonte-2020/hired-by-cutoff';
const AGENCY = 'piemonte-2020/agency-workers';

/** The base workers with the third one changed. */
function thirdWorker(extra: Record<string, unknown>) {
  const workers = draftWith().workers.slice(0, 2);
  return { workers: [...workers, worker(VALID_WORKER_CFS[2], { name: 'Giuseppe Verdi', ...extra })] };
}

describe(HIRED, () => {
  // Seed 001: "in forza al datore richiedente alla data del 23 febbraio 2020 … se sono stati assunti dopo il 23 febbraio non possono accedere".
  it.each([
    ['2020-02-22', false],
    ['2020-02-23', false],
    ['2020-02-24', true],
  ])('hired on %s: blocked %s', (hiredOn, fails) => {
    const found = findings(HIRED, thirdWorker({ hiredOn }));
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['workers[2].hiredOn']);
      expect(found[0].message).toMatch(/assunto il 24\/02\/2020, dopo il 23\/02\/2020/);
      // By name and position, never by codice fiscale (README, personal data).
      expect(found[0].message).toMatch(/^Giuseppe Verdi \(lavoratore n\. 3\) è stato assunto/);
      expect(found[0].message).not.toContain(VALID_WORKER_CFS[2]);
    }
  });

  it.each([
    ['2020-02-22', true],
    ['2020-02-23', false],
    ['2020-02-24', false],
  ])('left on %s: blocked %s', (leftOn, fails) => {
    const found = findings(HIRED, thirdWorker({ leftOn }));
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].fields).toEqual(['workers[2].leftOn']);
      expect(found[0].message).toMatch(/cessato il rapporto il 22\/02\/2020/);
    }
  });

  it('a worker without a name is named by position alone, with the article a sentence needs', () => {
    const found = findings(HIRED, thirdWorker({ name: undefined, hiredOn: '2020-02-24' }));
    expect(found[0].message).toMatch(/^Il lavoratore n\. 3 è stato assunto il 24\/02\/2020/);
  });
});

describe(AGENCY, () => {
  it.each([
    ['agency', true],
    ['full-time', false],
    ['part-time', false],
  ])('contract %s: blocked %s', (contract, fails) => {
    const found = findings(AGENCY, thirdWorker({ contract, fte: contract === 'part-time' ? 0.5 : undefined }));
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['workers[2].contract']);
      expect(found[0].message).toMatch(/somministrazione.*Fondo di Solidarietà/);
    }
  });
});
