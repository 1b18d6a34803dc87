/**
 * The draft (one CIGD application) and the Verdict, as zod schemas.
 * This is the single source of truth for the shape of `draft-format.md`
 * ("cigd-draft/1"). Unknown fields are kept at every level (looseObject), so a
 * draft written by a newer version survives a round trip through this one.
 */
// zod/mini: the same validation core as zod, tree-shakable, so the
// extension's content script stays small (it runs this schema on every keystroke).
import * as z from 'zod/mini';
import * as core from 'zod/v4/core';
import { isIsoDate, isIsoMonth } from './calc/dates.ts';
import { formatNumberIt } from './calc/numbers.ts';
import { compileAcceptor, type Acceptor } from './accept.ts';

/**
 * zod/mini's objects skip zod's compiled fast path; ours take it (where the
 * page's CSP allows code generation; elsewhere zod falls back by itself).
 * Drafts have thousands of worker, report and SR41 objects.
 */
const FastLooseObject = core.$constructor('CigdLooseObject', (inst: any, def: any) => {
  (core.$ZodObjectJIT as any).init(inst, def);
  (z.ZodMiniType as any).init(inst, def);
});
function looseObject<T extends core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, core.$loose> {
  return new FastLooseObject({ type: 'object', shape, catchall: z.unknown() }) as any;
}

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
const count = z.int().check(z.minimum(0));

/**
 * A monthly report's hours, worker fiscal code → hours (null = left blank).
 * Checked in one loop rather than with z.record: a report of a large firm has
 * hundreds of workers and this runs on every keystroke.
 */
export const reportHours = z
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

export const unitSchema = looseObject({
  id: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
  comune: z.string(),
  region: z.string(),
});

export const workerSchema = looseObject({
  fiscalCode: z.string(),
  name: z.optional(z.string()),
  hiredOn: isoDate,
  leftOn: z.optional(isoDate),
  contract: z.enum(['full-time', 'part-time', 'intermittent', 'apprentice', 'agency', 'parasubordinate']),
  fte: z.optional(z.number().check(z.gt(0), z.maximum(1))),
  unitId: z.optional(z.string()),
  onLeaveReplaced: z.optional(z.boolean()),
  intermittent: z.optional(z
    .looseObject({ daysWorkedLast12Months: count, calledBeforeCause: z.boolean() })),
  cigdDays: z.optional(count),
  requestedHours: z.optional(z.number().check(z.minimum(0))),
  iban: z.optional(z.string()),
});

