import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { ordinary2016Draft, SUPPLEMENTARY_TODAY, supplementaryDraft } from './fixtures.ts';

const RULE = 'piemonte-2016/non-entrepreneur';

// An association (non-entrepreneur) with 12 employees on average, period in spring 2016.
function association(changes: Record<string, unknown> = {}) {
  return withChanges(
    withChanges(ordinary2016Draft(), {
      employer: { category: 'non-imprenditore', averageEmployeesLastSemester: 12 },
      period: { start: '2016-05-02', end: '2016-06-15' },
      agreement: { start: '2016-05-02', end: '2016-06-30', signedOn: '2016-04-29' },
      submittedOn: '2016-05-10',
    }),
    changes,
  );
}
const TODAY = '2016-07-10';

describe(RULE, () => {
  it('the base association is fine', () => {
    expect(findingsOf(judge(association(), { today: TODAY }), RULE)).toEqual([]);
  });

  it.each([
    ['2016-06-29', []],
    ['2016-06-30', []],
    ['2016-07-01', ['period.end']],
  ])('end %s', (end, expected) => {
    const found = findingsOf(judge(association({ period: { end } }), { today: TODAY }), RULE);
    expect(found.map((f) => f.fields[0])).toEqual(expected);
    if (expected.length) expect(found[0].message).toContain('porta la data fine al massimo al 30/06/2016');
  });

  it('start after 30/06/2016: refused on the start', () => {
    const found = findingsOf(judge(association({ period: { start: '2016-07-01', end: '2016-07-20' } }), { today: TODAY }), RULE);
    expect(found.map((f) => f.fields[0])).toEqual(['period.start']);
    expect(found[0].message).toContain('la data inizio (01/07/2016) è successiva');
  });

  // The start branch at its edge: a start on or before 30/06 is not refused on the start; only the end
  // past 30/06 is (and a period within 30/06 is fine).
  it.each([
    ['2016-06-29', '2016-07-20', ['period.end']],
    ['2016-06-30', '2016-07-20', ['period.end']],
    ['2016-06-30', '2016-06-30', []],
    ['2016-07-01', '2016-07-20', ['period.start']],
  ])('start %s, end %s', (start, end, expected) => {
    const found = findingsOf(judge(association({ period: { start, end } }), { today: TODAY }), RULE);
    expect(found.map((f) => f.fields[0])).toEqual(expected);
  });

  it.each([
    [14, []],
    [15, []],
    [15.5, ['employer.averageEmployeesLastSemester']],
    [16, ['employer.averageEmployeesLastSemester']],
  ])('average employees %s', (average, expected) => {
    const found = findingsOf(judge(association({ employer: { averageEmployeesLastSemester: average } }), { today: TODAY }), RULE);
    expect(found.map((f) => f.fields[0])).toEqual(expected);
    if (expected.length) {
      expect(found[0].severity).toBe('error');
      expect(found[0].message).toContain(`La media dei dipendenti dell’ultimo semestre è ${String(average).replace('.', ',')}`);
    }
  });

  it('average not given: a warning asks for it', () => {
    const found = findingsOf(judge(association({ employer: { averageEmployeesLastSemester: undefined } }), { today: TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
  });

  it('a professional studio is not concerned (it is an "impresa" here)', () => {
    const draft = association({ employer: { category: 'studio-professionale', averageEmployeesLastSemester: 30 }, period: { end: '2016-07-20' } });
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toEqual([]);
  });

  // Seed 002, 29/04/2016: "Si precisa che le domande dovranno essere corredate di accordo sindacale sottoscritto
  // prima dell’inizio del periodo di integrazione salariale previsto". Professional studios are excluded from that
  // bullet ("ad eccezione degli studi professionali").
  it.each([
    { category: 'non-imprenditore', fails: true },
    { category: 'studio-professionale', fails: false },
    { category: 'impresa', fails: false },
  ])('$category without agreement: refused $fails, and said once', ({ category, fails }) => {
    const draft = association({ employer: { category, averageEmployeesLastSemester: 8 }, period: { start: '2016-05-16', end: '2016-06-30' }, agreement: undefined });
    const verdict = judge(draft, { today: '2016-06-01' });
    const found = findingsOf(verdict, RULE);
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0]).toMatchObject({ severity: 'error', fields: ['agreement'] });
      expect(found[0].message).toBe(
        'Manca l’accordo sindacale: le domande dei datori di lavoro non imprenditori devono esserne corredate ' +
          '(anche tramite la Commissione Sindacale), con firma entro il 15/05/2016. Allega l’accordo.',
      );
    }
    // One finding on the missing agreement in the whole verdict, whatever rule gives it.
    expect(verdict.findings.filter((f) => f.fields.includes('agreement')).length).toBe(fails ? 1 : 0);
  });

  it('a supplementary application without agreement: the missing agreement said once, by the supplementary rule', () => {
    const draft = withChanges(supplementaryDraft(), { employer: { category: 'non-imprenditore', averageEmployeesLastSemester: 8 }, agreement: undefined });
    const missing = judge(draft, { today: SUPPLEMENTARY_TODAY }).findings.filter((f) => f.fields.includes('agreement'));
    expect(missing.map((f) => f.rule)).toEqual(['piemonte-2016/agreement-before-start']);
  });
});
