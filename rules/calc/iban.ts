/**
 * IBAN check (ISO 13616): country code, two check digits, the national
 * account number (BBAN); moving the first four characters to the end and
 * reading letters as 10…35 must give a number ≡ 1 (mod 97).
 */

export type IbanProblem =
  | 'empty'
  | 'format'    // not two letters, two digits and letters/digits
  | 'length'    // wrong length for its country (Italy: 27)
  | 'checksum'; // the mod-97 check fails: a character is mistyped

export type IbanCheck =
  | { valid: true; iban: string }
  | { valid: false; problem: IbanProblem; expectedLength?: number };

/** The Italian IBAN: IT, 2 check digits, CIN letter, ABI (5), CAB (5), account (12). */
export const ITALIAN_IBAN_LENGTH = 27;
const ITALIAN_BBAN = /^IT\d{2}[A-Z]\d{10}[A-Z0-9]{12}$/;

/** IBAN lengths of the SEPA countries (ISO 13616 registry); others: 15–34. */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: ITALIAN_IBAN_LENGTH, LI: 21,
  LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19,
  SK: 24, SM: 27, VA: 22,
};
const MIN_LENGTH = 15;
const MAX_LENGTH = 34;

/** Spaces (as printed on bank statements, in groups of four) are dropped; letters upper-cased. */
export function normalizeIban(input: string): string {
  if (/^[A-Z0-9]*$/.test(input)) return input; // the usual case, already clean
  return input.replace(/\s+/g, '').toUpperCase();
}

/**
 * The ISO 7064 mod-97 remainder of an IBAN (1 when valid). Character codes
 * only, no intermediate strings: SR41 forms bring one IBAN per worker and month.
 */
export function ibanRemainder(iban: string): number {
  let remainder = 0;
  const n = iban.length;
  for (let k = 0; k < n; k++) {
    const c = iban.charCodeAt((k + 4) % n); // the first four characters move to the end
    if (c >= 65 && c <= 90) remainder = (remainder * 100 + (c - 55)) % 97; // A=10 … Z=35: two digits
    else remainder = (remainder * 10 + (c - 48)) % 97;
  }
  return remainder;
}

export function checkIban(input: string): IbanCheck {
  const iban = normalizeIban(input);
  if (iban === '') return { valid: false, problem: 'empty' };
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return { valid: false, problem: 'format' };
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined ? iban.length !== expected : iban.length < MIN_LENGTH || iban.length > MAX_LENGTH) {
    return { valid: false, problem: 'length', expectedLength: expected };
  }
  if (iban.startsWith('IT') && !ITALIAN_BBAN.test(iban)) return { valid: false, problem: 'format' };
  if (ibanRemainder(iban) !== 1) return { valid: false, problem: 'checksum' };
  return { valid: true, iban };
}
