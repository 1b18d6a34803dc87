import { describe, expect, it } from 'vitest';
import { findings } from './fixtures.ts';

const RULE = 'piemonte-2020/correction-status';

describe(RULE, () => {
  // Seed 000: Rettifica for PRESENTATA and VERIFICATA - DA RETTIFICARE; any other case, the Region's mailbox.
  it.each([
    ['presentata', false],
    ['verificata-da-rettificare', false],
    ['bozza', true],
    ['verificata', true],
    ['autorizzata', true],
    ['annullata', true],
    [undefined, true],
  ])('rettifica of an application in status %s: info %s', (status, informs) => {
    const found = findings(RULE, { intent: 'rettifica', status, protocol: '2020/012345' });
    expect(found.length).toBe(informs ? 1 : 0);
    if (informs) {
      expect(found[0].severity).toBe('info');
      expect(found[0].fields).toEqual(['status']);
      expect(found[0].message).toMatch(/cigsinderoga@regione\.piemonte\.it.*2020\/012345/);
      expect(found[0].source).toContain('000_91a991e1b573b3c4.txt');
    }
  });

  it('no rettifica intended: nothing', () => {
    expect(findings(RULE, { status: 'autorizzata' })).toEqual([]);
  });
});
