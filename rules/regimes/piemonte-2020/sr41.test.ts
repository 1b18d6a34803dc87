import { describe, expect, it } from 'vitest';
import { VALID_WORKER_CFS } from '../../testing.ts';
import { findings, judgeWith } from './fixtures.ts';

const DEADLINE = 'piemonte-2020/sr41-deadline';
const MATCHES = 'piemonte-2020/sr41-matches-report';
const IBAN = 'piemonte-2020/sr41-iban';

const [A, B, C] = VALID_WORKER_CFS;
const IBAN_OK = 'IT60X0542811101000000123456';
// Period 09/03–05/04/2020: SR41 due by 05/10/2020 (seed: "entro il termine massimo di sei mesi dalla fine del periodo").
const reports = [
  { month: '2020-03', submittedOn: '2020-04-02', hours: { [A]: 60, [B]: 40, [C]: 0 } },
  { month: '2020-04', submittedOn: '2020-04-07', hours: { [A]: 16, [B]: 0, [C]: 8 } },
];
const forms = (sentOn?: string) => [
  { workerFiscalCode: A, month: '2020-03', hours: 60, iban: IBAN_OK, sentOn },
  { workerFiscalCode: B, month: '2020-03', hours: 40, iban: IBAN_OK, sentOn },
  { workerFiscalCode: A, month: '2020-04', hours: 16, iban: IBAN_OK, sentOn },
  { workerFiscalCode: C, month: '2020-04', hours: 8, iban: IBAN_OK, sentOn },
];
const sent = { status: 'autorizzata', submittedOn: '2020-04-08', reports };

describe(DEADLINE, () => {
  const sr41Of = (changes: Record<string, unknown>, today: string) => {
    const verdict = judgeWith(changes, today);
    return { deadline: verdict.deadlines.find((d) => d.id === 'sr41'), found: verdict.findings.filter((f) => f.rule === DEADLINE) };
  };

  it.each([
    ['2020-09-27', 'future', false],
    ['2020-09-28', 'due-soon', false],
    ['2020-10-05', 'due-soon', false],
    ['2020-10-06', 'missed', true],
  ])('forms not sent yet, today %s: %s, blocked %s', (today, status, fails) => {
    const { deadline, found } = sr41Of({ ...sent, sr41: forms() }, today);
    expect(deadline).toMatchObject({ date: '2020-10-05', status });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['sr41[0].sentOn', 'sr41[1].sentOn', 'sr41[2].sentOn', 'sr41[3].sentOn']);
      expect(found[0].message).toMatch(/era il 05\/10\/2020/);
    }
  });

  it.each([
    ['2020-10-04', 'met', false],
    ['2020-10-05', 'met', false],
    ['2020-10-06', 'missed', true],
  ])('all forms sent on %s: %s, blocked %s', (sentOn, status, fails) => {
    const { deadline, found } = sr41Of({ ...sent, sr41: forms(sentOn) }, '2020-11-01');
    expect(deadline).toMatchObject({ status });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) expect(found[0].message).toMatch(/inviato il 06\/10\/2020/);
  });

  it('no form at all after the deadline: blocked on sr41', () => {
    const { deadline, found } = sr41Of(sent, '2020-10-06');
    expect(deadline?.status).toBe('missed');
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual(['sr41']);
  });

  it('a form owed (hours reported) but missing: not met, blocked after the deadline', () => {
    const three = forms('2020-05-10').slice(0, 3);
    expect(sr41Of({ ...sent, sr41: three }, '2020-09-01').deadline?.status).toBe('future');
    const { found } = sr41Of({ ...sent, sr41: three }, '2020-10-06');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(new RegExp(`mancano gli SR41 di ${C} per aprile 2020`));
  });

  it('the base draft: due 05/10/2020, future', () => {
    expect(sr41Of({}, '2020-04-10').deadline).toMatchObject({ date: '2020-10-05', status: 'future' });
  });
});

describe(MATCHES, () => {
  it.each([
    [59.5, true],
    [60, false],
    [61, true],
  ])('March SR41 of %s hours against 60 reported: blocked %s', (hours, fails) => {
    const sr41 = forms('2020-05-10').map((f, i) => (i === 0 ? { ...f, hours } : f));
    const found = findings(MATCHES, { ...sent, sr41 });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['sr41[0].hours']);
      expect(found[0].message).toMatch(/ma il consuntivo ne dichiara 60/);
    }
  });
  it('no report for the month: nothing to compare', () => {
    expect(findings(MATCHES, { sr41: forms('2020-05-10') })).toEqual([]);
  });
});

describe(IBAN, () => {
  it.each([
    [undefined, true],
    ['  ', true],
    [IBAN_OK, false],
  ])('IBAN %j: blocked %s', (iban, fails) => {
    const sr41 = forms('2020-05-10').map((f, i) => (i === 1 ? { ...f, iban } : f));
    const found = findings(IBAN, { ...sent, sr41 });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['sr41[1].iban']);
      expect(found[0].message).toMatch(/senza IBAN/);
    }
  });
});
