/**
 * Test helpers for rule tables: a compliant base draft per regime that each
 * case changes, and small accessors. Used only by tests.
 */
import type { Draft, Finding, Verdict } from './schema.ts';
import { judge } from './engine.ts';

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> | T[K] : T[K] };

/** Valid codici fiscali (check letters computed by calc/fiscal-code.ts); the base employer code 01234567897 is valid too. */
export const VALID_WORKER_CFS = [
  'RSSMRA80A01L219M',
  'BNCLRA85M41F205C',
  'VRDGPP70C15H501K',
  'NREFNC75D50A662E',
  'GLLLCU90E20D612T',
  'CSTPLA88H10C351M',
];

/** A Piemonte 2020 application that passes every rule on 2020-04-10. */
export function piemonte2020Draft(): Draft {
  return {
    format: 'cigd-draft/1',
    status: 'bozza',
    employer: {
      name: 'Rossi Bar S.n.c.',
      fiscalCode: '01234567897',
      category: 'impresa',
      regionsWithUnits: 1,
      units: [{ id: 'U1', name: 'Sede di Torino', comune: 'Torino', region: 'Piemonte', employees: 3 }],
    },
    unit: { id: 'U1', name: 'Sede di Torino', comune: 'Torino', region: 'Piemonte' },
    period: { start: '2020-03-09', end: '2020-04-05' },
    previousApplications: [],
    workers: [
      { fiscalCode: VALID_WORKER_CFS[0], name: 'Mario Rossi', hiredOn: '2015-01-01', contract: 'full-time' },
      { fiscalCode: VALID_WORKER_CFS[1], name: 'Laura Bianchi', hiredOn: '2018-06-01', contract: 'full-time' },
      { fiscalCode: VALID_WORKER_CFS[2], name: 'Giuseppe Verdi', hiredOn: '2019-09-16', contract: 'part-time', fte: 0.5 },
    ],
    attachments: [{ name: 'dichiarazione.pdf', type: 'application/pdf', role: 'dichiarazione' }],
  };
}

/** Deep merge for case tables: objects merge, arrays and scalars replace. */
export function withChanges<T>(base: T, changes: DeepPartial<T> | Record<string, unknown>): T {
  const out: any = Array.isArray(base) ? [...(base as any)] : { ...(base as any) };
  for (const [k, v] of Object.entries(changes)) {
    const cur = (base as any)[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur)) {
      out[k] = withChanges(cur, v as any);
    } else if (v === undefined) {
      delete out[k];
    } else {
      out[k] = v;
    }
  }
  return out;
}

export function findingsOf(verdict: Verdict, ruleId: string): Finding[] {
  return verdict.findings.filter((f) => f.rule === ruleId);
}

export function ruleIdsOf(draft: Draft, today: string): string[] {
  return judge(draft, { today }).findings.map((f) => f.rule);
}
