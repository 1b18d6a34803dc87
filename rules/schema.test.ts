import { describe, expect, it } from 'vitest';
import { parseDraft } from './schema.ts';
import { piemonte2020Draft } from './testing.ts';

describe('the draft schema', () => {
  it('keeps unknown fields at every level (a newer draft survives an older version)', () => {
    const draft: any = piemonte2020Draft();
    draft.futureField = { a: 1 };
    draft.employer.pec = 'rossi@pec.it';
    draft.workers[0].qualifica = 'operaio';
    const parsed = parseDraft(draft);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect((parsed.draft as any).futureField).toEqual({ a: 1 });
    expect((parsed.draft.employer as any).pec).toBe('rossi@pec.it');
    expect((parsed.draft.workers[0] as any).qualifica).toBe('operaio');
  });

  it('names every offending path, in Italian', () => {
    const draft: any = piemonte2020Draft();
    delete draft.period;
    draft.workers[1].hiredOn = '2021-02-29';
    draft.workers[2].contract = 'tempo pieno';
    draft.reports = [{ month: '2020-13', hours: { X: -2 } }];
    const parsed = parseDraft(draft);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byPath = Object.fromEntries(parsed.issues.map((i) => [i.path, i.message]));
    expect(byPath.period).toBe('campo obbligatorio mancante');
    expect(byPath['workers[1].hiredOn']).toMatch(/data non valida/);
    expect(byPath['workers[2].contract']).toMatch(/valore non ammesso.*"full-time"/);
    expect(byPath['reports[0].month']).toMatch(/mese non valido/);
    expect(byPath['reports[0].hours.X']).toMatch(/ore non valide/);
  });

  it('accepts blank report cells (null) and refuses a missing hours table', () => {
    const draft: any = piemonte2020Draft();
    draft.reports = [{ month: '2020-03', hours: { A: null, B: 0 } }];
    expect(parseDraft(draft).ok).toBe(true);
    draft.reports = [{ month: '2020-03' }];
    const parsed = parseDraft(draft);
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      { path: 'reports[0].hours', message: 'campo obbligatorio mancante', messageEn: 'required field missing' },
    ]);
  });

  it('refuses what is not a draft at all', () => {
    for (const input of [null, 42, 'draft', [], {}]) {
      const parsed = parseDraft(input);
      expect(parsed.ok).toBe(false);
    }
  });
});

/** The one message a user sees for `path` when `change` is made to a valid draft. */
function messageFor(change: (draft: any) => void, path: string): string | undefined {
  const draft: any = piemonte2020Draft();
  change(draft);
  const parsed = parseDraft(JSON.parse(JSON.stringify(draft)));
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return undefined;
  const atPath = parsed.issues.filter((i) => i.path === path);
  expect(atPath, JSON.stringify(parsed.issues)).toHaveLength(1);
  return atPath[0].message;
}

