import { describe, expect, it } from 'vitest';
import { DEADLINE_STATUS_IT } from './labels.ts';

describe('DEADLINE_STATUS_IT: the statuses read well after any deadline label', () => {
  it('no status is a bare participle, which would agree in gender with some labels and not others', () => {
    // «Rendiconto mensile di aprile 2012 (rispettata)» would be wrong, «Apertura del consuntivo (rispettato)» too:
    // a participle is said only of its own noun («termine rispettato»).
    for (const status of Object.values(DEADLINE_STATUS_IT)) expect(status).not.toMatch(/^(rispettat|mancat|scadut|fatt)[oaie]$/);
    expect(Object.keys(DEADLINE_STATUS_IT).sort()).toEqual(['due-soon', 'future', 'met', 'missed']);
  });
});
