import { describe, expect, it } from 'vitest';
import { VALID_WORKER_CFS } from '../../testing.ts';
import { draftWith, findings, worker } from './fixtures.ts';

const WORKERS = 'piemonte-2020/agreement-workers';
const PERIOD = 'piemonte-2020/agreement-period';
const SPAN = 'piemonte-2020/agreement-span';
const CONSULTATION = 'piemonte-2020/union-consultation';

// Base: period 09/03–05/04/2020, 3 workers, no earlier application (63 days: 09/03–10/05/2020).
const AGREEMENT = { kind: 'categorie', signedOn: '2020-03-05', start: '2020-03-09', end: '2020-05-10', workers: 3 };

describe(WORKERS, () => {
  // Seed: "Se nell'accordo si prevede di richiedere la CIGD per 4 persone, nella domanda non se ne potranno inserire più di 4".
  const four = [...draftWith().workers, worker(VALID_WORKER_CFS[3])];
  it.each([
    [3, false],
    [4, false],
    [5, true],
  ])('4 people in the agreement, %i in the application: blocked %s', (n, fails) => {
    const workers = [...four, worker(VALID_WORKER_CFS[4])].slice(0, n);
    const found = findings(WORKERS, { workers, agreement: { ...AGREEMENT, workers: 4 } });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['agreement.workers']);
      expect(found[0].message).toMatch(/5 lavoratori ma l'accordo ne prevede 4/);
    }
  });
});

describe(PERIOD, () => {
  it.each([
    ['2020-03-08', false],
    ['2020-03-09', false],
    ['2020-03-10', true],
  ])('agreement starting %s for a period from 09/03: blocked %s', (start, fails) => {
    const found = findings(PERIOD, { agreement: { ...AGREEMENT, start } });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].fields).toEqual(['period.start']);
      expect(found[0].message).toMatch(/almeno il 10\/03\/2020/);
    }
  });

  it.each([
    ['2020-04-04', true],
    ['2020-04-05', false],
    ['2020-04-06', false],
  ])('agreement ending %s for a period to 05/04: blocked %s', (end, fails) => {
    const found = findings(PERIOD, { agreement: { ...AGREEMENT, end } });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['period.end']);
      expect(found[0].message).toMatch(/al massimo il 04\/04\/2020/);
    }
  });
});

describe(SPAN, () => {
  it.each([
    ['2020-05-09', true],
    ['2020-05-10', false],
    ['2020-05-11', false],
  ])('agreement ending %s (63 days end on 10/05): info %s', (end, informs) => {
    const found = findings(SPAN, { agreement: { ...AGREEMENT, end } });
    expect(found.length).toBe(informs ? 1 : 0);
    if (informs) {
      expect(found[0].severity).toBe('info');
      expect(found[0].fields).toEqual(['agreement.end']);
      expect(found[0].message).toMatch(/restano 63 giorni.*fino al 10\/05\/2020/);
    }
  });

  it('counts the earlier applications: 35 used, 28 left from 09/03 → 05/04', () => {
    const previousApplications = [{ unitId: 'U1', start: '2020-02-23', end: '2020-03-28' }];
    expect(findings(SPAN, { previousApplications, agreement: { ...AGREEMENT, end: '2020-04-05' } })).toEqual([]);
  });
});

describe(CONSULTATION, () => {
  // Seed: "se queste non richiedono entro 7 giorni l'esame congiunto, possono rivolgersi … alla Commissione Sindacale regionale".
  it.each([
    ['2020-03-08', true],  // 6 days after 02/03
    ['2020-03-09', false], // 7 days
    ['2020-03-10', false], // 8 days
  ])('notified 02/03, signed %s: warning %s', (signedOn, warns) => {
    const agreement = { ...AGREEMENT, kind: 'commissione-sindacale', unionsNotifiedOn: '2020-03-02', signedOn };
    const found = findings(CONSULTATION, { agreement });
    expect(found.length).toBe(warns ? 1 : 0);
    if (warns) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].fields).toEqual(['agreement.signedOn']);
      expect(found[0].message).toMatch(/6 giorni dopo.*firmare dal 09\/03\/2020/);
    }
  });

  it('an agreement between the parties (categorie) is not concerned', () => {
    const agreement = { ...AGREEMENT, unionsNotifiedOn: '2020-03-02', signedOn: '2020-03-03' };
    expect(findings(CONSULTATION, { agreement })).toEqual([]);
  });

  it('commissione sindacale without the notification date: asks for it', () => {
    const found = findings(CONSULTATION, { agreement: { ...AGREEMENT, kind: 'commissione-sindacale' } });
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual(['agreement.unionsNotifiedOn']);
  });
});
