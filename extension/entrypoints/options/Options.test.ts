import { describe, expect, it } from 'vitest';
import { describeSync } from './Options.tsx';

const conflict = { key: 'k', title: 't', local: {} as never, remote: { revision: 2, draft: {} as never, updatedBy: 'Otto', updatedAt: '2020-04-01T10:00:00Z' } };

describe('the sync state in words', () => {
  it('one conflict is singular, two are plural', () => {
    expect(describeSync({ kind: 'conflicts', conflicts: [conflict] })).toBe('1 conflitto da risolvere');
    expect(describeSync({ kind: 'conflicts', conflicts: [conflict, { ...conflict, key: 'j' }] })).toBe('2 conflitti da risolvere');
  });

  it('names the drafts the server refused this round', () => {
    expect(describeSync({ kind: 'conflicts', conflicts: [conflict], failures: [{ key: 'x', title: 'Rossi Bar', message: 'Errore interno.' }] }))
      .toBe('1 conflitto da risolvere; non inviate: Rossi Bar (Errore interno.)');
  });
});
