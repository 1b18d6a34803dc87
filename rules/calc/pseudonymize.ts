/**
 * A draft made fit for training material (the replica's team scenarios, shown
 * on /replica/ without signing in): every codice fiscale, IBAN, name, contact
 * and attachment name replaced by a made-up one, while what the rules judge
 * (dates, hours, counts, contracts, units, agreements) is kept. A made-up
 * code is valid exactly when the real one was, and wrong in the same way when
 * it was not, so the scenario teaches what the real draft showed; the same
 * real code always becomes the same made-up one, so a worker's reports,
 * suspensions and SR41 forms still point to the worker, and duplicates stay
 * duplicates. Protocol numbers (the Region's, INPS's) become made-up ones,
 * and fields the schema does not name (an operator's notes, the page a draft
 * was typed on) are left out: they may hold anything of the client.
 */
import type * as core from 'zod/v4/core';
import { draftSchema, reportHours, type Draft } from '../schema.ts';
import { checkEmployerFiscalCode, checkPersonalFiscalCode, companyCheckDigit, normalizeFiscalCode, personalCheckLetter, type FiscalCodeCheck } from './fiscal-code.ts';
import { checkIban, ibanRemainder, normalizeIban } from './iban.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Three letters for the n-th person: AAA, AAB, … */
function threeLetters(n: number): string {
  return LETTERS[Math.floor(n / 676) % 26] + LETTERS[Math.floor(n / 26) % 26] + LETTERS[n % 26];
}

/** A made-up personal codice fiscale, valid: "ESE" + three letters, born 01/01/1980 (+n days within January) in Roma (H501). */
function personalCode(n: number): string {
  const first15 = `ESE${threeLetters(n)}80A${String(1 + (n % 28)).padStart(2, '0')}H501`;
  return first15 + personalCheckLetter(first15);
}

/** A made-up 11-digit company code, valid: 9 followed by the number, office 001. */
function companyCode(n: number): string {
  const first10 = `9${String(n).padStart(6, '0')}001`;
  return first10 + companyCheckDigit(first10);
}

/** A made-up code with the same fault as the real one's (the rule then says the same thing). */
function withSameFault(valid: string, real: FiscalCodeCheck): string {
  if (real.valid) return valid;
  switch (real.problem) {
    case 'empty': return '';
    case 'length': return valid.slice(0, -1);
    case 'format': return real.kind === 'company' ? `X${valid.slice(1)}` : `${valid.slice(0, 6)}X${valid.slice(7)}`;
    case 'month': return `${valid.slice(0, 8)}Z${valid.slice(9)}`;
    case 'day': return `${valid.slice(0, 9)}32${valid.slice(11)}`;
    case 'check': {
      const last = valid[valid.length - 1];
      const wrong = real.kind === 'company' ? String((Number(last) + 1) % 10) : LETTERS[(LETTERS.indexOf(last) + 1) % 26];
      return valid.slice(0, -1) + wrong;
    }
  }
}

/** A made-up Italian IBAN (Banca d'Italia's test ABI/CAB style), valid. */
function italianIban(n: number): string {
  const bban = `X0306909606${String(n).padStart(12, '0')}`;
  const check = 98 - ibanRemainder(`IT00${bban}`);
  return `IT${String(check).padStart(2, '0')}${bban}`;
}

function ibanWithSameFault(valid: string, real: string): string {
  const check = checkIban(real);
  if (check.valid) return valid;
  switch (check.problem) {
    case 'empty': return '';
    case 'format': return `ITXX${valid.slice(4)}`;
    case 'length': return valid.slice(0, -1);
    case 'checksum': return `IT${String((Number(valid.slice(2, 4)) % 97) + 1).padStart(2, '0')}${valid.slice(4)}`;
  }
}

/** One made-up value per real one, numbered in the order met. */
function aliases(make: (n: number, real: string) => string, normalize: (s: string) => string) {
  const seen = new Map<string, string>();
  return (real: string): string => {
    const key = normalize(real);
    let alias = seen.get(key);
    if (alias === undefined) seen.set(key, (alias = make(seen.size + 1, real)));
    return alias;
  };
}

/** A protocol number as training material: one made up when there was one (a blank one counts as none, and stays blank). */
const madeUpProtocol = (real: string, made: string) => (real.trim() === '' ? real : made);

