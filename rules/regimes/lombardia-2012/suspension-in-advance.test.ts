import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf } from '../../testing.ts';
import { LAURA, lombardia2012Draft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2012/suspension-in-advance';

function draftWith(suspensions: { start: string; end: string; sentOn: string }[]) {
  const draft = lombardia2012Draft();
  draft.period = { start: '2012-04-02', end: '2012-06-29' };
  draft.submittedOn = '2012-04-20';
  draft.suspensions = suspensions.map((s) => ({ workerFiscalCode: LAURA, hours: 16, ...s }));
  draft.reports = [];
  return draft;
}

describe(RULE, () => {
  it.each([
    // The seed's example week, 16/04–20/04/2012: by Monday 16/04.
    { name: 'week of 16/04, sent on the Friday before', start: '2012-04-16', end: '2012-04-20', sentOn: '2012-04-13', fails: false },
    { name: 'week of 16/04, sent on its Monday', start: '2012-04-16', end: '2012-04-20', sentOn: '2012-04-16', fails: false },
    { name: 'week of 16/04, sent on the Tuesday', start: '2012-04-16', end: '2012-04-20', sentOn: '2012-04-17', fails: true, latest: '16/04/2012' },
    // A suspension from Wednesday: still by the Monday of its week.
    { name: 'from Thursday 26/04 (the week of 25 April), sent Monday 23/04', start: '2012-04-26', end: '2012-04-27', sentOn: '2012-04-23', fails: false },
    { name: 'from Thursday 26/04, sent Tuesday 24/04', start: '2012-04-26', end: '2012-04-27', sentOn: '2012-04-24', fails: true, latest: '23/04/2012' },
    // Labour Day week: Monday 30/04 is a working day.
    { name: 'from Wednesday 02/05, sent Monday 30/04', start: '2012-05-02', end: '2012-05-04', sentOn: '2012-04-30', fails: false },
    { name: 'from Wednesday 02/05, sent Tuesday 01/05 (a holiday, but after the Monday)', start: '2012-05-02', end: '2012-05-04', sentOn: '2012-05-01', fails: true, latest: '30/04/2012' },
  ])('$name', ({ start, end, sentOn, fails, latest }) => {
    const found = findingsOf(judge(draftWith([{ start, end, sentOn }]), { today: TODAY }), RULE);
    expect(found).toHaveLength(fails ? 1 : 0);
    if (fails) {
      expect(found[0]).toMatchObject({ severity: 'error', fields: ['suspensions[0].sentOn'] });
      expect(found[0].message).toContain(`andava inviata entro il ${latest}, primo giorno lavorativo della settimana`);
    }
  });

  it('an Easter week: the Tuesday is the first working day', () => {
    // Easter Monday 2012 (09/04) came before the change of 16/04/2012: the rule meets it in 2013 (Monday 01/04/2013).
    const ok = findingsOf(judge(draftWith([{ start: '2013-04-03', end: '2013-04-05', sentOn: '2013-04-02' }]), { today: TODAY }), RULE);
    expect(ok).toEqual([]);
    const late = findingsOf(judge(draftWith([{ start: '2013-04-03', end: '2013-04-05', sentOn: '2013-04-03' }]), { today: TODAY }), RULE);
    expect(late).toHaveLength(1);
    expect(late[0].message).toContain('entro il 02/04/2013');
  });

  it('a suspension starting on Easter Monday itself: by its start, since the week’s first working day comes after it', () => {
    const found = (sentOn: string) => findingsOf(judge(draftWith([{ start: '2013-04-01', end: '2013-04-05', sentOn }]), { today: TODAY }), RULE);
    expect(found('2013-04-01')).toEqual([]);
    expect(found('2013-04-02')).toHaveLength(1);
  });

  it.each([
    { start: '2012-04-13', sentOn: '2012-04-20', fails: false, name: 'starting 13/04 (before the change): sent late is not judged here' },
    { start: '2012-04-15', sentOn: '2012-04-20', fails: false, name: 'starting Sunday 15/04, the day before the change' },
    { start: '2012-04-16', sentOn: '2012-04-20', fails: true, name: 'starting on 16/04, the day of the change' },
    { start: '2012-04-17', sentOn: '2012-04-20', fails: true, name: 'starting 17/04, the day after' },
  ])('$name', ({ start, sentOn, fails }) => {
    const found = findingsOf(judge(draftWith([{ start, end: '2012-04-20', sentOn }]), { today: TODAY }), RULE);
    expect(found).toHaveLength(fails ? 1 : 0);
  });

  it('a correction sent later for the same dates is not late: the original, sent in time, is judged', () => {
    const draft = draftWith([
      { start: '2012-05-14', end: '2012-05-18', sentOn: '2012-05-14' },
      { start: '2012-05-14', end: '2012-05-18', sentOn: '2012-05-22' },
    ]);
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toEqual([]);
  });

  // The audit's case: Monday–Wednesday typed instead of Wednesday–Friday, corrected on Tuesday 15/05 with the right
  // dates. The correction starts in the original's week, so the original, sent on Monday, is the one judged
  // (seed 004: "il periodo settimanale"; errors "dei periodi o delle ore" fixed by "una nuova comunicazione").
  it.each([
    { fixedStart: '2012-05-16', name: 'corrected dates overlapping the original: a correction, not late' },
    { fixedStart: '2012-05-17', name: 'corrected dates in the same week, not overlapping: still a correction, not late' },
  ])('$name', ({ fixedStart }) => {
    const draft = draftWith([
      { start: '2012-05-14', end: '2012-05-16', sentOn: '2012-05-14' },
      { start: fixedStart, end: '2012-05-18', sentOn: '2012-05-15' },
    ]);
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toEqual([]);
  });

  // The review's case: A = 16/04–23/04 sent 16/04; B = 23/04–27/04 sent 25/04. B overlaps A on Monday 23/04 but
  // starts in the next week: a new communication, late for that week (by Monday 23/04), as it is alone.
  it('a communication starting in a later week is new even when it overlaps: judged on its own', () => {
    const alone = draftWith([{ start: '2012-04-23', end: '2012-04-27', sentOn: '2012-04-25' }]);
    const afterA = draftWith([
      { start: '2012-04-16', end: '2012-04-23', sentOn: '2012-04-16' },
      { start: '2012-04-23', end: '2012-04-27', sentOn: '2012-04-25' },
    ]);
    expect(findingsOf(judge(alone, { today: TODAY }), RULE).map((f) => f.fields)).toEqual([['suspensions[0].sentOn']]);
    const found = findingsOf(judge(afterA, { today: TODAY }), RULE);
    expect(found.map((f) => f.fields)).toEqual([['suspensions[1].sentOn']]);
    expect(found[0].message).toContain('andava inviata entro il 23/04/2012');
  });

  it('a later-week communication sent in time after an earlier week is not late either', () => {
    const draft = draftWith([
      { start: '2012-04-16', end: '2012-04-23', sentOn: '2012-04-16' },
      { start: '2012-04-23', end: '2012-04-27', sentOn: '2012-04-23' },
    ]);
    expect(findingsOf(judge(draft, { today: TODAY }), RULE)).toEqual([]);
  });

  // A half-typed calendar: two rows whose code is still empty need not be the same worker. An empty code is
  // nobody's, so the later row corrects nothing: it is judged on its own, and named as missing its code.
  it('two communications without a code in the same week: the later is no correction, judged and named as missing its code', () => {
    const draft = draftWith([
      { start: '2012-05-14', end: '2012-05-16', sentOn: '2012-05-14' },
      { start: '2012-05-16', end: '2012-05-18', sentOn: '2012-05-15' },
    ]);
    draft.workers[1].fiscalCode = ''; // Laura's row, its code not typed yet either
    for (const s of draft.suspensions!) s.workerFiscalCode = '';
    const found = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(found.map((f) => f.fields)).toEqual([['suspensions[1].sentOn']]);
    expect(found[0].message).toMatch(
      /^La comunicazione di sospensione di un lavoratore di cui manca il codice fiscale \(dal 16\/05\/2012 al 18\/05\/2012\) è stata inviata il 15\/05\/2012/,
    );
  });

  it('the original of a corrected period is still judged', () => {
    const draft = draftWith([
      { start: '2012-05-14', end: '2012-05-16', sentOn: '2012-05-15' },
      { start: '2012-05-16', end: '2012-05-18', sentOn: '2012-05-16' },
    ]);
    const found = findingsOf(judge(draft, { today: TODAY }), RULE);
    expect(found.map((f) => f.fields)).toEqual([['suspensions[0].sentOn']]);
  });
});
