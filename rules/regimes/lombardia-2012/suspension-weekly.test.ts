import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf } from '../../testing.ts';
import { LAURA, lombardia2012Draft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2012/suspension-weekly';

function draftWith(start: string, end: string, hours = 16) {
  const draft = lombardia2012Draft();
  draft.period = { start: '2012-04-02', end: '2012-06-29' };
  draft.submittedOn = '2012-04-20';
  // Sent well in advance, so that only the span is judged.
  draft.suspensions = [{ workerFiscalCode: LAURA, start, end, hours, sentOn: '2012-03-30' }];
  draft.reports = [];
  return draft;
}

describe(RULE, () => {
  it.each([
    { name: 'the seed’s week 16/04–20/04/2012, 40 hours', start: '2012-04-16', end: '2012-04-20', hours: 40, fails: false },
    { name: 'two days of the week (the seed’s 16 hours), still written as the week', start: '2012-04-16', end: '2012-04-20', hours: 16, fails: false },
    // Seed over rules.md: the seed's 40 hours are "solo esemplificativo", so the hours of a week are not capped; only its period is judged.
    { name: 'the seed’s week with 41 hours, one over its example: the period is what counts', start: '2012-04-16', end: '2012-04-20', hours: 41, fails: false },
    { name: 'one day with 0 hours', start: '2012-04-18', end: '2012-04-18', hours: 0, fails: false },
    { name: 'Monday to Sunday', start: '2012-04-16', end: '2012-04-22', fails: false },
    { name: 'Monday to the next Monday: one day over the week', start: '2012-04-16', end: '2012-04-23', fails: true, weekEnd: '22/04/2012' },
    { name: 'from Thursday into the next week', start: '2012-04-19', end: '2012-04-24', fails: true, weekEnd: '22/04/2012' },
    { name: 'the seed’s zero-hours month 02/05–31/05/2012, 184 hours', start: '2012-05-02', end: '2012-05-31', hours: 184, fails: false },
    { name: 'the whole of May from 01/05 (a holiday) to 31/05', start: '2012-05-01', end: '2012-05-31', hours: 184, fails: false },
    { name: 'the seed’s zero-hours month 01/06–29/06/2012, 168 hours', start: '2012-06-01', end: '2012-06-29', hours: 168, fails: false },
    { name: 'Thursday 31/05 to Friday 01/06: one week though two months (suspension-one-month judges that)', start: '2012-05-31', end: '2012-06-01', hours: 16, fails: false },
    { name: 'a month less its last working day (02/05–30/05)', start: '2012-05-02', end: '2012-05-30', fails: true, weekEnd: '06/05/2012' },
    { name: 'a month from its second working day (03/05–31/05)', start: '2012-05-03', end: '2012-05-31', fails: true, weekEnd: '06/05/2012' },
    { name: 'two weeks in the first fortnight of April, before the change', start: '2012-04-01', end: '2012-04-15', fails: false },
    { name: 'starting Sunday 15/04, the day before the change', start: '2012-04-15', end: '2012-04-20', fails: false },
  ])('$name', ({ start, end, hours, fails, weekEnd }) => {
    const found = findingsOf(judge(draftWith(start, end, hours), { today: TODAY }), RULE);
    expect(found).toHaveLength(fails ? 1 : 0);
    if (fails) {
      expect(found[0]).toMatchObject({ severity: 'warning', fields: ['suspensions[0].end'] });
      expect(found[0].message).toContain(`oltre la settimana in cui inizia (che finisce il ${weekEnd})`);
      expect(found[0].message).toContain(`Porta la data fine al ${weekEnd} al massimo`);
    }
  });
});

// What the operator reads next to the warning: the seed and the passage it comes from (the "Perché?" quotes it).
describe(`${RULE}: its source`, () => {
  it('a finding names seed 004 and the note\'s «Procedura per inviare le comunicazioni di sospensione»', () => {
    const [found] = findingsOf(judge(draftWith('2012-04-16', '2012-04-23'), { today: TODAY }), RULE);
    expect(found.source).toBe(
      '004_b896d9eb88ba3526.txt, Nota del 19 aprile 2012 – Sospensioni programmate: gestione del calendario e rendicontazione, ' +
        '«Procedura per inviare le comunicazioni di sospensione»',
    );
  });
});
