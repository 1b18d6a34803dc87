import { describe, expect, it } from 'vitest';
import { DEADLINE_STATUS_IT } from './labels.ts';

/** The deadline labels of the regimes (grep `label:` in rules/regimes), masculine and feminine. */
const LABELS = [
  'Rendiconto mensile di aprile 2012', // masculine
  'Invio della domanda alla Regione', // masculine (invio)
  'Apertura del consuntivo di maggio 2020', // feminine
  'Controllo su AMINDER delle date corrette dalla Regione (15 giorni dalla mail)',
];

describe('DEADLINE_STATUS_IT: the statuses read well after any deadline label', () => {
  it('one set of words', () => {
    expect(DEADLINE_STATUS_IT).toEqual({
      future: 'da rispettare',
      'due-soon': 'in scadenza',
      met: 'termine rispettato',
      missed: 'termine scaduto',
    });
  });

  it.each(LABELS)('no status agrees (or disagrees) in gender with "%s"', (label) => {
    for (const status of Object.values(DEADLINE_STATUS_IT)) {
      const shown = `${label} (${status})`;
      // A bare participle ("rispettata", "mancata", "rispettato") would agree with one label and not another;
      // the participles here agree with their own noun, "termine".
      expect(shown).not.toMatch(/\((rispettat|mancat|scadut|fatt)[oaie]\)$/);
    }
  });
});
