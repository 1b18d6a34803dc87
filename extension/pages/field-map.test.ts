// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { rowPattern, stableSelector } from './field-map.ts';

// jsdom has no CSS.escape (every browser has): enough of it for these ids.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s: string) => s.replace(/([^\w-])/g, '\\$1') };

const only = (selector: string) => Array.from(document.querySelectorAll(selector));

describe('stableSelector: what teach mode stores for the team', () => {
  beforeEach(() => {
    // As on GECO (portals.md): two yes/no questions whose radios share the ids «Si» and «No», and phones with one id.
    document.body.innerHTML = `
      <fieldset><legend>Azienda artigiana *</legend>
        <input type="radio" id="Si" name="flagArtigiana" value="S" formcontrolname="flagArtigiana"><label for="Si">Sì</label>
        <input type="radio" id="No" name="flagArtigiana" value="N" formcontrolname="flagArtigiana"><label for="No">No</label></fieldset>
      <fieldset><legend>Pubblica amministrazione *</legend>
        <input type="radio" id="Si" name="flgPubblicaAmm" value="S"><label for="Si">Sì</label>
        <input type="radio" id="No" name="flgPubblicaAmm" value="N"><label for="No">No</label></fieldset>
      <input id="tel" formcontrolname="telefono"><input id="tel" formcontrolname="telefonoLegale">
      <input id="lav-0-cf"><input id="lav-1-cf">
      <div><span><input></span><span><input></span></div>`;
  });

  it('a radio whose id is reused: its question and value, never the id that also names another question’s «Sì»', () => {
    const artigiana = document.querySelector('input[name="flagArtigiana"][value="S"]')!;
    expect(stableSelector(artigiana)).toBe('[formcontrolname="flagArtigiana"][value="S"]');
    const pubblica = document.querySelector('input[name="flgPubblicaAmm"][value="N"]')!;
    expect(stableSelector(pubblica)).toBe('input[name="flgPubblicaAmm"][value="N"]');
    for (const el of [artigiana, pubblica]) expect(only(stableSelector(el))).toEqual([el]);
  });

  it('a field whose id is reused: its formcontrolname, which names it alone', () => {
    const phones = only('#tel');
    expect(phones.map(stableSelector)).toEqual(['[formcontrolname="telefono"]', '[formcontrolname="telefonoLegale"]']);
  });

  it('a row’s field keeps its own id, so teaching one row teaches every row', () => {
    const second = document.getElementById('lav-1-cf')!;
    expect(stableSelector(second)).toBe('#lav-1-cf');
    expect(rowPattern('#lav-1-cf')).not.toBeNull();
  });

  it('a field with nothing of its own: its position, which finds it alone', () => {
    const second = document.querySelectorAll('div input')[1];
    expect(only(stableSelector(second))).toEqual([second]);
  });
});