export const draftSchema = looseObject({
  format: z.literal('cigd-draft/1'),
  regime: z.optional(z.enum(REGIMES)),
  kind: z.optional(z.enum(['ordinaria', 'supplementare-2016-2017', 'apprendisti-cigs', 'elba-addendum-f'])),
  status: z.optional(z
    .enum(['bozza', 'presentata', 'verificata-da-rettificare', 'verificata', 'autorizzata', 'annullata'])),
  intent: z.optional(z.literal('rettifica')),
  protocol: z.optional(z.string()),
  submittedOn: z.optional(isoDate),

  employer: looseObject({
    name: z.string(),
    fiscalCode: z.string(),
    category: z.enum([
      'impresa', 'artigiana', 'agricola', 'studio-professionale',
      'non-imprenditore', 'domestico', 'agenzia-somministrazione',
    ]),
    coveredBy: z.optional(z.array(z.enum(['cigo', 'cigs', 'fis', 'fondo-bilaterale', 'fsba', 'cisoa']))),
    cisoaExhausted: z.optional(z.boolean()),
    regionsWithUnits: z.optional(count),
    inCessation: z.optional(z.boolean()),
    cigsEnd: z.optional(isoDate),
    elbaMember: z.optional(z.boolean()),
    averageEmployeesLastSemester: z.optional(z.number().check(z.minimum(0))),
    phone: z.optional(z.string()),
    fax: z.optional(z.string()),
    postcode: z.optional(z.string()),
    ateco: z.optional(z.string()),
    units: z.optional(z
      .array(looseObject({
        id: z.string().check(z.minLength(1)), name: z.optional(z.string()), comune: z.string(), region: z.string(),
        employees: z.optional(count),
      }))),
  }),
  unit: unitSchema,
  period: looseObject({ start: isoDate, end: isoDate }),
  previousApplications: z.optional(z
    .array(looseObject({ unitId: z.optional(z.string()), start: isoDate, end: isoDate, kind: z.optional(z.string()) }))),

  agreement: z.optional(z
    .looseObject({
      kind: z.enum(['categorie', 'commissione-sindacale', 'art3-c17-l92-2012', 'artigianato-2015-10-16', 'standard']),
      signedOn: isoDate,
      start: isoDate,
      end: isoDate,
      workers: count,
      unionsNotifiedOn: z.optional(isoDate),
      cause: z.optional(z.string()),
    })),

  workers: z.array(workerSchema),
  workforce: z.optional(z.array(workerSchema)),

  attachments: z.optional(z
    .array(looseObject({
      name: z.string(),
      type: z.optional(z.string()),
      role: z.optional(z.enum(['dichiarazione', 'accordo', 'riepilogo-2016', 'altro'])),
    }))),

  reports: z.optional(z
    .array(looseObject({
      month: isoMonth,
      submittedOn: z.optional(isoDate),
      hours: reportHours,
    }))),
  suspensions: z.optional(z
    .array(looseObject({
      workerFiscalCode: z.string(), start: isoDate, end: isoDate, hours: z.number().check(z.minimum(0)), sentOn: isoDate,
    }))),
  sr41: z.optional(z
    .array(looseObject({
      workerFiscalCode: z.string(), month: isoMonth, hours: z.number().check(z.minimum(0)),
      sentOn: z.optional(isoDate), iban: z.optional(z.string()),
    }))),
  inps: z.optional(looseObject({ protocol: z.optional(z.string()), directPayment: z.optional(z.boolean()) })),
  correctionEmail: z.optional(looseObject({ sentOn: isoDate, datesFixedOn: z.optional(isoDate) })),
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
  regime: z.nullable(z.enum(REGIMES)),
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

/**
 * The Italian message (and the English one, for logs) for one zod issue. Every
 * code and expected type zod can report is put in Italian; nothing of zod's own
 * English text reaches the operator.
 */
function describeIssue(issue: ZodIssue, input: unknown): { it: string; en: string } {
  const got = valueAt(input, issue.path);
  // Whatever the field's type (text, date, fixed value, list of values), a field
  // that is not there is missing, not "of the wrong type" or "not allowed".
  if (got === undefined && issue.code !== 'unrecognized_keys') {
    return { it: 'campo obbligatorio mancante', en: 'required field missing' };
  }
  switch (issue.code) {
    case 'invalid_type':
      // JSON's 1e400 is Infinity: a number, too large to be one.
      if (typeof got === 'number' && !Number.isFinite(got)) {
        if (Number.isNaN(got)) return { it: 'numero non valido', en: 'invalid number (NaN)' };
        return got > 0
          ? { it: 'numero troppo grande', en: 'number too large' }
          : { it: 'numero troppo piccolo', en: 'number too small' };
      }
      // zod reports "int" only for a number with decimals (a non-number gets "number").
      if (issue.expected === 'int' && typeof got === 'number') {
        return { it: 'deve essere un numero intero (senza decimali)', en: 'must be a whole number' };
      }
      return {
        it: `tipo non valido: atteso ${typeIt(issue.expected)}`,
        en: `invalid type: expected ${issue.expected}`,
      };
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { it: `valore non ammesso; valori ammessi: ${allowed}`, en: `value not allowed; allowed: ${allowed}` };
    }
    case 'too_small':
      return { it: tooSmallIt(issue), en: `too small (minimum ${String(issue.minimum)})` };
    case 'too_big':
      return { it: tooBigIt(issue), en: `too big (maximum ${String(issue.maximum)})` };
    case 'custom':
      if (issue.message === 'date') return { it: 'data non valida: scrivere AAAA-MM-GG (es. 2020-03-23)', en: 'invalid date: use YYYY-MM-DD' };
      if (issue.message === 'hours') return { it: 'ore non valide: scrivere un numero (0 se il lavoratore non è stato in CIGD)', en: 'invalid hours: a number ≥ 0 or null' };
      if (issue.message === 'object') return { it: 'tipo non valido: atteso oggetto', en: 'invalid type: expected object' };
      if (issue.message === 'month') return { it: 'mese non valido: scrivere AAAA-MM (es. 2020-03)', en: 'invalid month: use YYYY-MM' };
      return { it: 'valore non valido', en: issue.message };
    case 'invalid_format':
      return { it: 'formato non valido', en: `invalid format (${issue.format})` };
    case 'not_multiple_of':
      return { it: `deve essere un multiplo di ${numberIt(issue.divisor)}`, en: `not a multiple of ${issue.divisor}` };
    case 'unrecognized_keys':
      return { it: `campi non previsti: ${issue.keys.join(', ')}`, en: `unrecognized keys: ${issue.keys.join(', ')}` };
    case 'invalid_key':
      return { it: 'chiave non valida', en: 'invalid key' };
    case 'invalid_element':
      return { it: 'elemento non valido', en: 'invalid element' };
    default:
      return { it: 'valore non valido', en: issue.message };
  }
}

/** zod's bounds on whole numbers: outside them a number cannot be held exactly. */
const SAFE_INTEGER_LIMITS = new Set<number | bigint>([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

/** zod's own range check on a whole number (beyond it a number cannot be held exactly), not a bound of the schema. */
function isSafeIntegerBound(issue: ZodIssue): boolean {
  if (issue.code === 'too_small') return issue.origin === 'int' && SAFE_INTEGER_LIMITS.has(issue.minimum);
  if (issue.code === 'too_big') return issue.origin === 'int' && SAFE_INTEGER_LIMITS.has(issue.maximum);
  return false;
}

function tooSmallIt(issue: Extract<ZodIssue, { code: 'too_small' }>): string {
  const min = issue.minimum;
  if (issue.origin === 'string') return Number(min) <= 1 ? 'non può essere vuoto' : `deve avere almeno ${numberIt(min)} caratteri`;
  if (issue.origin === 'array' || issue.origin === 'set') {
    return Number(min) <= 1 ? 'non può essere un elenco vuoto' : `deve avere almeno ${numberIt(min)} elementi`;
  }
  if (isSafeIntegerBound(issue)) return 'numero troppo piccolo';
  return `deve essere ${issue.inclusive ? 'almeno' : 'maggiore di'} ${numberIt(min)}`;
}

function tooBigIt(issue: Extract<ZodIssue, { code: 'too_big' }>): string {
  const max = issue.maximum;
  if (issue.origin === 'string') return `deve avere al massimo ${numberIt(max)} caratteri`;
  if (issue.origin === 'array' || issue.origin === 'set') return `deve avere al massimo ${numberIt(max)} elementi`;
  if (isSafeIntegerBound(issue)) return 'numero troppo grande';
  return `deve essere ${issue.inclusive === false ? 'minore di' : 'al massimo'} ${numberIt(max)}`;
}

/** A bound as an Italian reader writes it: a decimal comma (0,5). */
const numberIt = (n: number | bigint): string => formatNumberIt(Number(n), 6);

/** Every type zod can say it expected, in Italian; an unforeseen one gets a neutral word, never zod's English. */
const TYPE_NAMES: Record<string, string> = {
  string: 'testo',
  number: 'numero',
  int: 'numero intero',
  bigint: 'numero intero',
  nan: 'numero',
  boolean: 'vero/falso',
  date: 'data',
  array: 'elenco',
  tuple: 'elenco',
  set: 'elenco',
  object: 'oggetto',
  record: 'oggetto',
  map: 'oggetto',
  file: 'file',
  null: 'null',
  undefined: 'nessun valore',
  void: 'nessun valore',
  never: 'nessun valore',
  nonoptional: 'un valore',
  symbol: 'simbolo',
  function: 'funzione',
};

function typeIt(expected: string): string {
  return Object.hasOwn(TYPE_NAMES, expected) ? TYPE_NAMES[expected] : 'un altro tipo';
}

/** The value at a path of the input, or undefined where the path leads to nothing (own properties only). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Compiled on the first parse, not at load: the `cigd` main thread loads this module and never parses. */
let acceptsDraft: Acceptor | undefined;

export type ParseResult = { ok: true; draft: Draft } | { ok: false; issues: SchemaIssue[] };

/**
 * Validates anything (parsed JSON, a body, a stored record) as a draft.
 * On failure, every offending path with an Italian message (and the English
 * one for logs); never throws.
 */
export function parseDraft(input: unknown): ParseResult {
  // A valid draft (nearly every one) is answered by the generated acceptor,
  // several times quicker than zod's parse; zod's output for it would be an
  // equal copy, since every object of the schema is loose. The draft is then
  // the input itself: the rules never change it (property.test.ts checks).
  acceptsDraft ??= compileAcceptor(draftSchema) ?? (() => false);
  if (acceptsDraft(input)) return { ok: true, draft: input as Draft };
  const result = draftSchema.safeParse(input);
  if (result.success) return { ok: true, draft: result.data };
  const issues = schemaIssues(result.error.issues, input);
  return { ok: false, issues };
}

/** zod's issues on `input`, one per path and message, in Italian (and English for logs): the words of `cigd`, the server and the extension. */
export function schemaIssues(issues: readonly ZodIssue[], input: unknown): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  // Issues per path, counted once: a half-filled page has many, and this runs on every keystroke.
  const perPath = new Map<string, number>();
  for (const issue of issues) {
    const path = formatPath(issue.path);
    perPath.set(path, (perPath.get(path) ?? 0) + 1);
  }
  for (const issue of issues) {
    if (issue.code === 'invalid_union') {
      for (const branch of issue.errors) out.push(...schemaIssues(branch, input));
      continue;
    }
    const path = formatPath(issue.path);
    // -1e20 for a count is below 0 and outside zod's whole-number range: "deve essere almeno 0" says it all.
    if (isSafeIntegerBound(issue) && (perPath.get(path) ?? 0) > 1) continue;
    const { it, en } = describeIssue(issue, input);
    const key = `${path}|${it}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message: it, messageEn: en });
  }
  return out;
}
