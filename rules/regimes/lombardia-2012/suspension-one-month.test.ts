import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf } from '../../testing.ts';
import { LAURA, lombardia2012Draft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2012/suspension-one-month';

const withCommunication = (start: string, end: string, hours = 8, sentOn = '2012-01-01') => {
  const draft = lombardia2012Draft();
  draft.period = { start: '2012-01-16', end: '2012-06-29' };
  draft.submittedOn = '2012-02-01';
  draft.suspensions = [{ workerFiscalCode: LAURA, start, end, hours, sentOn }];
  return draft;
};

describe(RULE, () => {
  it.each([
    { name: 'the seed’s January communication (16/01–31/01/2012, 70 hours)', start: '2012-01-16', end: '2012-01-31', fails: false },
    { name: 'the seed’s February communication (01/02–29/02/2012, 150 hours)', start: '2012-02-01', end: '2012-02-29', fails: false },
    { name: 'ending on the month’s last day', start: '2012-03-05', end: '2012-03-31', fails: false },
    { name: 'one day into the next month', start: '2012-03-05', end: '2012-04-01', fails: true },
    { name: 'from 31/01 to 01/02', start: '2012-01-31', end: '2012-02-01', fails: true },
    { name: 'from 16/01 to 15/03 (the first quarter in one go)', start: '2012-01-16', end: '2012-03-15', fails: true },
  ])('$name', ({ start, end, fails }) => {
    const found = findingsOf(judge(withCommunication(start, end), { today: TODAY }), RULE);
    expect(found).toHaveLength(fails ? 1 : 0);
    if (fails) expect(found[0]).toMatchObject({ severity: 'error', fields: ['suspensions[0].start', 'suspensions[0].end'] });
  });

  it('says how to split it, month by month', () => {
    const [found] = findingsOf(judge(withCommunication('2012-01-31', '2012-02-01'), { today: TODAY }), RULE);
    expect(found.message).toBe(
      'La comunicazione di sospensione di Laura Bianchi (lavoratore n. 2) va dal 31/01/2012 al 01/02/2012, su più mesi: il periodo ' +
        'massimo è il mese. Invia una nuova comunicazione per ogni mese, ad esempio dal 31/01/2012 al 31/01/2012 e dal ' +
        '01/02/2012 in poi, con le ore di ciascun mese.',
    );
  });
});
