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
  const today = options.today ?? todayInItaly();
  const regime = selectRegime(draft);
  const facts = new Facts();
  const findings: (Finding & { order: number })[] = [];
  const deadlines: Deadline[] = [];
  const computed: Record<string, unknown> = {};

  const definition = regime ? regimeById(regime) : undefined;
  const params = definition ? paramsAt(definition.params, draft.period.start) : undefined;
  const rules: Rule[] = definition ? [...commonRules, ...definition.rules] : commonRules;

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
  return {
    regime,
    findings: findings.map(({ order: _order, ...f }) => f),
    deadlines,
    computed,
  };
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
