import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf } from '../../testing.ts';
import { lombardia2012Draft, MARIO, LAURA, seedFirstQuarterDraft } from './fixtures.ts';

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

  it('one deadline per month of the period, a month without suspensions included (July at 0 hours, as the seed’s March)', () => {
    const draft = lombardia2012Draft();
    draft.period = { start: '2012-05-02', end: '2012-07-31' };
    const verdict = judge(draft, { today: '2012-08-20' });
    expect(verdict.deadlines.filter((d) => d.id.startsWith('report-')).map((d) => [d.id, d.date, d.status])).toEqual([
      ['report-2012-05', '2012-06-15', 'met'],
      ['report-2012-06', '2012-07-15', 'met'],
      ['report-2012-07', '2012-08-15', 'missed'],
    ]);
    expect(findingsOf(verdict, RULE).map((f) => f.message)).toEqual([expect.stringContaining('Il rendiconto di luglio 2012 non risulta inviato')]);
  });

  // Seed 004: on 19/04/2012 the reporting function "a breve sarà implementata"; for the first quarter, "a sanatoria",
  // the hours "saranno inserite successivamente nella rendicontazione" ("quando sarà implementato il sistema
  // informativo, per il mese di gennaio … 70 ore, per febbraio 150 ore, per marzo 0"). Seed over rules.md.
  /** The seed's example: suspended from 16/01/2012, 70 hours in January, 150 in February, working all March. */
  function firstQuarter(reportsSentOn?: string) {
    const draft = seedFirstQuarterDraft({ submittedOn: '2012-01-25', suspensionsSentOn: '2012-03-12' });
    draft.reports = reportsSentOn
      ? [
          { month: '2012-01', submittedOn: reportsSentOn, hours: { [MARIO]: 70 } },
          { month: '2012-02', submittedOn: reportsSentOn, hours: { [MARIO]: 150 } },
          { month: '2012-03', submittedOn: reportsSentOn, hours: { [MARIO]: 0 } },
        ]
      : [];
    return draft;
  }

  it.each([
    { sentOn: '2012-06-04', name: 'entered when the Region opened the function (04/06/2012)' },
    { sentOn: undefined, name: 'not entered yet' },
  ])('the seed’s first quarter, reports $name: no deadline and nothing late', ({ sentOn }) => {
    const verdict = judge(firstQuarter(sentOn), { today: '2012-06-10' });
    expect(verdict.deadlines.filter((d) => d.id.startsWith('report-'))).toEqual([]);
    expect(findingsOf(verdict, RULE)).toEqual([]);
    // The hours are still compared with the communications.
    expect(findingsOf(verdict, 'lombardia-2012/report-matches-suspensions')).toEqual([]);
  });

  it.each([
    { month: '2012-02', deadline: undefined, name: 'February (the seed’s 150 hours): entered when the function exists' },
    { month: '2012-03', deadline: undefined, name: 'March (the seed’s 0 hours), the last month entered later' },
    { month: '2012-04', deadline: '2012-05-15', name: 'April, the first month after it: by 15/05/2012' },
  ])('$name', ({ month, deadline: due }) => {
    const draft = lombardia2012Draft();
    draft.period = { start: '2012-02-01', end: '2012-04-30' };
    draft.submittedOn = '2012-02-10';
    draft.suspensions = [];
    draft.reports = ['2012-02', '2012-03', '2012-04'].map((m) => ({ month: m, submittedOn: '2012-06-04', hours: { [MARIO]: 0, [LAURA]: 0 } }));
    const verdict = judge(draft, { today: '2012-06-10' });
    const index = draft.reports.findIndex((r) => r.month === month);
    const found = findingsOf(verdict, RULE).filter((f) => f.fields?.includes(`reports[${index}].submittedOn`));
    const deadline = verdict.deadlines.find((d) => d.id === `report-${month}`);
    if (due === undefined) {
      expect(deadline).toBeUndefined();
      expect(found).toEqual([]);
    } else {
      expect(deadline).toMatchObject({ date: due, status: 'missed' });
      expect(found.map((f) => f.message)).toEqual([
        'Il rendiconto di aprile 2012 è stato inviato il 04/06/2012: andava inviato entro il 15/05/2012 (il 15 del mese successivo). ' +
          'Se la data è sbagliata correggila.',
      ]);
    }
  });

  it('a December report is due on 15 January of the next year', () => {
    const draft = lombardia2012Draft();
    draft.period = { start: '2012-12-03', end: '2012-12-21' };
    draft.submittedOn = '2012-12-10';
    draft.suspensions = [];
    draft.reports = [];
    expect(judge(draft, { today: '2012-12-20' }).deadlines).toContainEqual(expect.objectContaining({ id: 'report-2012-12', date: '2013-01-15', status: 'future' }));
  });

  it('a late report names seed 004 and the note itself, where the monthly report and its 15th are set', () => {
    const draft = lombardia2012Draft();
    draft.reports![0].submittedOn = '2012-06-16';
    const [found] = findingsOf(judge(draft, { today: '2012-07-20' }), RULE);
    expect(found.source).toBe('004_b896d9eb88ba3526.txt, Nota del 19 aprile 2012 – Sospensioni programmate: gestione del calendario e rendicontazione');
  });
});

describe(`${RULE}: the months entered later, as the seed says`, () => {
  it('January (the seed’s 70 hours), reported in June: no deadline, not late', () => {
    const draft = lombardia2012Draft();
    draft.period = { start: '2012-01-16', end: '2012-01-31' };
    draft.submittedOn = '2012-01-25';
    draft.suspensions = [];
    draft.reports = [{ month: '2012-01', submittedOn: '2012-06-04', hours: { [MARIO]: 0, [LAURA]: 0 } }];
    const verdict = judge(draft, { today: '2012-06-10' });
    expect(verdict.deadlines.find((d) => d.id === 'report-2012-01')).toBeUndefined();
    expect(findingsOf(verdict, RULE)).toEqual([]);
  });
});
