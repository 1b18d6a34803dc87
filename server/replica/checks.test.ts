import { describe, expect, it } from 'vitest';
import { hiredOnError, isPdf, pdfError, periodErrors, reportErrors, reportOpensOn } from './checks.ts';

const msgs = (errs: { message: string }[]) => errs.map((e) => e.message).join('\n');

describe('AMINDER period blocks (seed 001)', () => {
  it.each([
    ['23/02/2020', '28/03/2020', 0, 0],       // 35 days: the longest single application
    ['23/02/2020', '29/03/2020', 0, 1],       // 36 days: blocked
    ['24/02/2020', '30/03/2020', 0, 1],       // the scenario's 36-day application
    ['01/04/2020', '05/04/2020', 0, 0],       // 5 days: the shortest
    ['01/04/2020', '04/04/2020', 0, 1],       // 4 days: blocked
  ])('%s - %s with %i days elsewhere gives %i errors', (s, e, other, n) => {
    expect(periodErrors(s, e, other)).toHaveLength(n);
  });

  it('says the latest end date allowed for a too long application', () => {
    expect(msgs(periodErrors('24/02/2020', '30/03/2020', 0))).toContain('29/03/2020');
  });

  it('blocks past 63 days in all the applications, not on 63', () => {
    expect(periodErrors('20/04/2020', '26/04/2020', 56)).toEqual([]);            // 56 + 7 = 63
    const over = periodErrors('20/04/2020', '27/04/2020', 56);                    // 56 + 8 = 64
    expect(over).toHaveLength(1);
    expect(over[0].message).toContain('63 giorni');
    expect(over[0].message).toContain('26/04/2020');
  });

  it('does not block periods starting in 2017 (seed 002: blocks lifted)', () => {
    expect(periodErrors('01/01/2017', '01/03/2017', 0)).toEqual([]);
  });

  it('refuses a period across two annualità (seed 002): the end on 31/12 is accepted, on 01/01 of the next year refused', () => {
    expect(periodErrors('30/12/2016', '30/12/2016', 0)).toEqual([]);            // the day before the boundary
    expect(periodErrors('30/12/2016', '31/12/2016', 0)).toEqual([]);            // on the boundary
    const after = periodErrors('30/12/2016', '01/01/2017', 0);                   // the day after
    expect(after).toHaveLength(1);
    expect(after[0].field).toBe('dataFine');
    expect(after[0].message).toContain('a cavallo fra due annualità');
    expect(after[0].message).toContain('31/12/2016');
    expect(msgs(periodErrors('30/12/2016', '27/02/2017', 0))).toContain('data inizio nel 2016, data fine nel 2017');
    expect(periodErrors('01/01/2017', '01/01/2017', 0)).toEqual([]);            // the entry the seed prescribes starts on 01/01/2017
  });

  it('refuses any two calendar years, not only 2016-2017 ("impostazioni adottate" of the application)', () => {
    expect(msgs(periodErrors('28/12/2020', '02/01/2021', 0))).toContain('a cavallo fra due annualità');
    expect(periodErrors('28/12/2020', '02/01/2021', 0)).toHaveLength(1);       // 6 days: no 2020 block besides it
    expect(msgs(periodErrors('15/12/2017', '15/01/2018', 0))).toContain('31/12/2017');
    expect(periodErrors('15/11/2017', '31/12/2017', 0)).toEqual([]);
  });

  it('refuses an end before the start and ignores unreadable dates (reported separately)', () => {
    expect(periodErrors('10/04/2020', '09/04/2020', 0)).toHaveLength(1);
    expect(periodErrors('31/02/2020', '09/04/2020', 0)).toEqual([]);
  });
});

describe('AMINDER workers in forza at 23/02/2020', () => {
  it('accepts a worker hired on 23/02/2020 and refuses one hired on 24/02/2020', () => {
    expect(hiredOnError(0, '23/02/2020', '09/03/2020')).toBeNull();
    expect(hiredOnError(1, '24/02/2020', '09/03/2020')?.message).toContain('assunti dopo il 23/02/2020');
    expect(hiredOnError(1, '24/02/2020', '09/03/2020')?.field).toBe('lav-1-assunzione');
  });
  it('makes no such check for a 2016-17 application', () => {
    expect(hiredOnError(0, '24/02/2020', '01/01/2017')).toBeNull();
  });
});

describe('AMINDER attachments', () => {
  it('requires at least one PDF to send', () => {
    expect(pdfError(0)?.message).toContain('PDF');
    expect(pdfError(1)).toBeNull();
  });
  it('recognises a PDF by its header, not its name', () => {
    expect(isPdf(new TextEncoder().encode('%PDF-1.4 ...'))).toBe(true);
    expect(isPdf(new TextEncoder().encode('GIF89a'))).toBe(false);
  });
});

describe('AMINDER consuntivo', () => {
  const base = { months: ['2020-03', '2020-04'], periodEnd: '2020-04-05', today: '2020-05-10',
    hours: [{ worker: 'Rossi', text: '10' }, { worker: 'Bianchi', text: '0' }] };
  it('refuses April before March', () => {
    const e = reportErrors({ ...base, month: '2020-04', sentMonths: [] });
    expect(msgs(e)).toContain('occorre prima consuntivare marzo 2020');
  });
  it('accepts April after March', () => {
    expect(reportErrors({ ...base, month: '2020-04', sentMonths: ['2020-03'] })).toEqual([]);
  });
  it('requires zero to be typed: a blank cell is refused', () => {
    const e = reportErrors({ ...base, month: '2020-03', sentMonths: [], hours: [{ worker: 'Rossi', text: '' }] });
    expect(msgs(e)).toContain('digitare 0');
  });
  it('opens a month the day after it ends, or the day after the period ends when that is earlier', () => {
    expect(reportOpensOn('2020-03', '2020-04-05')).toBe('2020-04-01');
    expect(reportOpensOn('2020-04', '2020-04-05')).toBe('2020-04-06');
    expect(reportErrors({ ...base, month: '2020-03', sentMonths: [], today: '2020-03-31' })).toHaveLength(1);
    expect(reportErrors({ ...base, month: '2020-03', sentMonths: [], today: '2020-04-01' })).toEqual([]);
    expect(reportErrors({ ...base, month: '2020-04', sentMonths: ['2020-03'], today: '2020-04-05' })).toHaveLength(1);
    expect(reportErrors({ ...base, month: '2020-04', sentMonths: ['2020-03'], today: '2020-04-06' })).toEqual([]);
  });
});
