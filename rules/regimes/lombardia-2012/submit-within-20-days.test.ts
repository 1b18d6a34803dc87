import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { lombardia2012Draft } from './fixtures.ts';

const RULE = 'lombardia-2012/submit-within-20-days';

// Suspensions from 02/05/2012: the 20th day after the start is 22/05/2012.
describe(RULE, () => {
  it.each([
    { submittedOn: '2012-05-21', fails: false, status: 'met', name: 'the day before the limit' },
    { submittedOn: '2012-05-22', fails: false, status: 'met', name: 'on the 20th day' },
    { submittedOn: '2012-05-23', fails: true, status: 'missed', name: 'the 21st day: too late' },
  ])('sent $name ($submittedOn)', ({ submittedOn, fails, status }) => {
    const verdict = judge(withChanges(lombardia2012Draft(), { submittedOn }), { today: '2012-07-20' });
    expect(verdict.deadlines).toContainEqual(expect.objectContaining({ id: 'submission', date: '2012-05-22', status }));
    const found = findingsOf(verdict, RULE);
    expect(found).toHaveLength(fails ? 1 : 0);
    if (fails) {
      expect(found[0]).toMatchObject({ severity: 'error', fields: ['submittedOn', 'period.start'] });
      expect(found[0].message).toBe(
        'La domanda è stata inviata il 23/05/2012, 21 giorni dopo l’inizio delle sospensioni: andava inviata entro 20 giorni, ' +
          'cioè entro il 22/05/2012. Con quell’invio la data inizio non può essere anteriore al 03/05/2012.',
      );
    }
  });

  it.each([
    { today: '2012-05-10', fails: false, status: 'future' },
    { today: '2012-05-15', fails: false, status: 'due-soon' },
    { today: '2012-05-22', fails: false, status: 'due-soon' },
    { today: '2012-05-23', fails: true, status: 'missed' },
  ])('not sent yet, today $today: $status', ({ today, fails, status }) => {
    const draft = withChanges(lombardia2012Draft(), { submittedOn: undefined, status: 'bozza', suspensions: [], reports: [] });
    const verdict = judge(draft, { today });
    expect(verdict.deadlines.find((d) => d.id === 'submission')?.status).toBe(status);
    const found = findingsOf(verdict, RULE);
    expect(found).toHaveLength(fails ? 1 : 0);
    if (fails) expect(found[0].message).toContain('è scaduto il 22/05/2012');
  });
});
