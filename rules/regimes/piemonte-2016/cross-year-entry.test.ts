import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { ORDINARY_TODAY, ordinary2016Draft, SUPPLEMENTARY_TODAY, supplementaryDraft } from './fixtures.ts';

const RULE = 'piemonte-2016/cross-year-entry';

describe(RULE, () => {
  it('seed example: real period 30/12/2016–27/02/2017 (60 days) is typed 01/01/2017–01/03/2017', () => {
    const verdict = judge(supplementaryDraft(), { today: SUPPLEMENTARY_TODAY });
    expect(verdict.computed.aminderEntry).toEqual({ start: '2017-01-01', end: '2017-03-01' });
    expect(verdict.computed.realPeriod).toEqual({ start: '2016-12-30', end: '2017-02-27' });
    const found = findingsOf(verdict, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('info');
    expect(found[0].fields).toEqual(['period.start', 'period.end']);
    expect(found[0].message).toContain('data inizio 01/01/2017 e data fine 01/03/2017 (60 giorni)');
    expect(found[0].message).toContain('periodo effettivo dal 30/12/2016 al 27/02/2017');
  });

  it('the e-mail: to the Region\'s mailbox, the exact subject, employer, case and real period', () => {
    const email = judge(supplementaryDraft(), { today: SUPPLEMENTARY_TODAY }).computed.correctionEmail as { to: string; subject: string; body: string };
    expect(email.to).toBe('cigsinderoga@regione.piemonte.it');
    expect(email.subject).toBe('CIG in deroga 2016-2017 - Domanda prot. n. 2017/000123');
    expect(email.body).toContain('Ferramenta Bianchi S.a.s., codice fiscale 01234567897');
    expect(email.body).toContain('casistica: impresa fino a 5 dipendenti con 3 mesi di CIGD nel 2016');
    expect(email.body).toContain('periodo effettivo di richiesta: dal 30/12/2016 al 27/02/2017 (60 giorni)');
    expect(email.body).toContain('date inserite su AMINDER: dal 01/01/2017 al 01/03/2017');
  });

  it('an employer in cessation: the other case of the notice', () => {
    const draft = withChanges(supplementaryDraft(), { employer: { inCessation: true } });
    const verdict = judge(draft, { today: SUPPLEMENTARY_TODAY });
    expect((verdict.computed.correctionEmail as { body: string }).body).toContain('casistica: impresa in cessazione');
    expect(findingsOf(verdict, RULE)[0].message).toContain('(impresa in cessazione)');
  });

  it('no protocol yet: the seed placeholder, and the operator is told to replace it', () => {
    const draft = withChanges(supplementaryDraft(), { protocol: undefined, submittedOn: undefined, status: 'bozza' });
    const verdict = judge(draft, { today: '2017-01-05' });
    expect((verdict.computed.correctionEmail as { subject: string }).subject).toBe('CIG in deroga 2016-2017 - Domanda prot. n. xxxxx');
    expect(findingsOf(verdict, RULE)[0].message).toContain('numero di protocollo');
  });

  const lengths: { start: string; end: string; entryEnd: string; days: number }[] = [
    { start: '2016-12-31', end: '2017-01-01', entryEnd: '2017-01-02', days: 2 },
    { start: '2016-12-19', end: '2017-02-16', entryEnd: '2017-03-01', days: 60 },
    { start: '2016-12-30', end: '2017-02-26', entryEnd: '2017-02-28', days: 59 },
  ];
  for (const c of lengths) {
    it(`${c.start}–${c.end}: ${c.days} days from 01/01/2017 end ${c.entryEnd}`, () => {
      const draft = withChanges(supplementaryDraft(), { period: { start: c.start, end: c.end } });
      expect(judge(draft, { today: SUPPLEMENTARY_TODAY }).computed.aminderEntry).toEqual({ start: '2017-01-01', end: c.entryEnd });
    });
  }

  it('ending on 31/12/2016: not cross-year, nothing to do', () => {
    const draft = withChanges(ordinary2016Draft(), { period: { start: '2016-12-01', end: '2016-12-31' }, previousApplications: [] });
    const verdict = judge(draft, { today: ORDINARY_TODAY });
    expect(findingsOf(verdict, RULE)).toEqual([]);
    expect(verdict.computed.aminderEntry).toBeUndefined();
  });

  it('starting in 2017 (apprentices): not cross-year', () => {
    const draft = withChanges(supplementaryDraft(), { period: { start: '2017-01-01', end: '2017-02-01' } });
    expect(findingsOf(judge(draft, { today: SUPPLEMENTARY_TODAY }), RULE)).toEqual([]);
  });
});
