import { describe, expect, it, vi } from 'vitest';
import { judge } from '../../engine.ts';
import { Facts } from '../../calc/facts.ts';
import { calendarOf, type Suspension } from './shared.ts';
import { WORKER_BY_CODE } from '../common/labels.ts';
import { LAURA, lombardia2012Draft, MARIO, TODAY } from './fixtures.ts';

const week = (worker: string, start: string, end: string, hours: number, sentOn: string): Suspension =>
  ({ workerFiscalCode: worker, start, end, hours, sentOn });

describe('the calendar of communications as the Region keeps it (seed 004: corrections are new communications)', () => {
  const original = week(LAURA, '2012-05-14', '2012-05-18', 16, '2012-05-14');
  const other = week(MARIO, '2012-05-14', '2012-05-18', 40, '2012-05-14');
  const corrected = week(LAURA, '2012-05-14', '2012-05-18', 12, '2012-05-16');
  const nextWeek = week(LAURA, '2012-05-21', '2012-05-25', 8, '2012-05-18');

  it('a later communication for the same worker and dates replaces the earlier one; the draft order is kept', () => {
    expect(calendarOf([original, other, corrected, nextWeek]).effective).toEqual([other, corrected, nextWeek]);
    expect(calendarOf([corrected, other, original, nextWeek]).effective).toEqual([corrected, other, nextWeek]);
  });

  it('two sent the same day: the later in the draft counts', () => {
    const sameDay = week(LAURA, '2012-05-14', '2012-05-18', 10, '2012-05-14');
    expect(calendarOf([original, sameDay]).effective).toEqual([sameDay]);
    expect(calendarOf([sameDay, original]).effective).toEqual([original]);
  });

  it('the same dates for another worker, or other dates for the same worker, are not corrections', () => {
    expect(calendarOf([original, other, nextWeek]).corrections.size).toBe(0);
    expect(calendarOf([original, other, nextWeek]).effective).toEqual([original, other, nextWeek]);
  });

  it('the corrections are those sent after the first for the same worker and dates', () => {
    const again = week(LAURA, '2012-05-14', '2012-05-18', 14, '2012-05-17');
    expect([...calendarOf([corrected, original, other, again]).corrections]).toEqual([corrected, again]);
  });

  // Seed 004: "Per eventuali errori relativi all’inserimento dei periodi o delle ore … semplicemente inviando una
  // nuova comunicazione di sospensione con i dati corretti"; from 16/04/2012 a communication is for "il periodo
  // settimanale": a new one starting in the same week corrects it, one starting in another week is new.
  describe('a period corrected: the new communication starts in the wrong one’s week', () => {
    const wrong = week(LAURA, '2012-05-14', '2012-05-16', 16, '2012-05-14');
    it.each([
      { start: '2012-05-17', end: '2012-05-18', corrects: true, name: 'starting the day after the wrong one ends, same week: corrected dates' },
      { start: '2012-05-16', end: '2012-05-18', corrects: true, name: 'sharing its last day (the audit’s Monday–Wednesday typed for Wednesday–Friday)' },
      { start: '2012-05-15', end: '2012-05-18', corrects: true, name: 'sharing two days' },
      { start: '2012-05-20', end: '2012-05-20', corrects: true, name: 'on the Sunday of its week' },
      { start: '2012-05-10', end: '2012-05-14', corrects: false, name: 'ending on its first day but starting the week before: new' },
      { start: '2012-05-10', end: '2012-05-13', corrects: false, name: 'ending the day before its first day' },
      { start: '2012-05-21', end: '2012-05-25', corrects: false, name: 'starting the next Monday: new' },
    ])('$name', ({ start, end, corrects }) => {
      const fixed = week(LAURA, start, end, 16, '2012-05-15');
      expect(calendarOf([wrong, fixed]).effective).toEqual(corrects ? [fixed] : [wrong, fixed]);
      expect([...calendarOf([wrong, fixed]).corrections]).toEqual(corrects ? [fixed] : []);
    });

    it('the review’s case: 16/04–23/04, then 23/04–27/04 sent later: overlapping on 23/04 but a new week, both kept', () => {
      const a = week(LAURA, '2012-04-16', '2012-04-23', 40, '2012-04-16');
      const b = week(LAURA, '2012-04-23', '2012-04-27', 32, '2012-04-25');
      expect(calendarOf([a, b]).effective).toEqual([a, b]);
      expect(calendarOf([a, b]).corrections.size).toBe(0);
    });

    it('the one sent later counts, wherever it sits in the draft', () => {
      const fixed = week(LAURA, '2012-05-16', '2012-05-18', 16, '2012-05-15');
      expect(calendarOf([fixed, wrong]).effective).toEqual([fixed]);
      expect([...calendarOf([fixed, wrong]).corrections]).toEqual([fixed]);
    });

    it('another worker’s overlapping communication is not a correction', () => {
      const mario = week(MARIO, '2012-05-16', '2012-05-18', 16, '2012-05-15');
      expect(calendarOf([wrong, mario]).effective).toEqual([wrong, mario]);
      expect(calendarOf([wrong, mario]).corrections.size).toBe(0);
    });

    it('a correction corrected again: only the last one counts', () => {
      const fixed = week(LAURA, '2012-05-16', '2012-05-18', 16, '2012-05-15');
      const again = week(LAURA, '2012-05-16', '2012-05-18', 12, '2012-05-16');
      expect(calendarOf([wrong, fixed, again, nextWeek]).effective).toEqual([again, nextWeek]);
      expect([...calendarOf([wrong, fixed, again, nextWeek]).corrections]).toEqual([fixed, again]);
    });
  });

  describe('month-long communications: corrected within their calendar month', () => {
    // Seed 004, first quarter: "la comunicazione di sospensione riferita a ciascun mese" (16/01–31/01 ore 70).
    const january = week(LAURA, '2012-01-16', '2012-01-31', 70, '2012-02-10');
    it('a first-quarter month re-sent with other dates or hours replaces it', () => {
      const fixed = week(LAURA, '2012-01-16', '2012-01-31', 72, '2012-03-20');
      const fromThe2nd = week(LAURA, '2012-01-02', '2012-01-31', 90, '2012-03-20');
      expect(calendarOf([january, fixed]).effective).toEqual([fixed]);
      expect(calendarOf([january, fromThe2nd]).effective).toEqual([fromThe2nd]);
    });
    it('two communications of one first-quarter month for days that do not overlap are both valid ("ritenute valide se il periodo di riferimento massimo è il mese")', () => {
      const firstWeek = week(MARIO, '2012-01-16', '2012-01-20', 40, '2012-03-12');
      const secondWeek = week(MARIO, '2012-01-23', '2012-01-27', 30, '2012-03-13');
      expect(calendarOf([firstWeek, secondWeek]).effective).toEqual([firstWeek, secondWeek]);
      expect(calendarOf([firstWeek, secondWeek]).corrections.size).toBe(0);
      // Sharing a day, the later one corrects the earlier.
      const overlapping = week(MARIO, '2012-01-20', '2012-01-27', 30, '2012-03-13');
      expect(calendarOf([firstWeek, overlapping]).effective).toEqual([overlapping]);
    });
    it('1-15 April may be sent as one communication, or as several that are all valid', () => {
      const a = week(MARIO, '2012-04-02', '2012-04-06', 40, '2012-04-02');
      const b = week(MARIO, '2012-04-10', '2012-04-13', 32, '2012-04-10');
      expect(calendarOf([a, b]).effective).toEqual([a, b]);
    });
    it('the next month is a new communication (the seed’s February, 150 hours)', () => {
      const february = week(LAURA, '2012-02-01', '2012-02-29', 150, '2012-03-20');
      expect(calendarOf([january, february]).effective).toEqual([january, february]);
    });
    it('1-15 April (monthly) is not corrected by the week of 16/04 (weekly)', () => {
      const april = week(LAURA, '2012-04-01', '2012-04-15', 80, '2012-04-10');
      const week16 = week(LAURA, '2012-04-16', '2012-04-20', 40, '2012-04-16');
      expect(calendarOf([april, week16]).effective).toEqual([april, week16]);
    });
    it('a zero-hour month from 16/04 (02/05–31/05 ore 184) is corrected by one starting in May, not by June', () => {
      const may = week(LAURA, '2012-05-02', '2012-05-31', 184, '2012-04-30');
      const mayFixed = week(LAURA, '2012-05-02', '2012-05-31', 176, '2012-05-10');
      const june = week(LAURA, '2012-06-01', '2012-06-29', 168, '2012-05-31');
      expect(calendarOf([may, mayFixed, june]).effective).toEqual([mayFixed, june]);
      expect([...calendarOf([may, mayFixed, june]).corrections]).toEqual([mayFixed]);
    });
  });
});

