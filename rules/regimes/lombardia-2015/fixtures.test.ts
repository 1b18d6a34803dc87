import { describe, expect, it } from 'vitest';
import { hasErrors, judge } from '../../engine.ts';
import { art3Draft, artigianatoDraft, standardDraft, TODAY } from './fixtures.ts';

// The base drafts every table of cases changes: each must be compliant, or a
// case could pass for the wrong reason.
describe('lombardia-2015 base drafts are compliant', () => {
  it.each([
    ['regional artisan agreement of 16/10/15 (start from 24/09/2015)', artigianatoDraft],
    ['art. 3 c. 17 L. 92/2012 agreement (signed by 23/09/2015, start before 24/09/2015)', art3Draft],
    ['standard agreement under the Addendum (crisi aziendale)', standardDraft],
  ])('%s: no error, no warning', (_name, draft) => {
    const verdict = judge(draft(), { today: TODAY });
    expect(verdict.regime).toBe('lombardia-2015');
    expect(hasErrors(verdict)).toBe(false);
    expect(verdict.findings).toEqual([]);
    expect(verdict.computed.recognisedPeriod).toEqual(draft().period);
  });

  it('the regime is chosen from region and start even without `regime`', () => {
    for (const draft of [artigianatoDraft(), art3Draft(), standardDraft()]) {
      expect(draft.regime).toBeUndefined();
      expect(judge(draft, { today: TODAY }).regime).toBe('lombardia-2015');
    }
  });
});