describe('the Italian message for each kind of problem', () => {
  it('a missing required field says it is missing, whatever its type (text, date, fixed value, list of values, object, list)', () => {
    expect(messageFor((d) => delete d.format, 'format')).toBe('campo obbligatorio mancante');
    expect(messageFor((d) => delete d.workers[0].contract, 'workers[0].contract')).toBe('campo obbligatorio mancante');
    expect(messageFor((d) => delete d.employer.category, 'employer.category')).toBe('campo obbligatorio mancante');
    expect(messageFor((d) => delete d.unit.comune, 'unit.comune')).toBe('campo obbligatorio mancante');
    expect(messageFor((d) => delete d.workers[0].hiredOn, 'workers[0].hiredOn')).toBe('campo obbligatorio mancante');
    expect(messageFor((d) => delete d.employer, 'employer')).toBe('campo obbligatorio mancante');
    expect(messageFor((d) => delete d.workers, 'workers')).toBe('campo obbligatorio mancante');
    expect(messageFor((d) => { d.agreement = { kind: 'standard', signedOn: '2020-03-01', start: '2020-03-01', end: '2020-03-31' }; }, 'agreement.workers'))
      .toBe('campo obbligatorio mancante');
  });

  it('a value that is not one of the allowed ones lists them', () => {
    expect(messageFor((d) => { d.format = 'cigd-draft/2'; }, 'format')).toBe('valore non ammesso; valori ammessi: "cigd-draft/1"');
    expect(messageFor((d) => { d.intent = 'correzione'; }, 'intent')).toBe('valore non ammesso; valori ammessi: "rettifica"');
  });

  it('a value of the wrong type names the expected one in Italian', () => {
    expect(messageFor((d) => { d.unit.comune = 12; }, 'unit.comune')).toBe('tipo non valido: atteso testo');
    expect(messageFor((d) => { d.workers[1].fte = 'metà'; }, 'workers[1].fte')).toBe('tipo non valido: atteso numero');
    expect(messageFor((d) => { d.employer.inCessation = 'sì'; }, 'employer.inCessation')).toBe('tipo non valido: atteso vero/falso');
    expect(messageFor((d) => { d.employer.coveredBy = 'fis'; }, 'employer.coveredBy')).toBe('tipo non valido: atteso elenco');
    expect(messageFor((d) => { d.unit = 'U1'; }, 'unit')).toBe('tipo non valido: atteso oggetto');
    expect(messageFor((d) => { d.reports = [{ month: '2020-03', hours: [] }]; }, 'reports[0].hours')).toBe('tipo non valido: atteso oggetto');
    // A whole-number field: zod first wants a number, then a whole one (next test).
    expect(messageFor((d) => { d.workers[0].cigdDays = '5'; }, 'workers[0].cigdDays')).toBe('tipo non valido: atteso numero');
  });

  it('a whole number with decimals says it must be a whole number', () => {
    expect(messageFor((d) => { d.workers[0].cigdDays = 1.5; }, 'workers[0].cigdDays')).toBe('deve essere un numero intero (senza decimali)');
    expect(messageFor((d) => { d.employer.regionsWithUnits = 0.5; }, 'employer.regionsWithUnits')).toBe('deve essere un numero intero (senza decimali)');
  });

  it('a number below its minimum gives the minimum', () => {
    expect(messageFor((d) => { d.workers[0].requestedHours = -1; }, 'workers[0].requestedHours')).toBe('deve essere almeno 0');
    expect(messageFor((d) => { d.workers[0].cigdDays = -3; }, 'workers[0].cigdDays')).toBe('deve essere almeno 0');
    expect(messageFor((d) => { d.workers[0].fte = 0; }, 'workers[0].fte')).toBe('deve essere maggiore di 0');
  });

  it('a number above its maximum gives the maximum', () => {
    expect(messageFor((d) => { d.workers[0].fte = 1.5; }, 'workers[0].fte')).toBe('deve essere al massimo 1');
  });

  it('a number too large for a whole number, or for any number, says so rather than quoting a limit', () => {
    expect(messageFor((d) => { d.workers[0].cigdDays = 1e20; }, 'workers[0].cigdDays')).toBe('numero troppo grande');
    // -1e20 is both below 0 and below the safe-integer range: one message, the useful one.
    expect(messageFor((d) => { d.workers[0].cigdDays = -1e20; }, 'workers[0].cigdDays')).toBe('deve essere almeno 0');
    const huge: any = JSON.parse(JSON.stringify(piemonte2020Draft()).replace('"hiredOn":"2015-01-01"', '"hiredOn":"2015-01-01","requestedHours":1e400'));
    const parsed = parseDraft(huge);
    expect(parsed.ok ? [] : parsed.issues.map((i) => [i.path, i.message])).toEqual([['workers[0].requestedHours', 'numero troppo grande']]);
  });

  it('an empty text where one is required says it cannot be empty', () => {
    expect(messageFor((d) => { d.unit.id = ''; }, 'unit.id')).toBe('non può essere vuoto');
    expect(messageFor((d) => { d.employer.units[0].id = ''; }, 'employer.units[0].id')).toBe('non può essere vuoto');
  });

  it('a date or month in another format says how to write it', () => {
    expect(messageFor((d) => { d.period.end = '05/04/2020'; }, 'period.end')).toBe('data non valida: scrivere AAAA-MM-GG (es. 2020-03-23)');
    expect(messageFor((d) => { d.reports = [{ month: '2020-3', hours: {} }]; }, 'reports[0].month')).toBe('mese non valido: scrivere AAAA-MM (es. 2020-03)');
    expect(messageFor((d) => { d.reports = [{ month: '2020-03', hours: { X: 'otto' } }]; }, 'reports[0].hours.X'))
      .toBe('ore non valide: scrivere un numero (0 se il lavoratore non è stato in CIGD)');
  });

  it('no message is left in English, for any problem the schema can report', () => {
    const draft: any = JSON.parse(JSON.stringify(piemonte2020Draft()));
    Object.assign(draft, { format: 1, regime: 'veneto-2020', kind: 3, status: null, intent: [], protocol: 5, submittedOn: '2020' });
    Object.assign(draft.employer, { name: null, category: 'spa', coveredBy: ['cig'], cisoaExhausted: 0, regionsWithUnits: -1.5,
      averageEmployeesLastSemester: -2, units: [{ id: '', comune: 1, employees: 'tre' }] });
    Object.assign(draft.workers[0], { contract: 'x', fte: 2, intermittent: { daysWorkedLast12Months: 2.5 }, cigdDays: 1e20, requestedHours: '8', iban: 1 });
    draft.workers[1] = 'Laura';
    draft.attachments = [{ role: 'foto' }];
    draft.reports = [{ month: 202003, hours: null }];
    draft.suspensions = [{ hours: -1 }];
    draft.sr41 = {};
    draft.inps = { directPayment: 'no' };
    draft.correctionEmail = [];
    const parsed = parseDraft(draft);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.length).toBeGreaterThan(25);
    const english = /\b(expected|invalid|input|required|string|number|int|boolean|array|object|too (small|big)|must)\b/i;
    for (const issue of parsed.issues) expect(issue.message, issue.path).not.toMatch(english);
  });
});
