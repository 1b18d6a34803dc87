import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, piemonte2020Draft, withChanges } from '../../testing.ts';
import { addDays } from '../../calc/dates.ts';

const RULE = 'piemonte-2020/application-length';

// Seed 001: "durata massima … 35 giorni di calendario, e quella minima in 5 giorni".
// The edges: the day before, on and after each limit.
const cases: { name: string; period: { start: string; end: string }; fails: boolean; message?: RegExp }[] = [
  { name: 'seed example: 23/02/2020–28/03/2020 is exactly 35 days', period: { start: '2020-02-23', end: '2020-03-28' }, fails: false },
  { name: '34 days', period: { start: '2020-03-01', end: '2020-04-03' }, fails: false },
  { name: '35 days', period: { start: '2020-03-01', end: '2020-04-04' }, fails: false },
  { name: '36 days: blocked, says the latest end', period: { start: '2020-03-01', end: '2020-04-05' }, fails: true, message: /al massimo il 04\/04\/2020/ },
  // rules.md's own example of a message that says what to change, on the seed's first day.
  { name: 'rules.md example: 23/02–29/03/2020 (36 days) says "La data fine può essere al massimo il 28/03/2020"', period: { start: '2020-02-23', end: '2020-03-29' }, fails: true, message: /La data fine può essere al massimo il 28\/03\/2020\./ },
  { name: '4 days: too short', period: { start: '2020-03-02', end: '2020-03-05' }, fails: true, message: /almeno il 06\/03\/2020/ },
  { name: '5 days', period: { start: '2020-03-02', end: '2020-03-06' }, fails: false },
  { name: '6 days', period: { start: '2020-03-02', end: '2020-03-07' }, fails: false },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const verdict = judge(withChanges(piemonte2020Draft(), { period: c.period }), { today: '2020-04-10' });
      const found = findingsOf(verdict, RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['period.end']);
        expect(found[0].message).toMatch(c.message!);
        expect(found[0].source).toContain('001_97bd8f50a7fc0b82.txt');
      }
    });
  }

  // With fewer days left in the 9 weeks than the 5-day minimum, no end date passes both rules: the message
  // proposes none (the audit: 60 days used, a 3-day application 23/04–25/04/2020 that keeps to the 63).
  it.each([
    { used: 58, period: { start: '2020-04-23', end: '2020-04-25' }, says: 'La data fine deve essere almeno il 27/04/2020.' },
    { used: 59, period: { start: '2020-04-23', end: '2020-04-25' }, says: 'restano solo 4 giorni, meno del minimo di 5 giorni di una domanda: non è possibile presentare un\'altra domanda per questa unità.' },
    { used: 60, period: { start: '2020-04-23', end: '2020-04-25' }, says: 'restano solo 3 giorni, meno del minimo di 5 giorni di una domanda: non è possibile presentare un\'altra domanda per questa unità.' },
    { used: 60, period: { start: '2020-04-23', end: '2020-05-30' }, says: 'La domanda dura 38 giorni: il massimo è 35. Dopo le domande precedenti (60 giorni) nelle 9 settimane restano solo 3 giorni' },
  ])('$used days used before, $period.start–$period.end', ({ used, period, says }) => {
    const second = { unitId: 'U1', start: '2020-03-29', end: addDays('2020-03-29', used - 35 - 1) };
    const draft = withChanges(piemonte2020Draft(), { period, previousApplications: [{ unitId: 'U1', start: '2020-02-23', end: '2020-03-28' }, second] });
    const found = findingsOf(judge(draft, { today: '2020-04-20' }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(says);
  });
});
