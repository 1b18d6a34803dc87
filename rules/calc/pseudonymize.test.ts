import { describe, expect, it } from 'vitest';
import type { Draft, Verdict } from '../schema.ts';
import { draftSchema, parseDraft } from '../schema.ts';
import { judge } from '../engine.ts';
import { piemonte2020Draft, VALID_WORKER_CFS, withChanges } from '../testing.ts';
import { lombardia2012Draft, TODAY as LOMBARDIA_2012_TODAY } from '../regimes/lombardia-2012/fixtures.ts';
import { ordinary2016Draft, ORDINARY_TODAY } from '../regimes/piemonte-2016/fixtures.ts';
import { artigianatoDraft, TODAY as LOMBARDIA_2015_TODAY } from '../regimes/lombardia-2015/fixtures.ts';
import { checkEmployerFiscalCode, checkPersonalFiscalCode } from './fiscal-code.ts';
import { checkIban } from './iban.ts';
import { z } from 'zod';
import { knownFieldsOnly, pseudonymizeDraft } from './pseudonymize.ts';

/**
 * What a scenario must keep teaching: each finding's rule, severity and
 * fields (a report's hours are keyed by codice fiscale: named here by the
 * worker's row), the figures and the deadlines.
 */
function lesson(draft: Draft, today: string) {
  const v: Verdict = judge(draft, { today });
  const row = (path: string) => path.replace(/\.hours\.(.+)$/, (_, cf) => `.hours.#${draft.workers.findIndex((w) => w.fiscalCode === cf)}`);
  return {
    regime: v.regime,
    findings: v.findings.map((f) => ({ rule: f.rule, severity: f.severity, fields: f.fields.map(row) })),
    computed: v.computed,
    deadlines: v.deadlines,
  };
}

const REAL_IBAN = 'IT60X0542811101000000123456';

/** A Piemonte 2020 domanda with everything personal a draft can hold, some of it wrong. */
function personalDraft(): Draft {
  const [mario, laura] = VALID_WORKER_CFS;
  const base = piemonte2020Draft();
  return withChanges(base, {
    employer: { ...base.employer, phone: '011 5551234', fax: '011 5551235' },
    workers: [
      { ...base.workers[0], iban: REAL_IBAN },
      { ...base.workers[1], iban: 'IT61X0542811101000000123456' }, // checksum wrong
      { ...base.workers[2], fiscalCode: 'VRDGPP70C15H501X' }, // check letter wrong
      { fiscalCode: mario, name: 'Mario Rossi', hiredOn: '2015-01-01', contract: 'full-time' }, // the same worker twice
    ],
    reports: [{ month: '2020-03', hours: { [mario]: 120, [laura]: 80, VRDGPP70C15H501X: null } }],
    sr41: [{ workerFiscalCode: laura, month: '2020-03', hours: 80, iban: REAL_IBAN }],
    attachments: [{ name: 'Rossi Mario - dichiarazione.pdf', type: 'application/pdf', role: 'dichiarazione' }],
  }) as Draft;
}

