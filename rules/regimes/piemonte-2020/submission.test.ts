import { describe, expect, it } from 'vitest';
import { findings, judgeWith } from './fixtures.ts';

const PDF = 'piemonte-2020/pdf-attachment';
const DEADLINE = 'piemonte-2020/submission-deadline';

describe(PDF, () => {
  it.each([
    [[], true],
    [[{ name: 'dichiarazione.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', role: 'dichiarazione' }], true],
    [[{ name: 'dichiarazione.PDF', role: 'dichiarazione' }], false],
    [[{ name: 'scan', type: 'application/pdf', role: 'dichiarazione' }], false],
  ])('attachments %j: blocked %s', (attachments, fails) => {
    const found = findings(PDF, { attachments });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['attachments']);
      expect(found[0].message).toMatch(/PDF/);
    }
  });
});

describe(DEADLINE, () => {
  // Seed: "se l'integrazione salariale inizia a marzo, l'istanza va inoltrata alla Regione entro la fine del mese di maggio".
  it.each([
    ['2020-05-30', false, 'met'],
    ['2020-05-31', false, 'met'],
    ['2020-06-01', true, 'missed'],
  ])('a March start sent on %s: blocked %s', (submittedOn, fails, status) => {
    const verdict = judgeWith({ submittedOn, status: 'presentata' }, '2020-06-10');
    expect(verdict.deadlines.find((d) => d.id === 'submission')).toMatchObject({ date: '2020-05-31', status });
    const found = verdict.findings.filter((f) => f.rule === DEADLINE);
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['submittedOn']);
      expect(found[0].message).toMatch(/inviata il 01\/06\/2020, dopo il termine del 31\/05\/2020/);
    }
  });

  it.each([
    ['2020-04-10', false, 'future'],
    ['2020-05-23', false, 'future'],   // 8 days before
    ['2020-05-24', false, 'due-soon'], // 7 days before
    ['2020-05-31', false, 'due-soon'],
    ['2020-06-01', true, 'missed'],
  ])('unsent, today %s: blocked %s, deadline %s', (today, fails, status) => {
    const verdict = judgeWith({}, today);
    expect(verdict.deadlines.find((d) => d.id === 'submission')).toMatchObject({ date: '2020-05-31', status });
    const found = verdict.findings.filter((f) => f.rule === DEADLINE);
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) expect(found[0].message).toMatch(/era il 31\/05\/2020/);
  });
});
