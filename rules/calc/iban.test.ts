import { describe, expect, it } from 'vitest';
import { checkIban, ibanRemainder, normalizeIban } from './iban.ts';

describe('IBAN (ISO 13616, mod 97)', () => {
  it.each([
    'IT60X0542811101000000123456',     // the example of the Italian banks' association
    'IT60 X054 2811 1010 0000 0123 456', // as printed, in groups of four
    'it60x0542811101000000123456',
    'DE89370400440532013000',
    'GB82WEST12345698765432',
  ])('%s is valid', (iban) => {
    expect(checkIban(iban)).toEqual({ valid: true, iban: normalizeIban(iban) });
  });

  it('the remainder of a valid IBAN is 1', () => {
    expect(ibanRemainder('IT60X0542811101000000123456')).toBe(1);
  });

  it.each([
    ['IT61X0542811101000000123456', 'checksum'], // check digits off by one
    ['IT60X0542811101000000123465', 'checksum'], // two digits swapped
    ['IT00X0000000000000000000000', 'checksum'],
    ['IT60X054281110100000012345', 'length'],     // 26 characters
    ['IT60X05428111010000001234567', 'length'],   // 28 characters
    ['IT6XX0542811101000000123456', 'format'],
    ['IT601054281110100000012345A', 'format'],   // CIN must be a letter
    ['IT60X0542811101000000-123456', 'format'],
    ['', 'empty'],
    ['DE8937040044053201300', 'length'],
  ])('%s → %s', (iban, problem) => {
    expect(checkIban(iban)).toMatchObject({ valid: false, problem });
  });

  it('says the length expected for the country', () => {
    expect(checkIban('IT60X054281110100000012345')).toEqual({ valid: false, problem: 'length', expectedLength: 27 });
  });
});
