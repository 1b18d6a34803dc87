/** The popup's import of a draft file: a refused file names its bad fields as the overlay names them. */
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../storage/drafts.ts';
import { piemonte2020Draft } from '../../../rules/testing.ts';
import { importProblem } from './Popup.tsx';

describe('importing a draft file in the popup', () => {
  it('names a wrongly typed field by its Italian label and row, not by its draft path', () => {
    const draft: any = piemonte2020Draft();
    draft.workers[1].hiredOn = '31/02/2020';
    draft.period.end = 'domani';
    const result = importDraft(JSON.stringify(draft));
    expect(result.ok).toBe(false);
    const shown = importProblem(result as Extract<typeof result, { ok: false }>);
    expect(shown).toMatch(/^Bozza non valida: /);
    expect(shown).toContain('Data assunzione (riga 2): ');
    expect(shown).toContain('Data fine periodo: ');
    expect(shown).not.toMatch(/workers\[1\]|period\.end/);
  });

  it('says a file that is not JSON is not JSON', () => {
    const result = importDraft('{ non è json');
    expect(result.ok).toBe(false);
    expect(importProblem(result as Extract<typeof result, { ok: false }>)).toBe('Il file non è un JSON valido.');
  });
});
