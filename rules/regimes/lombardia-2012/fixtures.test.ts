import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { lombardia2012Draft, TODAY } from './fixtures.ts';

// The base draft every table of cases changes: it must be compliant, or a case could pass for the wrong reason.
describe('lombardia-2012 base draft', () => {
  it('has no finding at all, and its regime is chosen from region and start', () => {
    const draft = lombardia2012Draft();
    expect(draft.regime).toBeUndefined();
    const verdict = judge(draft, { today: TODAY });
    expect(verdict.regime).toBe('lombardia-2012');
    expect(verdict.findings).toEqual([]);
  });

  it('lists the submission and one report deadline per month, all met', () => {
    const verdict = judge(lombardia2012Draft(), { today: TODAY });
    expect(verdict.deadlines.map((d) => [d.id, d.date, d.status])).toEqual([
      ['submission', '2012-05-22', 'met'],
      ['report-2012-05', '2012-06-15', 'met'],
      ['report-2012-06', '2012-07-15', 'met'],
    ]);
  });
});
