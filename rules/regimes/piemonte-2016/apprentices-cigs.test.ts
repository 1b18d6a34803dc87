import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { APPRENTICES_TODAY, apprenticesDraft } from './fixtures.ts';
import apprenticesCigs from './apprentices-cigs.ts';

const RULE = 'piemonte-2016/apprentices-cigs';

function fieldsOf(draft: ReturnType<typeof apprenticesDraft>, today = APPRENTICES_TODAY): string[] {
  return findingsOf(judge(draft, { today }), RULE).map((f) => f.fields[0]);
}

function withPeriod(start: string, end: string) {
  return withChanges(apprenticesDraft(), { period: { start, end }, agreement: { start, end } });
}

describe(`${RULE}: start between 01/01/2017 and 31/03/2017`, () => {
  it.each([
    ['2016-12-31', ['period.start']],
    ['2017-01-01', []],
    ['2017-01-02', []],
    ['2017-03-30', []],
    ['2017-03-31', []],
    ['2017-04-01', ['period.start']],
  ])('start %s', (start, expected) => {
    expect(fieldsOf(withPeriod(start, '2017-04-30'))).toEqual(expected);
  });

  it('says the window', () => {
    const [f] = findingsOf(judge(withPeriod('2017-04-01', '2017-04-30'), { today: APPRENTICES_TODAY }), RULE);
    expect(f.severity).toBe('error');
    expect(f.message).toBe('La domanda per apprendisti deve iniziare tra il 01/01/2017 e il 31/03/2017: la data inizio è il 01/04/2017.');
  });
});

describe(`${RULE}: end by the CIGS end and by 31/12/2017`, () => {
  it.each([
    ['2017-06-29', []],
    ['2017-06-30', []],
    ['2017-07-01', ['period.end']],
  ])('CIGS ends 30/06/2017, end %s', (end, expected) => {
    expect(fieldsOf(withPeriod('2017-01-02', end))).toEqual(expected);
  });

  it('the message gives the CIGS end as the latest end', () => {
    const [f] = findingsOf(judge(withPeriod('2017-01-02', '2017-07-01'), { today: APPRENTICES_TODAY }), RULE);
    expect(f.message).toBe('La data fine (01/07/2017) non può superare la fine della CIGS (30/06/2017): porta la data fine al massimo al 30/06/2017.');
  });

  it.each([
    ['2017-12-30', []],
    ['2017-12-31', []],
    ['2018-01-01', ['period.end']],
  ])('CIGS until 2018, end %s: 31/12/2017 is the limit', (end, expected) => {
    const draft = withChanges(withPeriod('2017-03-01', end), { employer: { cigsEnd: '2018-06-30' } });
    expect(fieldsOf(draft)).toEqual(expected);
    if (expected.length) expect(findingsOf(judge(draft, { today: APPRENTICES_TODAY }), RULE)[0].message).toContain('non può superare il 31/12/2017');
  });

  it('no CIGS end declared: asked for', () => {
    const draft = withChanges(apprenticesDraft(), { employer: { cigsEnd: undefined } });
    expect(fieldsOf(draft)).toEqual(['employer.cigsEnd']);
  });
});

describe(`${RULE}: sent by 19/12/2016`, () => {
  it.each([
    ['2016-12-18', []],
    ['2016-12-19', []],
    ['2016-12-20', ['submittedOn']],
  ])('sent %s', (submittedOn, expected) => {
    expect(fieldsOf(withChanges(apprenticesDraft(), { submittedOn }), '2016-12-28')).toEqual(expected);
  });

  it.each([
    ['2016-12-19', [], 'due-soon'],
    ['2016-12-20', ['submittedOn'], 'missed'],
  ])('not sent, today %s', (today, expected, status) => {
    const draft = withChanges(apprenticesDraft(), { submittedOn: undefined, status: 'bozza' });
    const verdict = judge(draft, { today });
    expect(findingsOf(verdict, RULE).map((f) => f.fields[0])).toEqual(expected);
    expect(verdict.deadlines).toContainEqual(expect.objectContaining({ id: 'submission', date: '2016-12-19', status }));
  });
});

describe(`${RULE}: apprentices only`, () => {
  it('a full-time worker in the application: refused, named', () => {
    const draft = apprenticesDraft();
    draft.workers[1] = { ...draft.workers[1], contract: 'full-time' };
    const found = findingsOf(judge(draft, { today: APPRENTICES_TODAY }), RULE);
    expect(found.map((f) => f.fields[0])).toEqual(['workers[1].contract']);
    expect(found[0].message).toContain('Luca Galli (lavoratore n. 2) non è un apprendista');
  });

  it('the rule is silent for other kinds', () => {
    const draft = withChanges(apprenticesDraft(), { kind: 'ordinaria' });
    expect(fieldsOf(draft)).toEqual([]);
  });
});

describe(`${RULE}: its sources`, () => {
  it('cites the 05/12/2016 notice, which sets the limits, and quotes the 12/12/2016 one in its reasoning', () => {
    expect(apprenticesCigs.source.section).toMatch(/^5-12-2016 - Comunicato/);
    expect(apprenticesCigs.source.quote).toContain('tra il 1° gennaio 2017');
    expect(apprenticesCigs.source.quote).toContain('il 31 marzo 2017');
    expect(apprenticesCigs.source.quote).toContain('non può comunque andare oltre il 31 dicembre 2017');
    expect(apprenticesCigs.source.quote).toContain('entro lunedì 19 dicembre 2016');
    expect(apprenticesCigs.reasoning).toContain('Avviso del 12/12/2016: «Queste imprese possono inserire senza problemi le date');
    expect(apprenticesCigs.reasoning).toContain('solo dipendenti con la qualifica di apprendisti');
  });
});
