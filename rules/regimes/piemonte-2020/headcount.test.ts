import { describe, expect, it } from 'vitest';
import { VALID_WORKER_CFS } from '../../testing.ts';
import { draftWith, findings, judgeWith, worker } from './fixtures.ts';

const HEADCOUNT = 'piemonte-2020/headcount';
const DECLARATION = 'piemonte-2020/small-employer-declaration';
const AGREEMENT = 'piemonte-2020/agreement-required';

const AGREEMENT_OK = { kind: 'categorie', signedOn: '2020-03-05', start: '2020-03-09', end: '2020-04-30', workers: 3 };

/** The base workers (2.5 fte) plus extra staff, as the workforce at period start. */
function staff(...extra: Record<string, unknown>[]) {
  const base = draftWith().workers;
  return { workforce: [...base, ...extra.map((e, i) => worker(VALID_WORKER_CFS[3 + (i % 3)], e))] };
}
const fullTime = (n: number) => Array.from({ length: n }, () => ({}));

describe(HEADCOUNT, () => {
  it('without a workforce, the workers of the application: 1 + 1 + 0.5', () => {
    const verdict = judgeWith();
    expect(verdict.computed).toMatchObject({ fte: 2.5, smallEmployer: true });
    const found = verdict.findings.filter((f) => f.rule === HEADCOUNT);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('info');
    expect(found[0].message).toMatch(/2,5 dipendenti equivalenti/);
  });

  it('one worker full time is one «dipendente equivalente», one «persona»; the declaration says so too', () => {
    const one = { workforce: [draftWith().workers[0]], attachments: [] };
    const messages = judgeWith(one).findings.filter((f) => f.rule === HEADCOUNT || f.rule === DECLARATION).map((f) => f.message);
    expect(messages.join(' ')).toMatch(/: 1 dipendente equivalente a tempo pieno \(1 persona\)/);
    expect(messages.join(' ')).toMatch(/Con 1 dipendente equivalente \(fino a 5\)/);
    expect(messages.join(' ')).not.toMatch(/1 dipendenti/);
  });

  // The threshold "fino a 5 dipendenti": 4, 5 and 6 full-time equivalents.
  it.each([
    [1, 3.5, true],
    [2, 4.5, true],
    [3, 5.5, false],
  ])('%i more full-time: fte %d, small %s', (n, fte, small) => {
    expect(judgeWith(staff(...fullTime(n))).computed).toMatchObject({ fte, smallEmployer: small });
  });

  it('exactly 4, 5 and 6', () => {
    const part = { contract: 'part-time', fte: 0.5 };
    expect(judgeWith(staff({}, part)).computed).toMatchObject({ fte: 4, smallEmployer: true });
    expect(judgeWith(staff({}, {}, part)).computed).toMatchObject({ fte: 5, smallEmployer: true });
    expect(judgeWith(staff({}, {}, {}, part)).computed).toMatchObject({ fte: 6, smallEmployer: false });
  });

  it('seed 002: 5.2 is more than 5; 5.0 is not', () => {
    const five = staff({}, { contract: 'part-time', fte: 0.7 }, { contract: 'part-time', fte: 0.8 });
    expect(judgeWith(five).computed).toMatchObject({ fte: 5, smallEmployer: true });
    const fivePointTwo = staff({}, { contract: 'part-time', fte: 0.7 }, { contract: 'intermittent', fte: 1 });
    expect(judgeWith(fivePointTwo).computed).toMatchObject({ fte: 5.2, smallEmployer: false });
  });

  it('agency workers, parasubordinates and a replaced worker on leave are not counted', () => {
    const verdict = judgeWith(staff({ contract: 'agency' }, { contract: 'parasubordinate' }, { onLeaveReplaced: true }, {}, {}));
    expect(verdict.computed).toMatchObject({ fte: 4.5, smallEmployer: true });
  });

  it('only who is in forza on the first day of the period (09/03/2020)', () => {
    const verdict = judgeWith(staff({ hiredOn: '2020-03-09' }, { hiredOn: '2020-03-10' }, { leftOn: '2020-03-08' }, { leftOn: '2020-03-09' }));
    expect(verdict.computed).toMatchObject({ fte: 4.5 });
  });
});

describe(DECLARATION, () => {
  it('fte ≤ 5 without the declaration: blocked', () => {
    const found = findings(DECLARATION, { attachments: [{ name: 'altro.pdf', type: 'application/pdf', role: 'altro' }] });
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].fields).toEqual(['attachments']);
    expect(found[0].message).toMatch(/dichiarazione aziendale/);
  });

  it('fte exactly 5 without the declaration: blocked; 5.2: not asked (the agreement is)', () => {
    const noDeclaration = { attachments: [{ name: 'accordo.pdf', type: 'application/pdf', role: 'accordo' }], agreement: AGREEMENT_OK };
    const five = { ...noDeclaration, ...staff({}, { contract: 'part-time', fte: 0.7 }, { contract: 'part-time', fte: 0.8 }) };
    expect(findings(DECLARATION, five).filter((f) => f.severity === 'error')).toHaveLength(1);
    const more = { ...noDeclaration, ...staff({}, { contract: 'part-time', fte: 0.7 }, { contract: 'part-time', fte: 1 }) };
    expect(findings(DECLARATION, more)).toEqual([]);
  });

  it('more than 5 people but fte ≤ 5: an info to fill the headcount table', () => {
    const six = staff({ contract: 'part-time', fte: 0.5 }, { contract: 'part-time', fte: 0.5 }, { contract: 'part-time', fte: 0.5 });
    const found = findings(DECLARATION, six);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('info');
    expect(found[0].message).toMatch(/6 persone ma 4 dipendenti equivalenti.*prospetto/);
    // 5 people: no info
    expect(findings(DECLARATION, staff({ contract: 'part-time', fte: 0.5 }, { contract: 'part-time', fte: 0.5 }))).toEqual([]);
  });
});

describe(AGREEMENT, () => {
  const sixFte = staff({}, {}, {}, { contract: 'part-time', fte: 0.5 });
  it('fte 6 without agreement: blocked', () => {
    const found = findings(AGREEMENT, sixFte);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].fields).toEqual(['agreement']);
    expect(found[0].message).toMatch(/serve l'accordo sindacale/);
  });
  it('fte 6 with the agreement: fine', () => {
    expect(findings(AGREEMENT, { ...sixFte, agreement: AGREEMENT_OK })).toEqual([]);
  });
  it('fte 5 without agreement: fine (the declaration is enough)', () => {
    expect(findings(AGREEMENT, staff({}, {}))).toEqual([]);
  });
});
