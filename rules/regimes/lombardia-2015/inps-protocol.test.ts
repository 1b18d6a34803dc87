import { describe, expect, it } from 'vitest';
import { judge } from '../../engine.ts';
import { findingsOf, withChanges } from '../../testing.ts';
import { artigianatoDraft, TODAY } from './fixtures.ts';

const RULE = 'lombardia-2015/inps-protocol';

// Seed 003, letter b: section E states direct payment, the INPS application and its protocol.
const NO_PROTOCOL = /^Manca il protocollo della domanda INPS \(sezione E – Dati INPS\): presenta prima la domanda all’INPS \(Mod\. IG15\/Deroga – cod\. SR100/;
const NOT_DIRECT = /^Nella sezione E – Dati INPS indica come modalità di pagamento il «pagamento diretto»\.$/;

const cases: { name: string; inps: Record<string, unknown> | undefined; fields: string[][]; messages?: RegExp[] }[] = [
  { name: 'protocol and direct payment (the base)', inps: {}, fields: [] },
  { name: 'no protocol: refused', inps: { protocol: undefined }, fields: [['inps.protocol']], messages: [NO_PROTOCOL] },
  { name: 'a blank protocol: refused', inps: { protocol: '   ' }, fields: [['inps.protocol']], messages: [NO_PROTOCOL] },
  { name: 'payment not direct: refused', inps: { directPayment: false }, fields: [['inps.directPayment']], messages: [NOT_DIRECT] },
  { name: 'payment not stated: refused', inps: { directPayment: undefined }, fields: [['inps.directPayment']], messages: [NOT_DIRECT] },
  { name: 'section E empty: both', inps: undefined, fields: [['inps.protocol'], ['inps.directPayment']], messages: [NO_PROTOCOL, NOT_DIRECT] },
];

describe(RULE, () => {
  for (const c of cases) {
    it(c.name, () => {
      const draft = c.inps === undefined ? withChanges(artigianatoDraft(), { inps: undefined }) : withChanges(artigianatoDraft(), { inps: c.inps });
      const found = findingsOf(judge(draft, { today: TODAY }), RULE);
      expect(found.map((f) => f.fields)).toEqual(c.fields);
      for (const f of found) {
        expect(f.severity).toBe('error');
        expect(f.source).toContain('003_48727d6c2cb8523b.txt');
      }
      c.messages?.forEach((m, i) => expect(found[i].message).toMatch(m));
    });
  }

  it('an unsent draft without protocol is refused too: INPS comes first', () => {
    const draft = withChanges(artigianatoDraft(), { status: 'bozza', submittedOn: undefined, inps: { protocol: undefined } });
    expect(findingsOf(judge(draft, { today: TODAY }), RULE).map((f) => f.fields)).toEqual([['inps.protocol']]);
  });
});
