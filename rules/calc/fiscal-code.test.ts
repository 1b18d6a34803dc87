import { describe, expect, it } from 'vitest';
import {
  checkCompanyFiscalCode, checkEmployerFiscalCode, checkPersonalFiscalCode, companyCheckDigit, personalCheckLetter,
} from './fiscal-code.ts';
import { VALID_WORKER_CFS } from '../testing.ts';

describe('personal codice fiscale', () => {
  // Published examples of the Agenzia delle Entrate algorithm (Wikipedia, "Codice fiscale").
  it.each([
    ['RSSMRA85T10A562S', 'Mario Rossi, 10/12/1985, Bagno a Ripoli'],
    ['MRTMTT25D09F205Z', 'Matteo Moretti, 09/04/1925, Milano'],
  ])('%s (%s) is valid', (code) => {
    expect(checkPersonalFiscalCode(code)).toEqual({ valid: true, kind: 'personal', code });
  });

  it('computes the check letter of the first 15 characters', () => {
    expect(personalCheckLetter('RSSMRA85T10A562')).toBe('S');
    expect(personalCheckLetter('MRTMTT25D09F205')).toBe('Z');
  });

  it('the test fixtures use valid codes', () => {
    for (const code of VALID_WORKER_CFS) expect(checkPersonalFiscalCode(code).valid, code).toBe(true);
  });

  it('a wrong check letter is refused', () => {
    expect(checkPersonalFiscalCode('RSSMRA85T10A562T')).toMatchObject({ valid: false, problem: 'check' });
  });

  it('one mistyped character changes the check letter', () => {
    expect(checkPersonalFiscalCode('RSSMRA85T10A563S')).toMatchObject({ valid: false, problem: 'check' });
  });

  it('omocodia: letters LMNPQRSTUV in the numeric positions are allowed (2 → N, check letter recomputed)', () => {
    expect(personalCheckLetter('RSSMRA85T10A56N')).toBe('H');
    expect(checkPersonalFiscalCode('RSSMRA85T10A56NH').valid).toBe(true);
    // Every digit of the date and the place code replaced (a fully omocodic code).
    const full = 'RSSMRAURTLMARQN';
    expect(checkPersonalFiscalCode(full + personalCheckLetter(full)).valid).toBe(true);
  });

  it('a letter outside LMNPQRSTUV in a numeric position is a format error', () => {
    const code = 'RSSMRA8AT10A562';
    expect(checkPersonalFiscalCode(code + personalCheckLetter(code))).toMatchObject({ valid: false, problem: 'format' });
  });

  it('lower case and surrounding spaces are tolerated', () => {
    expect(checkPersonalFiscalCode('  rssmra85t10a562s ').valid).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['RSSMRA85T10A562', 'length'],
    ['RSSMRA85T10A562SS', 'length'],
    ['RSSMR185T10A562S', 'format'],
  ])('"%s" → %s', (code, problem) => {
    expect(checkPersonalFiscalCode(code)).toMatchObject({ valid: false, problem });
  });

  it('month letters are ABCDEHLMPRST only (F is not a month)', () => {
    const code = 'RSSMRA85F10A562';
    expect(checkPersonalFiscalCode(code + personalCheckLetter(code))).toMatchObject({ valid: false, problem: 'month' });
  });

  it.each([
    ['01', true], ['31', true], ['32', false], ['40', false], ['41', true], ['71', true], ['72', false], ['00', false],
  ])('day %s (women +40) valid: %s', (day, valid) => {
    const code = `RSSMRA85T${day}A562`;
    const result = checkPersonalFiscalCode(code + personalCheckLetter(code));
    expect(result.valid).toBe(valid);
    if (!valid) expect(result).toMatchObject({ problem: 'day' });
  });
});

describe('11-digit company code (partita IVA)', () => {
  it('01234567897 is valid: check digit 7', () => {
    expect(companyCheckDigit('0123456789')).toBe('7');
    expect(checkCompanyFiscalCode('01234567897')).toEqual({ valid: true, kind: 'company', code: '01234567897' });
  });

  it('doubles the digits in even positions, subtracting 9 above 9 (0074311015 → 7)', () => {
    // odd positions 0+7+3+1+1 = 12; even positions 0,4,1,0,5 doubled = 0+8+2+0+1 (10 − 9) = 11; (10 − 23 mod 10) mod 10 = 7
    expect(companyCheckDigit('0074311015')).toBe('7');
    expect(checkCompanyFiscalCode('00743110157').valid).toBe(true);
  });

  it.each([
    ['01234567890', 'check'],
    ['01234567898', 'check'],
    ['0123456789', 'length'],
    ['012345678971', 'length'],
    ['0123456789A', 'format'],
    ['', 'empty'],
  ])('%s → %s', (code, problem) => {
    expect(checkCompanyFiscalCode(code)).toMatchObject({ valid: false, problem });
  });

  it('swapping two adjacent digits is caught', () => {
    expect(checkCompanyFiscalCode('10234567897').valid).toBe(false);
  });
});

describe('employer code: 11 digits or a personal code', () => {
  it.each([
    ['01234567897', true],
    ['RSSMRA85T10A562S', true],
    ['01234567890', false],
    ['RSSMRA85T10A562T', false],
    ['ABC', false],
  ])('%s valid: %s', (code, valid) => {
    expect(checkEmployerFiscalCode(code).valid).toBe(valid);
  });
});
