/**
 * Italian fiscal codes.
 *
 * - The personal codice fiscale (16 characters, DM 23/12/1976): surname and
 *   name letters, year, month letter, day (+40 for women), place code and a
 *   check letter. When two people would get the same code (omocodia) the
 *   Agenzia delle Entrate replaces digits, from the right, with the letters
 *   LMNPQRSTUV (0…9): those letters are valid in every numeric position.
 * - The 11-digit code of a company (codice fiscale numerico / partita IVA):
 *   7 digits of the number, 3 of the office, a Luhn-like check digit.
 */

export type FiscalCodeKind = 'personal' | 'company';

/** Why a code is not valid; the rule turns this into an Italian message. */
export type FiscalCodeProblem =
  | 'empty'      // nothing typed
  | 'length'     // neither 16 characters nor 11 digits
  | 'format'     // letters and digits not where they belong
  | 'month'      // the month letter is not one of ABCDEHLMPRST
  | 'day'        // day not 1–31 (men) or 41–71 (women)
  | 'check';     // the check character does not match

export type FiscalCodeCheck =
  | { valid: true; kind: FiscalCodeKind; code: string }
  | { valid: false; kind: FiscalCodeKind | null; problem: FiscalCodeProblem };

const PERSONAL_LENGTH = 16;
const COMPANY_LENGTH = 11;

/** Month letters, January to December. */
const MONTH_LETTERS = 'ABCDEHLMPRST';
/** Omocodia: the letter that stands for digit 0…9. */
const OMOCODIA_LETTERS = 'LMNPQRSTUV';

/** Character positions (0-based) that hold digits, or omocodia letters. */
const NUMERIC_POSITIONS = [6, 7, 9, 10, 12, 13, 14];

/** Values of a character in an odd position (1st, 3rd, … counted from 1): digits 0–9 as A–J. */
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Spaces around the code are dropped and letters upper-cased, as AMINDER does. */
export function normalizeFiscalCode(code: string): string {
  return code.trim().toUpperCase();
}

/** 0–25: digits count as A–J (their own value), letters as their alphabet index. */
function alphaIndex(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57 ? c - 48 : c - 65;
}

/** The check letter of the first 15 characters of a personal codice fiscale. */
export function personalCheckLetter(first15: string): string {
  const code = normalizeFiscalCode(first15);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const index = alphaIndex(code[i]);
    // Position i is the (i+1)-th character: odd positions when i is even.
    sum += i % 2 === 0 ? ODD_VALUES[index] : index;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** The digit a numeric position stands for (omocodia letters decoded). */
function digitAt(code: string, i: number): number {
  const ch = code[i];
  const omocodia = OMOCODIA_LETTERS.indexOf(ch);
  return omocodia >= 0 ? omocodia : Number(ch);
}

const PERSONAL_SHAPE = new RegExp(
  '^[A-Z]{6}' + '[0-9LMNPQRSTUV]{2}' + '[A-Z]' + '[0-9LMNPQRSTUV]{2}' + '[A-Z]' + '[0-9LMNPQRSTUV]{3}' + '[A-Z]$',
);

export function checkPersonalFiscalCode(input: string): FiscalCodeCheck {
  const code = normalizeFiscalCode(input);
  if (code === '') return { valid: false, kind: null, problem: 'empty' };
  if (code.length !== PERSONAL_LENGTH) return { valid: false, kind: 'personal', problem: 'length' };
  if (!PERSONAL_SHAPE.test(code)) return { valid: false, kind: 'personal', problem: 'format' };
  if (!MONTH_LETTERS.includes(code[8])) return { valid: false, kind: 'personal', problem: 'month' };
  const day = digitAt(code, 9) * 10 + digitAt(code, 10);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return { valid: false, kind: 'personal', problem: 'day' };
  if (personalCheckLetter(code.slice(0, 15)) !== code[15]) return { valid: false, kind: 'personal', problem: 'check' };
  return { valid: true, kind: 'personal', code };
}

/** The check digit of the first 10 digits of a company code (partita IVA). */
export function companyCheckDigit(first10: string): string {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = Number(first10[i]);
    if (i % 2 === 0) sum += d;
    else sum += d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return String((10 - (sum % 10)) % 10);
}

export function checkCompanyFiscalCode(input: string): FiscalCodeCheck {
  const code = normalizeFiscalCode(input);
  if (code === '') return { valid: false, kind: null, problem: 'empty' };
  if (!/^\d+$/.test(code)) return { valid: false, kind: 'company', problem: 'format' };
  if (code.length !== COMPANY_LENGTH) return { valid: false, kind: 'company', problem: 'length' };
  if (companyCheckDigit(code.slice(0, 10)) !== code[10]) return { valid: false, kind: 'company', problem: 'check' };
  return { valid: true, kind: 'company', code };
}

/**
 * An employer's code: 11 digits (companies) or a personal codice fiscale
 * (sole traders, professionals). Chosen by what was typed.
 */
export function checkEmployerFiscalCode(input: string): FiscalCodeCheck {
  const code = normalizeFiscalCode(input);
  if (code === '') return { valid: false, kind: null, problem: 'empty' };
  if (/^\d+$/.test(code)) return checkCompanyFiscalCode(code);
  if (code.length === PERSONAL_LENGTH) return checkPersonalFiscalCode(code);
  return { valid: false, kind: null, problem: 'length' };
}
