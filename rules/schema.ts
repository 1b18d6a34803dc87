/**
 * The draft (one CIGD application) and the Verdict, as zod schemas.
 * This is the single source of truth for the shape of `draft-format.md`
 * ("cigd-draft/1"). Unknown fields are kept at every level (looseObject), so a
 * draft written by a newer version survives a round trip through this one.
 */
import { z } from 'zod';
import { isIsoDate, isIsoMonth } from './calc/dates.ts';

export const REGIMES = ['piemonte-2020', 'piemonte-2016', 'lombardia-2015', 'lombardia-2012'] as const;
export type RegimeId = (typeof REGIMES)[number];

// A raw `.check` rather than `.refine`: drafts carry thousands of dates
// (workers, reports, SR41) and refine costs about three times as much per value.
const isoDate = z.string().check((ctx) => {
  if (!isIsoDate(ctx.value)) ctx.issues.push({ code: 'custom', message: 'date', input: ctx.value });
});
const isoMonth = z.string().check((ctx) => {
  if (!isIsoMonth(ctx.value)) ctx.issues.push({ code: 'custom', message: 'month', input: ctx.value });
});
const count = z.number().int().min(0);

/**
 * A monthly report's hours, worker fiscal code → hours (null = left blank).
 * Checked in one loop rather than with z.record: a report of a large firm has
 * hundreds of workers and this runs on every keystroke.
 */
const reportHours = z
  .custom<Record<string, number | null>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
    message: 'object',
  })
  .check((ctx) => {
    const hours = ctx.value;
    for (const key in hours) {
      if (!Object.hasOwn(hours, key)) continue;
      const h = hours[key];
      if (h === null || (typeof h === 'number' && h >= 0 && Number.isFinite(h))) continue;
      ctx.issues.push({ code: 'custom', message: 'hours', input: h, path: [key] });
    }
  });

export const unitSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  comune: z.string(),
  region: z.string(),
});

export const workerSchema = z.looseObject({
  fiscalCode: z.string(),
  name: z.string().optional(),
  hiredOn: isoDate,
  leftOn: isoDate.optional(),
  contract: z.enum(['full-time', 'part-time', 'intermittent', 'apprentice', 'agency', 'parasubordinate']),
  fte: z.number().gt(0).max(1).optional(),
  unitId: z.string().optional(),
  onLeaveReplaced: z.boolean().optional(),
  intermittent: z
    .looseObject({ daysWorkedLast12Months: count, calledBeforeCause: z.boolean() })
    .optional(),
  cigdDays: count.optional(),
  requestedHours: z.number().min(0).optional(),
  iban: z.string().optional(),
});

export const draftSchema = z.looseObject({
  format: z.literal('cigd-draft/1'),
  regime: z.enum(REGIMES).optional(),
  kind: z.enum(['ordinaria', 'supplementare-2016-2017', 'apprendisti-cigs', 'elba-addendum-f']).optional(),
  status: z
    .enum(['bozza', 'presentata', 'verificata-da-rettificare', 'verificata', 'autorizzata', 'annullata'])
    .optional(),
  intent: z.literal('rettifica').optional(),
  protocol: z.string().optional(),
  submittedOn: isoDate.optional(),

  employer: z.looseObject({
    name: z.string(),
    fiscalCode: z.string(),
    category: z.enum([
      'impresa', 'artigiana', 'agricola', 'studio-professionale',
      'non-imprenditore', 'domestico', 'agenzia-somministrazione',
    ]),
    coveredBy: z.array(z.enum(['cigo', 'cigs', 'fis', 'fondo-bilaterale', 'fsba', 'cisoa'])).optional(),
    cisoaExhausted: z.boolean().optional(),
    regionsWithUnits: count.optional(),
    inCessation: z.boolean().optional(),
    cigsEnd: isoDate.optional(),
    elbaMember: z.boolean().optional(),
    averageEmployeesLastSemester: z.number().min(0).optional(),
    phone: z.string().optional(),
    fax: z.string().optional(),
    postcode: z.string().optional(),
    ateco: z.string().optional(),
    units: z
      .array(z.looseObject({
        id: z.string().min(1), name: z.string().optional(), comune: z.string(), region: z.string(),
        employees: count.optional(),
      }))
      .optional(),
  }),
  unit: unitSchema,
  period: z.looseObject({ start: isoDate, end: isoDate }),
  previousApplications: z
    .array(z.looseObject({ unitId: z.string().optional(), start: isoDate, end: isoDate, kind: z.string().optional() }))
    .optional(),

  agreement: z
    .looseObject({
      kind: z.enum(['categorie', 'commissione-sindacale', 'art3-c17-l92-2012', 'artigianato-2015-10-16', 'standard']),
      signedOn: isoDate,
      start: isoDate,
      end: isoDate,
      workers: count,
      unionsNotifiedOn: isoDate.optional(),
      cause: z.string().optional(),
    })
    .optional(),

  workers: z.array(workerSchema),
  workforce: z.array(workerSchema).optional(),

  attachments: z
    .array(z.looseObject({
      name: z.string(),
      type: z.string().optional(),
      role: z.enum(['dichiarazione', 'accordo', 'riepilogo-2016', 'altro']).optional(),
    }))
    .optional(),

  reports: z
    .array(z.looseObject({
      month: isoMonth,
      submittedOn: isoDate.optional(),
      hours: reportHours,
    }))
    .optional(),
  suspensions: z
    .array(z.looseObject({
      workerFiscalCode: z.string(), start: isoDate, end: isoDate, hours: z.number().min(0), sentOn: isoDate,
    }))
    .optional(),
  sr41: z
    .array(z.looseObject({
      workerFiscalCode: z.string(), month: isoMonth, hours: z.number().min(0),
      sentOn: isoDate.optional(), iban: z.string().optional(),
    }))
    .optional(),
  inps: z.looseObject({ protocol: z.string().optional(), directPayment: z.boolean().optional() }).optional(),
  correctionEmail: z.looseObject({ sentOn: isoDate, datesFixedOn: isoDate.optional() }).optional(),
});

