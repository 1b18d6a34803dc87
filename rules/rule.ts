/**
 * What a rule is (ESLint / OpenFisca style): an id, a default severity, the
 * seed passage it comes from, and a pure `check` that reads the draft through
 * the context and reports findings, computed figures and deadlines.
 */
import type { Deadline, DeadlineStatus, Draft, RegimeId, Severity } from './schema.ts';
import type { IsoDate } from './calc/dates.ts';
import { daysBetween } from './calc/dates.ts';

/** Where a rule comes from: the seed file, its section, and the passage itself. */
export type RuleSource = {
  seed: string;       // e.g. "001_97bd8f50a7fc0b82.txt"
  section: string;    // the heading or notice inside the seed
  quote: string;      // the passage, verbatim, shown by the overlay's "Perché?"
};

export type RuleScope = 'common' | RegimeId;

export type ReportInput = {
  message: string;
  fields?: string[];
  severity?: Severity;   // defaults to the rule's severity
};

export type DeadlineInput = Omit<Deadline, 'status'> & { status: DeadlineStatus };

export interface RuleContext<P = unknown> {
  readonly draft: Draft;
  readonly today: IsoDate;
  readonly regime: RegimeId | null;
  /** The regime's parameters in force at the period's start. */
  readonly params: P;
  /** Shared, memoised figures (see calc/facts.ts). */
  readonly facts: import('./calc/facts.ts').Facts;
  report(finding: ReportInput): void;
  compute(key: string, value: unknown): void;
  deadline(deadline: DeadlineInput): void;
}

export interface Rule<P = any> {
  id: string;
  severity: Severity;
  scope: RuleScope;
  /** Short Italian description, as in the catalogue (`cigd rules`). */
  title: string;
  source: RuleSource;
  /** Why the rule exists, in Italian: the reasoning the overlay shows under "Perché?". */
  reasoning: string;
  check(ctx: RuleContext<P>): void;
  /**
   * The rule reads only codes (codici fiscali, IBANs) and names, nothing of
   * the period or the regime: it can run on a draft still being typed that the
   * schema does not accept yet (see engine.ts, judgeCodes).
   */
  codesOnly?: true;
}

export function defineRule<P>(rule: Rule<P>): Rule<P> {
  return rule;
}

/** "001_97bd8f50a7fc0b82.txt, Regole generali di gestione della CIGD" */
export function sourceLabel(source: RuleSource): string {
  return `${source.seed}, ${source.section}`;
}

/**
 * Status of a deadline on `today`: met/missed once the thing is done (by the
 * date or after it), otherwise missed after the date, due-soon within
 * `dueSoonDays` of it, future before.
 */
export function deadlineStatus(
  date: IsoDate,
  today: IsoDate,
  doneOn: IsoDate | undefined,
  dueSoonDays: number,
): DeadlineStatus {
  if (doneOn) return doneOn <= date ? 'met' : 'missed';
  if (today > date) return 'missed';
  return daysBetween(today, date) <= dueSoonDays ? 'due-soon' : 'future';
}