// The rules run on every keystroke: suspension-in-advance and report-matches-suspensions read the same
// calendar, and four rules name workers from the same lookup; each is worked out once per check.
describe('one calendar and one lookup of workers per check, whatever the rules that read them', () => {
  it('a draft with findings of four rules naming workers builds each once', () => {
    const draft = lombardia2012Draft();
    draft.suspensions = [
      ...draft.suspensions!,
      week(LAURA, '2012-06-04', '2012-06-08', 8, '2012-06-05'), // late: suspension-in-advance
      week(LAURA, '2012-06-11', '2012-06-19', 8, '2012-06-08'), // past its week: suspension-weekly
      week(LAURA, '2012-06-25', '2012-07-03', 8, '2012-06-22'), // two months: suspension-one-month (and weekly)
    ];
    const built: string[] = [];
    const memo = Facts.prototype.memo;
    const spy = vi.spyOn(Facts.prototype, 'memo').mockImplementation(function <T>(this: Facts, key: string, compute: () => T): T {
      return memo.call(this, key, () => (built.push(key), compute())) as T;
    });
    let rules: string[];
    try {
      rules = judge(draft, { today: TODAY }).findings.map((f) => f.rule);
    } finally {
      spy.mockRestore();
    }
    expect(new Set(rules)).toEqual(new Set([
      'lombardia-2012/suspension-in-advance', 'lombardia-2012/suspension-weekly', 'lombardia-2012/suspension-one-month',
      'lombardia-2012/report-matches-suspensions',
    ]));
    expect(built.filter((key) => key.startsWith('lombardia-2012/') || key === WORKER_BY_CODE).sort()).toEqual([WORKER_BY_CODE, 'lombardia-2012/calendar']);
  });
});
