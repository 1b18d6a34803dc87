/**
 * Judging a draft: pick the regime, run the common rules and the regime's
 * rules, and gather findings, deadlines and computed figures into a Verdict.
 */
import type { Deadline, Draft, Finding, RegimeId, Verdict } from './schema.ts';
import { parseDraft, type SchemaIssue } from './schema.ts';
import type { Rule, RuleContext } from './rule.ts';
import { sourceLabel } from './rule.ts';
import { paramsAt } from './params.ts';
import { Facts } from './calc/facts.ts';
import { todayInItaly, type IsoDate } from './calc/dates.ts';
import { commonRules, regimeById, regimes, type RegimeSelection } from './regimes/index.ts';
import { namedByPageRows } from './regimes/common/labels.ts';

export type CheckOptions = { today?: IsoDate };

function regionIs(draft: Draft, name: string): boolean {
  return draft.unit.region.trim().toLowerCase().includes(name);
}

function selects(selection: RegimeSelection, draft: Draft): boolean {
  const start = draft.period.start;
  return (
    regionIs(draft, selection.region) &&
    start >= selection.startFrom &&
    (selection.startTo === undefined || start <= selection.startTo)
  );
}

/**
 * The rule set for a draft (rules.md, "Choosing the rule set"): the draft's
 * own `regime` wins; otherwise region and period start decide, by each
 * regime's own `selection` (exported by its params.ts, next to its limits).
 */
export function selectRegime(draft: Draft): RegimeId | null {
  if (draft.regime) return draft.regime;
  return regimes.find((r) => selects(r.selection, draft))?.id ?? null;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Judges a draft that already passed the schema. Pure: same draft and day, same Verdict. */
export function judge(draft: Draft, options: CheckOptions = {}): Verdict {
  return judgeWith(draft, options, () => true);
}

/**
 * `judge` without the code rules: for a caller that runs judgeCodes once on
 * the whole of a draft and judges here only the part the schema accepts (the
 * extension, on a page half filled in).
 */
export function judgeExceptCodes(draft: Draft, options: CheckOptions & { workerRows?: readonly number[] } = {}): Verdict {
  const run = () => judgeWith(draft, options, (rule) => !rule.codesOnly);
  // `workerRows[j]`: the page's row of the copy's worker j, which messages name ("lavoratore n. 3").
  return options.workerRows ? namedByPageRows(draft.workers, options.workerRows, run) : run();
}

function judgeWith(draft: Draft, options: CheckOptions, keep: (rule: Rule) => boolean): Verdict {
  const today = options.today ?? todayInItaly();
  const regime = selectRegime(draft);
  const definition = regime ? regimeById(regime) : undefined;
  const params = definition ? paramsAt(definition.params, draft.period.start) : undefined;
  const rules: Rule[] = definition ? [...commonRules, ...definition.rules] : commonRules;
  return { regime, ...runRules(rules.filter(keep), draft, today, regime, params) };
}

/**
 * The findings of the rules that read only codes (`codesOnly`: codici
 * fiscali, IBANs, duplicate workers) on anything shaped like a draft, even
 * one the schema does not accept yet (a page half filled in): what they read
 * is taken from it as text, the rest left out. Lets the extension mark a
 * wrong codice fiscale on a page that has no period field (GECO).
 */
export function judgeCodes(input: unknown, options: CheckOptions = {}): Finding[] {
  const today = options.today ?? todayInItaly();
  return runRules(commonRules.filter((r) => r.codesOnly), codesView(input), today, null, undefined).findings;
}

const asObject = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const optionalText = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(asObject) : []);

/**
 * The fields the code rules judge (`[*]`: every element of the list): what they
 * find is on these, and judgeCodes checks them whatever else the draft lacks.
 * codesView reads them, with the names and SR41 months their messages print.
 */
export const CODE_FIELDS: readonly string[] = ['employer.fiscalCode', 'workers[*].fiscalCode', 'workers[*].iban', 'sr41[*].iban'];

/** Only what the code rules read, as text; an SR41 form whose month cannot be named is left out. */
function codesView(input: unknown): Draft {
  const draft = asObject(input);
  return {
    employer: { fiscalCode: text(asObject(draft.employer).fiscalCode) },
    workers: list(draft.workers).map((w) => ({ fiscalCode: text(w.fiscalCode), name: optionalText(w.name), iban: optionalText(w.iban) })),
    sr41: list(draft.sr41).filter((f) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text(f.month)))
      .map((f) => ({ workerFiscalCode: text(f.workerFiscalCode), month: text(f.month), iban: optionalText(f.iban) })),
  } as unknown as Draft;
}

/** Runs `rules` in order and gathers what they report: findings (worst first), deadlines (by date), figures. */
function runRules(rules: Rule[], draft: Draft, today: IsoDate, regime: RegimeId | null, params: unknown): Omit<Verdict, 'regime'> {
  const facts = new Facts();
  const findings: (Finding & { order: number })[] = [];
  const deadlines: Deadline[] = [];
  const computed: Record<string, unknown> = {};
  rules.forEach((rule, order) => {
    const ctx: RuleContext = {
      draft,
      today,
      regime,
      params,
      facts,
      report({ message, fields = [], severity = rule.severity }) {
        findings.push({ rule: rule.id, severity, message, fields, source: sourceLabel(rule.source), order });
      },
      compute(key, value) {
        computed[key] = value;
      },
      deadline(d) {
        deadlines.push({ id: d.id, date: d.date, label: d.label, status: d.status });
      },
    };
    rule.check(ctx);
  });

  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.order - b.order);
  deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return { findings: findings.map(({ order: _order, ...f }) => f), deadlines, computed };
}

export type CheckResult =
  | { ok: true; draft: Draft; verdict: Verdict }
  | { ok: false; issues: SchemaIssue[] };

/** Schema, then rules: the one entry point for anything that arrives from outside. */
export function checkDraft(input: unknown, options: CheckOptions = {}): CheckResult {
  const parsed = parseDraft(input);
  if (!parsed.ok) return parsed;
  return { ok: true, draft: parsed.draft, verdict: judge(parsed.draft, options) };
}

/** Every rule, common first, in catalogue order. */
export function allRules(): Rule[] {
  return [...commonRules, ...regimes.flatMap((r) => r.rules)];
}

export function hasErrors(verdict: Verdict): boolean {
  return verdict.findings.some((f) => f.severity === 'error');
}
