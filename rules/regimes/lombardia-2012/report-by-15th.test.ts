import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf } from '../../testing.ts';
import { lombardia2012Draft, MARIO, LAURA } from './fixtures.ts';

const RULE = 'lombardia-2012/report-by-15th';

describe(RULE, () => {
  it.each([
    { sent: '2012-06-14', fails: false, status: 'met', name: 'the day before the 15th' },
    { sent: '2012-06-15', fails: false, status: 'met', name: 'on the 15th of the next month' },
    { sent: '2012-06-16', fails: true, status: 'missed', name: 'on the 16th: late' },
  ])('May report sent $name ($sent)', ({ sent, fails, status }) => {
    const draft = lombardia2012Draft();
    draft.reports![0].submittedOn = sent;
    const verdict = judge(draft, { today: '2012-07-20' });
    expect(verdict.deadlines).toContainEqual(expect.objectContaining({ id: 'report-2012-05', date: '2012-06-15', status }));
    const found = findingsOf(verdict, RULE);
    expect(found).toHaveLength(fails ? 1 : 0);
    if (fails) {
      expect(found[0]).toMatchObject({ severity: 'error', fields: ['reports[0].submittedOn'] });
      expect(found[0].message).toBe(
        'Il rendiconto di maggio 2012 è stato inviato il 16/06/2012: andava inviato entro il 15/06/2012 (il 15 del mese successivo). ' +
          'Se la data è sbagliata correggila.',
      );
    }
  });

  it.each([
    { today: '2012-06-01', status: 'future', fails: false },
    { today: '2012-06-08', status: 'due-soon', fails: false },
    { today: '2012-06-15', status: 'due-soon', fails: false },
    { today: '2012-06-16', status: 'missed', fails: true },
  ])('no May report, today $today: $status', ({ today, status, fails }) => {
    const draft = lombardia2012Draft();
    draft.reports = [];
    const verdict = judge(draft, { today });
    expect(verdict.deadlines.find((d) => d.id === 'report-2012-05')?.status).toBe(status);
    const found = findingsOf(verdict, RULE);
    expect(found).toHaveLength(fails ? 1 : 0);
    if (fails) {
      expect(found[0].fields).toEqual(['reports']);
      expect(found[0].message).toContain('Il rendiconto di maggio 2012 non risulta inviato e il termine è scaduto il 15/06/2012');
    }
  });

  it('one deadline per month of the period, a month without suspensions included (the seed’s March at 0 hours)', () => {
    const draft = lombardia2012Draft();
    draft.period = { start: '2012-01-16', end: '2012-03-31' };
    draft.submittedOn = '2012-02-03';
    draft.suspensions = [];
    draft.reports = [
      { month: '2012-01', submittedOn: '2012-02-15', hours: { [MARIO]: 0, [LAURA]: 0 } },
      { month: '2012-02', submittedOn: '2012-03-15', hours: { [MARIO]: 0, [LAURA]: 0 } },
    ];
    const verdict = judge(draft, { today: '2012-04-20' });
    expect(verdict.deadlines.filter((d) => d.id.startsWith('report-')).map((d) => [d.id, d.date, d.status])).toEqual([
      ['report-2012-01', '2012-02-15', 'met'],
      ['report-2012-02', '2012-03-15', 'met'],
      ['report-2012-03', '2012-04-15', 'missed'],
    ]);
    expect(findingsOf(verdict, RULE).map((f) => f.message)).toEqual([expect.stringContaining('Il rendiconto di marzo 2012 non risulta inviato')]);
  });

  it('a December report is due on 15 January of the next year', () => {
    const draft = lombardia2012Draft();
    draft.period = { start: '2012-12-03', end: '2012-12-21' };
    draft.submittedOn = '2012-12-10';
    draft.suspensions = [];
    draft.reports = [];
    expect(judge(draft, { today: '2012-12-20' }).deadlines).toContainEqual(expect.objectContaining({ id: 'report-2012-12', date: '2013-01-15', status: 'future' }));
  });
});
