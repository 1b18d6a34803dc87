import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { ordinary2016Draft } from './fixtures.ts';

const RULE = 'piemonte-2016/summary-attachment';

const SUMMARY = { name: 'riepilogo-2016.xlsx', role: 'riepilogo-2016' as const };

const cases: { name: string; submittedOn?: string; today: string; withSummary: boolean; fails: boolean }[] = [
  { name: 'sent 14/12/2016 without summary', submittedOn: '2016-12-14', today: '2016-12-20', withSummary: false, fails: false },
  { name: 'sent 15/12/2016 without summary: refused', submittedOn: '2016-12-15', today: '2016-12-20', withSummary: false, fails: true },
  { name: 'sent 16/12/2016 without summary: refused', submittedOn: '2016-12-16', today: '2016-12-20', withSummary: false, fails: true },
  { name: 'sent 15/12/2016 with the summary', submittedOn: '2016-12-15', today: '2016-12-20', withSummary: true, fails: false },
  { name: 'not sent, today 14/12/2016', today: '2016-12-14', withSummary: false, fails: false },
  { name: 'not sent, today 15/12/2016: it will be sent from the 15th', today: '2016-12-15', withSummary: false, fails: true },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const draft = withChanges(ordinary2016Draft(), {
        period: { start: '2016-12-01', end: '2016-12-20' },
        agreement: { start: '2016-12-01', signedOn: '2016-11-28' },
        submittedOn: c.submittedOn,
      });
      if (c.withSummary) draft.attachments = [...draft.attachments!, SUMMARY];
      const found = findingsOf(judge(draft, { today: c.today }), RULE);
      expect(found.length).toBe(c.fails ? 1 : 0);
      if (c.fails) {
        expect(found[0].severity).toBe('error');
        expect(found[0].fields).toEqual(['attachments']);
        expect(found[0].message).toContain('Dal 15/12/2016 le domande ordinarie del 2016 devono allegare lo schema di riepilogo');
      }
    });
  }

  it('a supplementary application sent after 15/12/2016 needs no summary', () => {
    const draft = withChanges(ordinary2016Draft(), { kind: 'supplementare-2016-2017', submittedOn: '2016-12-20' });
    expect(findingsOf(judge(draft, { today: '2016-12-20' }), RULE)).toEqual([]);
  });

  it('an ordinary application ending in 2017 is not "interamente compresa nel 2016" (ordinary-ends-2016 refuses it)', () => {
    const draft = withChanges(ordinary2016Draft(), { period: { start: '2016-12-20', end: '2017-01-05' }, submittedOn: '2016-12-20' });
    const verdict = judge(draft, { today: '2016-12-20' });
    expect(findingsOf(verdict, RULE)).toEqual([]);
    expect(findingsOf(verdict, 'piemonte-2016/ordinary-ends-2016')).toHaveLength(1);
  });
});