export type Draft = z.infer<typeof draftSchema>;
export type Worker = z.infer<typeof workerSchema>;

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Finding = {
  rule: string;
  severity: Severity;
  message: string;
  fields: string[];
  source: string;
};

export type DeadlineStatus = 'future' | 'due-soon' | 'met' | 'missed';
export type Deadline = { id: string; date: string; label: string; status: DeadlineStatus };

export type Verdict = {
  regime: RegimeId | null;
  findings: Finding[];
  deadlines: Deadline[];
  computed: Record<string, unknown>;
};

export const verdictSchema = z.object({
  regime: z.enum(REGIMES).nullable(),
  findings: z.array(z.object({
    rule: z.string(), severity: z.enum(['error', 'warning', 'info']), message: z.string(),
    fields: z.array(z.string()), source: z.string(),
  })),
  deadlines: z.array(z.object({
    id: z.string(), date: z.string(), label: z.string(), status: z.enum(['future', 'due-soon', 'met', 'missed']),
  })),
  computed: z.record(z.string(), z.unknown()),
});

/** One problem of an input that is not a valid draft. */
export type SchemaIssue = { path: string; message: string; messageEn: string };

/** "workers[2].hiredOn" from zod's ['workers', 2, 'hiredOn']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(radice)';
}

type ZodIssue = z.core.$ZodIssue;

function describeIssue(issue: ZodIssue, input: unknown): { it: string; en: string } {
  const got = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (got === undefined) return { it: 'campo obbligatorio mancante', en: 'required field missing' };
      return {
        it: `tipo non valido: atteso ${typeIt(issue.expected)}`,
        en: `invalid type: expected ${issue.expected}`,
      };
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { it: `valore non ammesso; valori ammessi: ${allowed}`, en: `value not allowed; allowed: ${allowed}` };
    }
    case 'too_small':
      return {
        it: issue.origin === 'string' ? 'non può essere vuoto' : `deve essere ${issue.inclusive ? 'almeno' : 'maggiore di'} ${String(issue.minimum)}`,
        en: `too small (minimum ${String(issue.minimum)})`,
      };
    case 'too_big':
      return { it: `deve essere al massimo ${String(issue.maximum)}`, en: `too big (maximum ${String(issue.maximum)})` };
    case 'custom':
      if (got === undefined) return { it: 'campo obbligatorio mancante', en: 'required field missing' };
      if (issue.message === 'date') return { it: 'data non valida: scrivere AAAA-MM-GG (es. 2020-03-23)', en: 'invalid date: use YYYY-MM-DD' };
      if (issue.message === 'hours') return { it: 'ore non valide: scrivere un numero (0 se il lavoratore non è stato in CIGD)', en: 'invalid hours: a number ≥ 0 or null' };
      if (issue.message === 'object') return { it: 'tipo non valido: atteso oggetto', en: 'invalid type: expected object' };
      if (issue.message === 'month') return { it: 'mese non valido: scrivere AAAA-MM (es. 2020-03)', en: 'invalid month: use YYYY-MM' };
      return { it: issue.message, en: issue.message };
    case 'invalid_format':
      return { it: 'formato non valido', en: `invalid format (${issue.format})` };
    default:
      return { it: 'valore non valido', en: issue.message };
  }
}

function typeIt(expected: string): string {
  const names: Record<string, string> = {
    string: 'testo', number: 'numero', boolean: 'vero/falso', array: 'elenco', object: 'oggetto', record: 'oggetto',
  };
  return names[expected] ?? expected;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

export type ParseResult = { ok: true; draft: Draft } | { ok: false; issues: SchemaIssue[] };

/**
 * Validates anything (parsed JSON, a body, a stored record) as a draft.
 * On failure, every offending path with an Italian message (and the English
 * one for logs); never throws.
 */
export function parseDraft(input: unknown): ParseResult {
  const result = draftSchema.safeParse(input);
  if (result.success) return { ok: true, draft: result.data };
  const issues = flattenIssues(result.error.issues, input);
  return { ok: false, issues };
}

function flattenIssues(issues: readonly ZodIssue[], input: unknown): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    if (issue.code === 'invalid_union') {
      for (const branch of issue.errors) out.push(...flattenIssues(branch, input));
      continue;
    }
    const path = formatPath(issue.path);
    const { it, en } = describeIssue(issue, input);
    const key = `${path}|${it}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message: it, messageEn: en });
  }
  return out;
}
