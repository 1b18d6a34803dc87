import { describe, expect, it } from 'vitest';
import { judge, hasErrors } from '../../engine.ts';
import {
  APPRENTICES_TODAY, apprenticesDraft, ORDINARY_TODAY, ordinary2016Draft, SUPPLEMENTARY_TODAY, supplementaryDraft,
} from './fixtures.ts';

// The base drafts every table of cases changes: each must be compliant, or a
// case could pass for the wrong reason.
describe('piemonte-2016 base drafts are compliant', () => {
  it.each([
    ['ordinary 2016', ordinary2016Draft, ORDINARY_TODAY],
    ['supplementary 2016-2017 (seed example 30/12/2016–27/02/2017)', supplementaryDraft, SUPPLEMENTARY_TODAY],
    ['apprentices in CIGS', apprenticesDraft, APPRENTICES_TODAY],
  ])('%s: no error, no warning', (_name, draft, today) => {
    const verdict = judge(draft(), { today });
    expect(verdict.regime).toBe('piemonte-2016');
    expect(hasErrors(verdict)).toBe(false);
    expect(verdict.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('the regime is chosen from region and start even without `regime`', () => {
    for (const draft of [ordinary2016Draft(), supplementaryDraft(), apprenticesDraft()]) {
      expect(draft.regime).toBeUndefined();
      expect(judge(draft, { today: '2017-01-12' }).regime).toBe('piemonte-2016');
    }
  });
});