describe('pseudonymizeDraft', () => {
  const cases: [string, Draft, string][] = [
    ['a Piemonte 2020 domanda with IBANs, reports, SR41 and mistakes', personalDraft(), '2020-04-20'],
    ['the compliant Piemonte 2020 domanda', piemonte2020Draft(), '2020-04-10'],
    ['a Piemonte 2016 domanda', ordinary2016Draft(), ORDINARY_TODAY],
    ['a Lombardia 2012 domanda with suspensions and reports', lombardia2012Draft(), LOMBARDIA_2012_TODAY],
    ['a Lombardia 2015 domanda', artigianatoDraft(), LOMBARDIA_2015_TODAY],
  ];

  it.each(cases)('%s: teaches the same findings, figures and deadlines, and is still a valid draft', (_, draft, today) => {
    const made = pseudonymizeDraft(draft);
    expect(parseDraft(made).ok).toBe(true);
    expect(lesson(made, today)).toEqual(lesson(draft, today));
  });

  it.each(cases)('%s: no codice fiscale, IBAN, name, phone or file name of the real one is left', (_, draft) => {
    const text = JSON.stringify(pseudonymizeDraft(draft));
    const personal = [
      draft.employer.fiscalCode, draft.employer.name, draft.employer.phone, draft.employer.fax, draft.unit.name,
      ...draft.workers.flatMap((w) => [w.fiscalCode, w.name, w.iban]),
      ...(draft.sr41 ?? []).map((f) => f.iban),
      ...(draft.attachments ?? []).map((a) => a.name),
    ].filter((v): v is string => typeof v === 'string' && v !== '');
    for (const value of personal) expect(text, value).not.toContain(value);
  });

  it('protocol numbers become made-up ones (a blank one stays blank), and fields the schema does not name are left out', () => {
    const draft = {
      ...piemonte2020Draft(),
      protocol: 'PROT-2020-0047113',
      inps: { protocol: ' ', directPayment: true },
      notes: 'Cliente Mario Bianchi, tel 3331234567',
      sourcePage: 'aminder:https://aminder.example/domanda/47113',
      employer: { ...piemonte2020Draft().employer, referente: 'Mario Bianchi' },
      workers: piemonte2020Draft().workers.map((w) => ({ ...w, nota: 'in malattia dal 03/03' })),
    } as Draft;
    const made = pseudonymizeDraft(draft);
    const text = JSON.stringify(made);
    for (const real of ['PROT-2020-0047113', 'Mario Bianchi', '3331234567', '47113', 'malattia']) expect(text).not.toContain(real);
    expect(made.protocol).toBe('PROT-ESEMPIO-0001');
    expect(made.inps).toEqual({ protocol: ' ', directPayment: true });
    expect(Object.keys(made)).not.toContain('notes');
    expect(parseDraft(made).ok).toBe(true);
    const lombardia = pseudonymizeDraft(artigianatoDraft());
    expect(lombardia.inps?.protocol).toBe('INPS-ESEMPIO-0001');
  });

  it.each(cases)('%s: pseudonymizing twice gives the same draft (a scenario shown again is unchanged)', (_, draft) => {
    const once = pseudonymizeDraft(draft);
    expect(pseudonymizeDraft(once)).toEqual(once);
  });

  it('a code is replaced by a valid one when it was valid, and by one wrong in the same way when it was not', () => {
    const made = pseudonymizeDraft(personalDraft());
    expect(made.workers.map((w) => checkPersonalFiscalCode(w.fiscalCode).valid)).toEqual([true, true, false, true]);
    expect(checkPersonalFiscalCode(made.workers[2].fiscalCode)).toMatchObject({ problem: 'check' });
    expect(checkEmployerFiscalCode(made.employer.fiscalCode)).toMatchObject({ valid: true, kind: 'company' });
    expect(checkIban(made.workers[0].iban!).valid).toBe(true);
    expect(checkIban(made.workers[1].iban!)).toMatchObject({ valid: false, problem: 'checksum' });
    // A sole trader's own codice fiscale becomes a made-up person's.
    const soleTrader = pseudonymizeDraft(withChanges(piemonte2020Draft(), { employer: { fiscalCode: VALID_WORKER_CFS[5] } }));
    expect(checkEmployerFiscalCode(soleTrader.employer.fiscalCode)).toMatchObject({ valid: true, kind: 'personal' });
  });

  it('one real worker is one made-up worker everywhere: rows, reports, SR41 forms; the same IBAN stays the same', () => {
    const made = pseudonymizeDraft(personalDraft());
    const [mario, laura, giuseppe, marioAgain] = made.workers;
    expect(marioAgain.fiscalCode).toBe(mario.fiscalCode);
    expect(Object.keys(made.reports![0].hours)).toEqual([mario.fiscalCode, laura.fiscalCode, giuseppe.fiscalCode]);
    expect(made.sr41![0]).toMatchObject({ workerFiscalCode: laura.fiscalCode, iban: mario.iban });
    expect(new Set(made.workers.map((w) => w.name))).toEqual(new Set(['Lavoratore 1', 'Lavoratore 2', 'Lavoratore 3']));
    expect(made.employer).toMatchObject({ name: 'Azienda di esempio' });
    expect(made.employer).not.toHaveProperty('phone');
    expect(made.attachments![0].name).toBe('allegato-1.pdf');
  });

  it('a schema type whose fields are not known (a union, a record, `unknown`) is refused, never passed through to the replica', () => {
    for (const field of [z.union([z.string(), z.object({ cf: z.string() })]), z.record(z.string(), z.string()), z.unknown()]) {
      expect(() => knownFieldsOnly(z.object({ field }), { field: { cf: 'RSSMRA80A01L219M' } })).toThrow(/not supported/);
    }
    // What the draft's schema has passes: scalars kept, unknown members dropped, a report's hours kept.
    expect(knownFieldsOnly(z.object({ a: z.string(), n: z.optional(z.number()) }), { a: 'x', n: 2, extra: 'RSSMRA80A01L219M' })).toEqual({ a: 'x', n: 2 });
    expect(pseudonymizeDraft(personalDraft()).reports![0].hours).toBeDefined();
  });

  it('every type of the draft\'s schema is one it knows: a draft with every field filled goes through', () => {
    /** A value for `schema` with every field present, at every level (any value for a type it does not build). */
    const filled = (schema: any): unknown => {
      const def = schema._zod.def;
      if (def.type === 'object') return Object.fromEntries(Object.entries(def.shape).map(([k, f]) => [k, filled(f)]));
      if (def.type === 'array') return [filled(def.element)];
      if (def.type === 'optional' || def.type === 'nullable') return filled(def.innerType);
      if (def.type === 'enum') return Object.values(def.entries)[0];
      if (def.type === 'literal') return def.values[0];
      return def.type === 'number' ? 1 : def.type === 'boolean' ? true : def.type === 'custom' ? {} : 'x';
    };
    const everything = filled(draftSchema) as Record<string, unknown>;
    expect(Object.keys(everything)).toEqual(expect.arrayContaining(['employer', 'workers', 'reports', 'sr41']));
    expect(knownFieldsOnly(draftSchema, everything)).toEqual(everything);
  });
});
