import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf } from '../../testing.ts';
import { LAURA, lombardia2012Draft, MARIO, seedFirstQuarterDraft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2012/report-matches-suspensions';

/** The seed's example: suspended from 16 January, 70 hours in January, 150 in February, working all March. */
function seedExample(hours: { jan: number | null; feb: number | null; mar?: number | null }) {
  const draft = seedFirstQuarterDraft({ submittedOn: '2012-02-03', suspensionsSentOn: '2012-03-20' });
  draft.reports = [
    { month: '2012-01', submittedOn: '2012-02-15', hours: { [MARIO]: hours.jan } },
    { month: '2012-02', submittedOn: '2012-03-15', hours: { [MARIO]: hours.feb } },
    { month: '2012-03', submittedOn: '2012-04-13', hours: hours.mar === undefined ? {} : { [MARIO]: hours.mar } },
  ];
  return draft;
}

describe(RULE, () => {
  it('the seed’s example as written: 70, 150 and 0 hours', () => {
    expect(findingsOf(judge(seedExample({ jan: 70, feb: 150, mar: 0 }), { today: TODAY }), RULE)).toEqual([]);
  });

  it('a month with no communication may also leave the worker out of the report', () => {
    expect(findingsOf(judge(seedExample({ jan: 70, feb: 150 }), { today: TODAY }), RULE)).toEqual([]);
  });

  it.each([
    { jan: 69, name: 'one hour under the communication' },
    { jan: 71, name: 'one hour over' },
  ])('January reported with $jan hours: $name', ({ jan }) => {
    const found = findingsOf(judge(seedExample({ jan, feb: 150, mar: 0 }), { today: TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', fields: [`reports[0].hours.${MARIO}`] });
    expect(found[0].message).toBe(
      `Nel rendiconto di gennaio 2012 per Mario Rossi (lavoratore n. 1) risultano ${jan} ore, ma le comunicazioni di sospensione di quel mese ` +
        'ne programmano 70 ore (dal 16/01/2012 al 31/01/2012: 70 ore). Correggi le ore del rendiconto oppure, se le sospensioni ' +
        'sono cambiate, invia una nuova comunicazione di sospensione con i dati corretti.',
    );
  });

  it('a figure for a code that is no worker of the application: said so, without printing the code', () => {
    const draft = seedExample({ jan: 70, feb: 150, mar: 0 });
    draft.reports![2].hours[LAURA] = 8;
    const found = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(found.map((f) => f.fields)).toEqual([[`reports[2].hours.${LAURA}`]]);
    expect(found[0].message).toMatch(/^Nel rendiconto di marzo 2012 per un lavoratore il cui codice fiscale non è tra quelli della domanda risultano 8 ore/);
    expect(found[0].message).not.toContain(LAURA);
  });

  it('hours reported for a month with no suspension: the report is 0', () => {
    const found = findingsOf(judge(seedExample({ jan: 70, feb: 150, mar: 8 }), { today: TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual([`reports[2].hours.${MARIO}`]);
    expect(found[0].message).toContain('per quel mese non c’è alcuna comunicazione di sospensione, quindi il rendiconto è 0');
  });

  it('a worker with communications but missing from the report', () => {
    const draft = lombardia2012Draft();
    draft.reports![0].hours = { [MARIO]: 184 };
    const found = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual([`reports[0].hours.${LAURA}`]);
    expect(found[0].message).toContain('mancano le ore, ma le comunicazioni di sospensione di quel mese ne programmano 24 ore');
  });

  it('a blank figure (null) is not judged here', () => {
    expect(findingsOf(judge(seedExample({ jan: null, feb: 150, mar: 0 }), { today: TODAY }), RULE)).toEqual([]);
  });

  it('several weekly communications add up (Laura: 16 + 8 = 24 hours in May)', () => {
    const draft = lombardia2012Draft();
    draft.reports![0].hours[LAURA] = 16;
    const found = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('ne programmano 24 ore (dal 14/05/2012 al 18/05/2012: 16 ore; dal 21/05/2012 al 25/05/2012: 8 ore)');
  });

  it.each([
    { reported: 3.29, found: 1 },
    { reported: 3.3, found: 0 },
    { reported: 3.31, found: 1 },
  ])('hours with decimals are added to the hundredth (1,1 + 2,2 = 3,3): $reported reported', ({ reported, found }) => {
    const draft = lombardia2012Draft();
    draft.suspensions = [
      { workerFiscalCode: LAURA, start: '2012-05-14', end: '2012-05-18', hours: 1.1, sentOn: '2012-05-14' },
      { workerFiscalCode: LAURA, start: '2012-05-21', end: '2012-05-25', hours: 2.2, sentOn: '2012-05-18' },
    ];
    draft.reports = [{ ...draft.reports![0], hours: { [LAURA]: reported } }];
    const findings = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(findings).toHaveLength(found);
    if (found) expect(findings[0].message).toContain(`risultano ${String(reported).replace('.', ',')} ore, ma le comunicazioni di sospensione di quel mese ne programmano 3,3 ore`);
  });

  it('a corrected communication (same dates, sent later) replaces the first one', () => {
    const draft = lombardia2012Draft();
    draft.suspensions!.push({ workerFiscalCode: LAURA, start: '2012-05-21', end: '2012-05-25', hours: 12, sentOn: '2012-05-23' });
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toHaveLength(1); // 24 reported, 16 + 12 = 28 planned
    draft.reports![0].hours[LAURA] = 28;
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toEqual([]);
  });

  // The operator may type a code in lower case or with a space in one place and not in the other:
  // it is still the same worker, in the report and in the communications.
  it('a code typed in lower case in the report is the worker of the communications: 24 hours match', () => {
    const draft = lombardia2012Draft();
    const typed = ` ${LAURA.toLowerCase()}`;
    draft.reports![0].hours = { [MARIO]: draft.reports![0].hours[MARIO], [typed]: 24 };
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toEqual([]);
    draft.reports![0].hours[typed] = 16;
    const found = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(found.map((f) => f.fields)).toEqual([[`reports[0].hours.${typed}`]]);
    expect(found[0].message).toContain('per Laura Bianchi (lavoratore n. 2) risultano 16 ore, ma le comunicazioni di sospensione di quel mese ne programmano 24 ore');
  });

  it('a correction sent with the code in lower case still replaces the first communication', () => {
    const draft = lombardia2012Draft();
    draft.suspensions!.push({ workerFiscalCode: LAURA.toLowerCase(), start: '2012-05-21', end: '2012-05-25', hours: 12, sentOn: '2012-05-23' });
    draft.reports![0].hours[LAURA] = 28;
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toEqual([]);
  });

  // The audit's case (seed 004: errors "relativi all’inserimento dei periodi" are corrected by a new communication
  // "con i dati corretti"): 14/05–16/05 typed instead of 16/05–18/05, 16 hours, corrected the next day. A new
  // communication starting in the same week corrects it; one starting in a later week is new and its hours add up.
  it.each([
    { wrongEnd: '2012-05-16', fixedStart: '2012-05-16', found: 0, name: 'the corrected period overlaps the wrong one: it replaces it, 16 hours' },
    { wrongEnd: '2012-05-16', fixedStart: '2012-05-17', found: 0, name: 'a corrected period in the same week, not overlapping: it replaces it, 16 hours' },
    { wrongEnd: '2012-05-21', fixedStart: '2012-05-21', found: 1, name: 'one starting in the next week, overlapping on its Monday: new, both count, 32 hours' },
  ])('$name', ({ wrongEnd, fixedStart, found }) => {
    const draft = lombardia2012Draft();
    draft.period = { start: '2012-05-02', end: '2012-05-31' };
    draft.workers = draft.workers.slice(1);
    draft.suspensions = [
      { workerFiscalCode: LAURA, start: '2012-05-14', end: wrongEnd, hours: 16, sentOn: '2012-05-14' },
      { workerFiscalCode: LAURA, start: fixedStart, end: fixedStart < '2012-05-21' ? '2012-05-18' : '2012-05-25', hours: 16, sentOn: '2012-05-15' },
    ];
    draft.reports = [{ month: '2012-05', submittedOn: '2012-06-14', hours: { [LAURA]: 16 } }];
    const findings = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(findings).toHaveLength(found);
    if (found) expect(findings[0].message).toContain('risultano 16 ore, ma le comunicazioni di sospensione di quel mese ne programmano 32 ore');
  });
});

// What the operator reads next to the warning: the seed and the passage it comes from (the "Perché?" quotes it).
describe(`${RULE}: its source`, () => {
  it('a finding names seed 004 and the note\'s «Procedura per inviare le comunicazioni di sospensione»', () => {
    const [found] = findingsOf(judge(seedExample({ jan: 69, feb: 150, mar: 0 }), { today: TODAY }), RULE);
    expect(found.source).toBe(
      '004_b896d9eb88ba3526.txt, Nota del 19 aprile 2012 – Sospensioni programmate: gestione del calendario e rendicontazione, ' +
        '«Procedura per inviare le comunicazioni di sospensione»',
    );
  });
});
