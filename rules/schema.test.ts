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
