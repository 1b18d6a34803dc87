/**
 * Choosing the rule set (rules.md, "Choosing the rule set") at the edges of
 * each regime's own selection: the day before, on and after every bound. The
 * bounds come from the regimes' params.ts, never from the engine.
 */
import { describe, expect, it } from 'vitest';
import { judge, judgeExceptCodes, selectRegime } from './engine.ts';
import { addDays } from './calc/dates.ts';
import { paramsAt } from './params.ts';
import { regimes } from './regimes/index.ts';
import { piemonte2020Params, piemonte2020Selection } from './regimes/piemonte-2020/params.ts';
import { piemonte2016Params, piemonte2016Selection } from './regimes/piemonte-2016/params.ts';
import { lombardia2015Params, lombardia2015Selection } from './regimes/lombardia-2015/params.ts';
import { lombardia2012Params, lombardia2012Selection } from './regimes/lombardia-2012/params.ts';
import type { RegimeId } from './schema.ts';
import { piemonte2020Draft, withChanges } from './testing.ts';

function regimeOf(region: string, start: string): RegimeId | null {
  return selectRegime(withChanges(piemonte2020Draft(), { unit: { region }, period: { start, end: addDays(start, 20) } }));
}

describe('selectRegime at the edges of each regime', () => {
  it.each([
    ['Piemonte', '2015-12-31', null],
    ['Piemonte', '2016-01-01', 'piemonte-2016'],
    ['Piemonte', '2016-01-02', 'piemonte-2016'],
    ['Piemonte', '2017-12-30', 'piemonte-2016'],
    ['Piemonte', '2017-12-31', 'piemonte-2016'],
    ['Piemonte', '2018-01-01', null],
    ['Piemonte', '2020-02-22', null],
    ['Piemonte', '2020-02-23', 'piemonte-2020'],
    ['Piemonte', '2020-02-24', 'piemonte-2020'],
    ['Piemonte', '2021-06-01', 'piemonte-2020'],
    ['Lombardia', '2011-12-31', null],
    ['Lombardia', '2012-01-01', 'lombardia-2012'],
    ['Lombardia', '2012-01-02', 'lombardia-2012'],
    ['Lombardia', '2012-12-30', 'lombardia-2012'],
    ['Lombardia', '2012-12-31', 'lombardia-2012'],
    ['Lombardia', '2013-01-01', null],
    ['Lombardia', '2014-12-31', null],
    ['Lombardia', '2015-01-01', 'lombardia-2015'],
    ['Lombardia', '2015-01-02', 'lombardia-2015'],
    ['Lombardia', '2015-12-30', 'lombardia-2015'],
    ['Lombardia', '2015-12-31', 'lombardia-2015'],
    ['Lombardia', '2016-01-01', null],
    ['Lombardia', '2020-02-23', null],
    ['Piemonte', '2015-06-01', null],
    ['Veneto', '2020-02-23', null],
    [' piemonte (TO) ', '2020-02-23', 'piemonte-2020'],
    ['LOMBARDIA', '2012-05-02', 'lombardia-2012'],
  ] as const)('%s, start %s: %s', (region, start, expected) => {
    expect(regimeOf(region, start)).toBe(expected);
  });

  it("the draft's own regime wins over region and dates", () => {
    const draft = withChanges(piemonte2020Draft(), { unit: { region: 'Veneto' }, period: { start: '2019-01-01', end: '2019-01-20' } });
    expect(selectRegime({ ...draft, regime: 'lombardia-2012' })).toBe('lombardia-2012');
  });
});

describe("the selections are the regimes' own dated parameters", () => {
  it('every regime has its selection, and the selections of a region do not overlap', () => {
    for (const a of regimes) {
      expect(a.selection.startFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const b of regimes) {
        if (a === b || a.selection.region !== b.selection.region) continue;
        const aEnd = a.selection.startTo ?? '9999-12-31';
        const bEnd = b.selection.startTo ?? '9999-12-31';
        expect(aEnd < b.selection.startFrom || bEnd < a.selection.startFrom, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
  });

  it('piemonte-2020 starts on its cutoffDate; each regime starts on its first parameter version', () => {
    expect(piemonte2020Selection.startFrom).toBe(paramsAt(piemonte2020Params, '2020-04-01').cutoffDate);
    expect(piemonte2020Selection.startFrom).toBe(piemonte2020Params.versions[0].from);
    expect(piemonte2016Selection.startFrom).toBe(piemonte2016Params.versions[0].from);
    expect(piemonte2016Selection.startFrom).toBe(paramsAt(piemonte2016Params, '2016-06-01').yearStart);
    expect(lombardia2015Selection.startFrom).toBe(lombardia2015Params.versions[0].from);
    expect(lombardia2015Selection.startTo).toBe(paramsAt(lombardia2015Params, '2015-06-01').lastDay);
    expect(lombardia2012Selection.startFrom).toBe(lombardia2012Params.versions[0].from);
  });
});

describe('judgeExceptCodes with the page rows of a shortened copy', () => {
  it('names a worker by the row the page shows it on, and only for that call', () => {
    const copy = piemonte2020Draft();
    copy.workers = [copy.workers[0], copy.workers[2]]; // row 2 of the page left out
    copy.workers[1].hiredOn = '2020-03-02';
    const said = (v: ReturnType<typeof judge>) => v.findings.find((f) => f.fields.includes('workers[1].hiredOn'))!.message;
    expect(said(judgeExceptCodes(copy, { today: '2020-04-10', workerRows: [0, 2] }))).toContain('(lavoratore n. 3)');
    // The same objects judged again without the rows: their own place, nothing left behind.
    expect(said(judge(copy, { today: '2020-04-10' }))).toContain('(lavoratore n. 2)');
  });
});
