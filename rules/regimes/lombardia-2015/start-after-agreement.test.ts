import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { artigianatoDraft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2015/start-after-agreement';

// Seed 003, letter d: "La data inizio CIGD potrà coincidere con la data di sottoscrizione dell’accordo oppure sarà una
// data successiva"; otherwise "Regione non riconoscerà il periodo di cassa antecedente alla data di stipula".
// The base period is 05/10/2015–18/12/2015 (75 days).
const cases: {
  name: string;
  signedOn: string;
  recognised: { start: string; end: string } | null;
  severity?: 'warning' | 'error';
  message?: RegExp;
}[] = [
  { name: 'signed the day before the start', signedOn: '2015-10-04', recognised: { start: '2015-10-05', end: '2015-12-18' } },
  { name: 'signed on the start day (the seed allows it)', signedOn: '2015-10-05', recognised: { start: '2015-10-05', end: '2015-12-18' } },
  {
    name: 'signed the day after the start: one day not recognised',
    signedOn: '2015-10-06',
    recognised: { start: '2015-10-06', end: '2015-12-18' },
    severity: 'warning',
    message: /^La CIGD inizia il 05\/10\/2015, prima della firma dell’accordo sindacale \(06\/10\/2015\): la Regione non riconosce il giorno 05\/10\/2015 e riconosce solo il periodo dal 06\/10\/2015 al 18\/12\/2015 \(74 giorni\)\. Porta la data inizio al 06\/10\/2015 o a una data successiva, e riduci le ore se superano i massimali INPS del periodo ridotto\.$/,
  },
  {
    name: 'signed ten days after the start',
    signedOn: '2015-10-15',
    recognised: { start: '2015-10-15', end: '2015-12-18' },
    severity: 'warning',
    message: /non riconosce i 10 giorni dal 05\/10\/2015 al 14\/10\/2015 e riconosce solo il periodo dal 15\/10\/2015 al 18\/12\/2015 \(65 giorni\)/,
  },
  {
    name: 'signed on the last day: only that day is recognised',
    signedOn: '2015-12-18',
    recognised: { start: '2015-12-18', end: '2015-12-18' },
    severity: 'warning',
    message: /riconosce solo il periodo dal 18\/12\/2015 al 18\/12\/2015 \(1 giorno\)/,
  },
  {
    name: 'signed the day after the end: no day recognised',
    signedOn: '2015-12-19',
    recognised: null,
    severity: 'warning',
    message: /^L’accordo sindacale è firmato il 19\/12\/2015, dopo la fine del periodo di CIGD \(18\/12\/2015\): la Regione non riconosce alcun giorno/,
  },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const verdict = judge(withChanges(artigianatoDraft(), { agreement: { signedOn: c.signedOn } }), { today: TODAY });
      expect(verdict.computed.recognisedPeriod).toEqual(c.recognised);
      const found = findingsOf(verdict, RULE);
      expect(found.length).toBe(c.message ? 1 : 0);
      if (c.message) {
        expect(found[0].severity).toBe(c.severity);
        expect(found[0].fields).toEqual(['period.start', 'agreement.signedOn']);
        expect(found[0].message).toMatch(c.message);
        expect(found[0].source).toContain('003_48727d6c2cb8523b.txt');
      }
    });
  }

  it('no agreement: nothing recognised or said here (agreement-kind asks for it)', () => {
    const verdict = judge(withChanges(artigianatoDraft(), { agreement: undefined }), { today: TODAY });
    expect(findingsOf(verdict, RULE)).toEqual([]);
    expect(verdict.computed.recognisedPeriod).toBeUndefined();
  });

  it('end before start: left to common/period-order', () => {
    const verdict = judge(withChanges(artigianatoDraft(), { period: { start: '2015-12-01', end: '2015-11-01' } }), { today: TODAY });
    expect(findingsOf(verdict, RULE)).toEqual([]);
    expect(verdict.computed.recognisedPeriod).toBeUndefined();
  });
});