/** `value` with only the fields `schema` names, at every level (the draft's schema keeps unknown ones). */
export function knownFieldsOnly(schema: core.$ZodType, value: unknown): unknown {
  const def = schema._zod.def as { type: string; innerType?: core.$ZodType; element?: core.$ZodType; shape?: Record<string, core.$ZodType> };
  if (value === undefined || value === null) return value;
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return knownFieldsOnly(def.innerType!, value);
    case 'array':
      return Array.isArray(value) ? value.map((v) => knownFieldsOnly(def.element!, v)) : value;
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const known: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape!)) {
        if (Object.hasOwn(value, key)) known[key] = knownFieldsOnly(field, (value as Record<string, unknown>)[key]);
      }
      return known;
    }
    case 'custom':
      // A report's hours: worker codes (made up above) to hours. Any other custom type is unknown ground.
      if (schema === reportHours) return value;
      break;
    case 'string':
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
      return value;
  }
  // A type that could carry fields of its own (a union, a record, `unknown`): what it lets through is
  // not known, and it would reach the public replica. A change of the schema must come here first.
  throw new Error(`pseudonymize: zod type "${def.type}" is not supported`);
}

export function pseudonymizeDraft(draft: Draft): Draft {
  return knownFieldsOnly(draftSchema, pseudonymizedFields(draft)) as Draft;
}

function pseudonymizedFields(draft: Draft): Draft {
  const person = aliases((n, real) => withSameFault(personalCode(n), checkPersonalFiscalCode(real)), normalizeFiscalCode);
  const employerCode = (real: string): string => {
    const check = checkEmployerFiscalCode(real);
    // A sole trader's code is a person's; a company's is 11 digits.
    if (check.kind === 'personal' || (!check.valid && !/^\d*$/.test(normalizeFiscalCode(real)))) return withSameFault(personalCode(0), check);
    return withSameFault(companyCode(1), check);
  };
  const iban = aliases((n, real) => ibanWithSameFault(italianIban(n), real), normalizeIban);
  const workerName = aliases((n) => `Lavoratore ${n}`, normalizeFiscalCode);
  const worker = (w: Draft['workers'][number]): Draft['workers'][number] => ({
    ...w,
    fiscalCode: person(w.fiscalCode),
    ...(w.name !== undefined ? { name: workerName(w.fiscalCode) } : {}),
    ...(w.iban !== undefined ? { iban: iban(w.iban) } : {}),
  });
  const unitName = aliases((n) => `Unità ${n}`, (id) => id);
  const { phone: _phone, fax: _fax, ...employer } = draft.employer;
  return {
    ...draft,
    employer: {
      ...employer,
      name: 'Azienda di esempio',
      fiscalCode: employerCode(draft.employer.fiscalCode),
      ...(employer.units ? { units: employer.units.map((u) => ({ ...u, ...(u.name !== undefined ? { name: unitName(u.id) } : {}) })) } : {}),
    },
    unit: { ...draft.unit, ...(draft.unit.name !== undefined ? { name: unitName(draft.unit.id) } : {}) },
    ...(draft.protocol !== undefined ? { protocol: madeUpProtocol(draft.protocol, 'PROT-ESEMPIO-0001') } : {}),
    ...(draft.inps ? { inps: { ...draft.inps, ...(draft.inps.protocol !== undefined ? { protocol: madeUpProtocol(draft.inps.protocol, 'INPS-ESEMPIO-0001') } : {}) } } : {}),
    workers: draft.workers.map(worker),
    ...(draft.workforce ? { workforce: draft.workforce.map(worker) } : {}),
    ...(draft.attachments ? { attachments: draft.attachments.map((a, i) => ({ ...a, name: `allegato-${i + 1}${/\.[a-z0-9]{1,5}$/i.exec(a.name)?.[0] ?? ''}` })) } : {}),
    ...(draft.reports ? { reports: draft.reports.map((r) => ({ ...r, hours: Object.fromEntries(Object.entries(r.hours).map(([cf, h]) => [person(cf), h])) })) } : {}),
    ...(draft.suspensions ? { suspensions: draft.suspensions.map((s) => ({ ...s, workerFiscalCode: person(s.workerFiscalCode) })) } : {}),
    ...(draft.sr41 ? { sr41: draft.sr41.map((f) => ({ ...f, workerFiscalCode: person(f.workerFiscalCode), ...(f.iban !== undefined ? { iban: iban(f.iban) } : {}) })) } : {}),
  };
}
