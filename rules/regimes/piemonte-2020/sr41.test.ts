import { describe, expect, it } from 'vitest';
import { VALID_WORKER_CFS } from '../../testing.ts';
import { draftWith, findings, judgeWith } from './fixtures.ts';

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

  it('no hour of CIGD in any report of the period: no form owed, the deadline is met and nothing is blocked (seed 001: «un modulo per ogni dipendente in CIGD»)', () => {
    const zero = [
      { month: '2020-03', submittedOn: '2020-04-02', hours: { [A]: 0, [B]: 0, [C]: 0 } },
      { month: '2020-04', submittedOn: '2020-04-07', hours: { [A]: 0, [B]: 0, [C]: 0 } },
    ];
    for (const today of ['2020-10-05', '2020-10-06']) {
      const { deadline, found } = sr41Of({ ...sent, reports: zero }, today);
      expect(deadline).toMatchObject({ date: '2020-10-05', status: 'met' });
      expect(found).toEqual([]);
    }
    // April's report not in yet: April may still owe forms.
    expect(sr41Of({ ...sent, reports: zero.slice(0, 1) }, '2020-10-06').deadline?.status).toBe('missed');
    // Nor when it is written but not sent to the Region: its hours may still change.
    const unsent = [zero[0], { month: '2020-04', hours: zero[1].hours }];
    expect(sr41Of({ ...sent, reports: unsent }, '2020-10-06').deadline?.status).toBe('missed');
    // A worker's hours left blank: unknown, so still owed.
    const blank = [zero[0], { ...zero[1], hours: { [A]: 0, [B]: null, [C]: 0 } }];
    expect(sr41Of({ ...sent, reports: blank }, '2020-10-06').deadline?.status).toBe('missed');
    // One hour of one worker: that form is owed.
    const one = [zero[0], { ...zero[1], hours: { [A]: 0, [B]: 1, [C]: 0 } }];
    const { deadline, found } = sr41Of({ ...sent, reports: one }, '2020-10-06');
    expect(deadline?.status).toBe('missed');
    expect(found[0].fields).toEqual(['sr41']);
  });

  it('a form owed (hours reported) but missing: not met, blocked after the deadline', () => {
    const three = forms('2020-05-10').slice(0, 3);
    expect(sr41Of({ ...sent, sr41: three }, '2020-09-01').deadline?.status).toBe('future');
    const { found } = sr41Of({ ...sent, sr41: three }, '2020-10-06');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('mancano gli SR41 di Giuseppe Verdi (lavoratore n. 3) per aprile 2020');
    expect(found[0].message).not.toContain(C);
  });

  it('a form sent with the worker code typed in lower case counts for that worker: met, nothing missing', () => {
    const sr41 = forms('2020-05-10').map((f, i) => (i === 3 ? { ...f, workerFiscalCode: C.toLowerCase() } : f));
    const { deadline, found } = sr41Of({ ...sent, sr41 }, '2020-10-06');
    expect(deadline?.status).toBe('met');
    expect(found).toEqual([]);
  });

  // A half-typed page: the worker's code, the report's key and the form's code all still empty. An empty code is
  // nobody's, in every rule alike (as workerByCode has it): the hours keyed '' owe no form and are compared with none.
  it('a code still empty is nobody\'s: hours keyed \'\' owe no form, and a form without a code is compared with no report', () => {
    const sr41 = forms('2020-05-10').map((f, i) => (i === 3 ? { ...f, workerFiscalCode: '', hours: 5 } : f));
    const workers = draftWith().workers.map((w) => (w.fiscalCode === C ? { ...w, fiscalCode: '' } : w));
    const reports = sent.reports.map((r) => ({ ...r, hours: Object.fromEntries(Object.entries(r.hours).map(([k, h]) => [k === C ? '' : k, h])) }));
    const { deadline, found } = sr41Of({ ...sent, workers, reports, sr41 }, '2020-10-06');
    expect(deadline?.status).toBe('met');
    expect(found).toEqual([]);
    expect(findings(MATCHES, { ...sent, workers, reports, sr41 })).toEqual([]);
    // The same page with the code typed: the form is Giuseppe Verdi's, and its 5 hours are not the report's 8.
    const typed = sr41.map((f, i) => (i === 3 ? { ...f, workerFiscalCode: C } : f));
    expect(findings(MATCHES, { ...sent, sr41: typed })[0].message).toContain('indica 5 ore, ma il consuntivo ne dichiara 8');
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
  it('a form with the worker code typed in lower case is compared with that worker’s reported hours', () => {
    const sr41 = forms('2020-05-10').map((f, i) => (i === 0 ? { ...f, workerFiscalCode: A.toLowerCase(), hours: 61 } : f));
    const found = findings(MATCHES, { ...sent, sr41 });
    expect(found.map((f) => f.fields)).toEqual([['sr41[0].hours']]);
    expect(found[0].message).toMatch(/^L'SR41 di marzo 2020 di Mario Rossi \(lavoratore n. 1\) indica 61 ore, ma il consuntivo ne dichiara 60/);
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

  // README, "Personal data": workers by position and name, never by codice fiscale or IBAN.
  it('the worker’s IBAN on record is pointed at, never printed; the worker is named by name and position', () => {
    const workers = draftWith().workers.map((w, i) => (i === 1 ? { ...w, iban: IBAN_OK } : w));
    const sr41 = forms('2020-05-10').map((f, i) => (i === 1 ? { ...f, iban: undefined } : f));
    const found = findings(IBAN, { ...sent, workers, sr41 });
    expect(found.map((f) => f.message)).toEqual([
      'L\'SR41 di marzo 2020 di Laura Bianchi (lavoratore n. 2) è senza IBAN: indicare il codice IBAN del lavoratore ' +
        '(è già indicato nei dati del lavoratore nella domanda: se è quello giusto, riportarlo nel modulo).',
    ]);
    expect(found[0].message).not.toContain(IBAN_OK);
    expect(found[0].message).not.toContain(B);
  });

  // The code typed in the form is read as the code rules read it: case and spaces do not make another worker.
  it.each([
    ['typed in lower case', B.toLowerCase()],
    ['typed with spaces around it', ` ${B} `],
  ])('a form whose worker code is %s still points at the IBAN on record', (_, typed) => {
    const workers = draftWith().workers.map((w, i) => (i === 1 ? { ...w, iban: IBAN_OK } : w));
    const sr41 = forms('2020-05-10').map((f, i) => (i === 1 ? { ...f, workerFiscalCode: typed, iban: undefined } : f));
    const found = findings(IBAN, { ...sent, workers, sr41 });
    expect(found.map((f) => f.message)).toEqual([
      'L\'SR41 di marzo 2020 di Laura Bianchi (lavoratore n. 2) è senza IBAN: indicare il codice IBAN del lavoratore ' +
        '(è già indicato nei dati del lavoratore nella domanda: se è quello giusto, riportarlo nel modulo).',
    ]);
  });

  // A half-typed page: the form's code and a worker's code both still empty. An empty code is nobody's:
  // the form is not that worker's, and its IBAN on record is not pointed at.
  it('a form without a code, while a worker’s code is still empty too: the code is said to be missing, no worker named', () => {
    const workers = draftWith().workers.map((w, i) => (i === 1 ? { ...w, fiscalCode: '', iban: IBAN_OK } : w));
    const found = findings(IBAN, { ...sent, workers, sr41: [{ workerFiscalCode: ' ', month: '2020-03', hours: 10, sentOn: '2020-05-10' }] });
    expect(found.map((f) => f.message)).toEqual([
      'L\'SR41 di marzo 2020 di un lavoratore di cui manca il codice fiscale è senza IBAN: indicare il codice IBAN del lavoratore.',
    ]);
  });

  it('a form for a code that is no worker of the application: said so, without printing the code', () => {
    const stranger = VALID_WORKER_CFS[4];
    const found = findings(IBAN, { ...sent, sr41: [{ workerFiscalCode: stranger, month: '2020-03', hours: 10, sentOn: '2020-05-10' }] });
    expect(found.map((f) => f.message)).toEqual([
      'L\'SR41 di marzo 2020 di un lavoratore il cui codice fiscale non è tra quelli della domanda è senza IBAN: ' +
        'indicare il codice IBAN del lavoratore.',
    ]);
    expect(found[0].fields).toEqual(['sr41[0].iban']);
  });
});

describe(`${DEADLINE} and ${MATCHES}: workers by name and position`, () => {
  it('forms unsent and sent late, by month and worker, no codice fiscale', () => {
    const sr41 = forms('2020-05-10').map((f, i) => (i === 0 ? { ...f, sentOn: undefined } : i === 3 ? { ...f, sentOn: '2020-10-06' } : f));
    const found = findings(DEADLINE, { ...sent, sr41 }, '2020-10-10');
    expect(found[0].message).toBe(
      'Il termine per inviare gli SR41 all\'INPS era il 05/10/2020 (6 mesi dalla fine del periodo): ' +
        'non è stato inviato l\'SR41 di marzo 2020 di Mario Rossi (lavoratore n. 1); ' +
        'è stato inviato il 06/10/2020 l\'SR41 di aprile 2020 di Giuseppe Verdi (lavoratore n. 3). ' +
        'Il pagamento della prestazione e dei contributi passa a carico del datore di lavoro.',
    );
  });

  it('hours not matching the report', () => {
    const sr41 = forms('2020-05-10').map((f, i) => (i === 0 ? { ...f, hours: 61 } : f));
    expect(findings(MATCHES, { ...sent, sr41 })[0].message).toBe(
      'L\'SR41 di marzo 2020 di Mario Rossi (lavoratore n. 1) indica 61 ore, ma il consuntivo ne dichiara 60. ' +
        'Allineare le ore, altrimenti l\'INPS sospende il pagamento.',
    );
  });
});
