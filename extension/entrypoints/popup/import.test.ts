/** The popup's import of a draft file: a refused file names its bad fields in Italian, as the overlay names them, never by a draft path. */
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../storage/drafts.ts';
import { piemonte2020Draft } from '../../../rules/testing.ts';

/** What the popup says of a refused file (it shows the message as it is, after the file's name). */
function refusal(draft: unknown): string {
  const result = importDraft(JSON.stringify(draft));
  if (result.ok) throw new Error('imported');
  return result.message;
}

describe('importing a draft file in the popup', () => {
  it('names a wrongly typed field by its Italian label and row, not by its draft path', () => {
    const draft: any = piemonte2020Draft();
    draft.workers[1].hiredOn = '31/02/2020';
    draft.period.end = 'domani';
    const shown = refusal(draft);
    expect(shown).toMatch(/^Bozza non valida: /);
    expect(shown).toContain('Data assunzione (riga 2): ');
    expect(shown).toContain('Data fine periodo: ');
    expect(shown).not.toMatch(/workers\[1\]|period\.end|hiredOn/);
  });

  it('names a field only a file holds (the firm\'s units, its workforce), and a file that is no draft at all, without a path', () => {
    const draft: any = piemonte2020Draft();
    draft.employer.units = [{ id: 'U1', comune: 'Torino', region: 'Piemonte' }, { id: '', comune: 3, region: 'Piemonte' }];
    draft.employer.coveredBy = ['cigo', 'nessuno'];
    draft.workforce = [{ ...draft.workers[0], onLeaveReplaced: 'sì' }];
    const shown = refusal(draft);
    expect(shown).toContain('Codice unità operativa (n. 2): ');
    expect(shown).toContain('Comune unità operativa (n. 2): ');
    expect(shown).toContain('Disciplina degli ammortizzatori (n. 2): ');
    expect(shown).toContain('In congedo con sostituto (organico n. 1): ');
    expect(shown).not.toMatch(/employer|units|coveredBy|workforce|onLeaveReplaced/);
    expect(refusal([1, 2])).toMatch(/^Bozza non valida: Contenuto del file: /);
    expect(refusal({ ...piemonte2020Draft(), format: 'altro' })).toMatch(/^Bozza non valida: Formato del file: /);
  });

  it('names a report\'s wrong hours once, as the report\'s hours, never by the workers\' codici fiscali that key them', () => {
    const draft: any = piemonte2020Draft();
    const [mario, laura] = draft.workers.map((w: { fiscalCode: string }) => w.fiscalCode);
    draft.reports = [{ month: '2020-03', hours: { [mario]: 'otto', [laura]: '8,5' } }];
    const shown = refusal(draft);
    expect(shown).toBe('Bozza non valida: Ore del consuntivo (n. 1): ore non valide: scrivere un numero (0 se il lavoratore non è stato in CIGD)');
    expect(shown).not.toContain(mario);
  });

  it('says a file that is not JSON is not JSON', () => {
    const result = importDraft('{ non è json');
    expect(result).toEqual({ ok: false, message: 'Il file non è un JSON valido.' });
  });
});
