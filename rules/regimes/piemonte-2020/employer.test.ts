import { describe, expect, it } from 'vitest';
import { findings } from './fixtures.ts';

const EXCLUDED = 'piemonte-2020/employer-excluded';
const OTHER = 'piemonte-2020/other-scheme-first';
const FIVE = 'piemonte-2020/five-regions';

describe(EXCLUDED, () => {
  it.each([
    ['domestico', true, /domestico/],
    ['artigiana', true, /Fondo Bilaterale/],
    ['agenzia-somministrazione', true, /Fondo Bilaterale/],
    ['impresa', false, null],
    ['studio-professionale', false, null],
    ['agricola', false, null],
  ])('%s: blocked %s', (category, fails, message) => {
    const found = findings(EXCLUDED, { employer: { category } });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['employer.category']);
      expect(found[0].message).toMatch(message!);
    }
  });
});

describe(OTHER, () => {
  it.each([
    [['cigo'], true],
    [['fis'], true],
    [['fondo-bilaterale'], true],
    [['cigs'], false], // a firm without CIGO may suspend its CIGS and ask CIGD
    [[], false],
  ])('covered by %j: warning %s', (coveredBy, warns) => {
    const found = findings(OTHER, { employer: { coveredBy } });
    expect(found.length).toBe(warns ? 1 : 0);
    if (warns) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].fields).toEqual(['employer.coveredBy']);
    }
  });

  it('names each scheme the employer is covered by, in plain Italian', () => {
    expect(findings(OTHER, { employer: { coveredBy: ['cigo', 'fis'] } })[0].message).toBe(
      'Il datore è coperto da: CIG Ordinaria (all\'INPS); assegno ordinario del FIS (all\'INPS). Va chiesta quella prestazione, non la CIG in deroga.',
    );
  });

  it.each([
    [{ category: 'agricola', coveredBy: ['cisoa'] }, true],
    [{ category: 'agricola', coveredBy: ['cisoa'], cisoaExhausted: false }, true],
    [{ category: 'agricola' }, true],
    [{ category: 'agricola', coveredBy: ['cisoa'], cisoaExhausted: true }, false],
    [{ category: 'impresa', coveredBy: ['cisoa'] }, false],
  ])('%j: CISOA warning %s', (employer, warns) => {
    const found = findings(OTHER, { employer });
    expect(found.length).toBe(warns ? 1 : 0);
    if (warns) {
      expect(found[0].fields).toEqual(['employer.cisoaExhausted']);
      expect(found[0].message).toMatch(/CISOA/);
    }
  });
});

describe(FIVE, () => {
  it.each([
    [4, false],
    [5, true],
    [6, true],
  ])('units in %i regions: blocked %s', (regionsWithUnits, fails) => {
    const found = findings(FIVE, { employer: { regionsWithUnits } });
    expect(found.length).toBe(fails ? 1 : 0);
    if (fails) {
      expect(found[0].severity).toBe('error');
      expect(found[0].fields).toEqual(['employer.regionsWithUnits']);
      expect(found[0].message).toMatch(/Ministero del Lavoro/);
    }
  });

  it('counts the regions of employer.units when the number is not given', () => {
    const regions = ['Piemonte', 'Lombardia', 'Liguria', 'Veneto', 'Lazio'];
    const units = regions.map((region, i) => ({ id: `U${i + 1}`, comune: `C${i}`, region, employees: 3 }));
    expect(findings(FIVE, { employer: { regionsWithUnits: undefined, units: units.slice(0, 4) } })).toHaveLength(0);
    const found = findings(FIVE, { employer: { regionsWithUnits: undefined, units } });
    expect(found).toHaveLength(1);
    expect(found[0].fields).toEqual(['employer.units']);
  });
});
