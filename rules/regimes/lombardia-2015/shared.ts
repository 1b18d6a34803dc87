/**
 * What several lombardia-2015 rules share: the last end date the seed allows,
 * the agreement kinds as the portal's menu names them, and the date the
 * application's data are judged on.
 */
import type { Draft } from '../../schema.ts';
import { addDays, minDate, type IsoDate } from '../../calc/dates.ts';
import type { AgreementKind, Lombardia2015Params } from './params.ts';

/**
 * The last end date of a period starting on `start`: 90 days "e comunque non
 * oltre il 31 dicembre 2015". Null when the start itself is past that day.
 */
export function latestEnd(start: IsoDate, params: Lombardia2015Params): IsoDate | null {
  if (start > params.lastDay) return null;
  return minDate(addDays(start, params.maxDays - 1), params.lastDay);
}

/** The agreement kinds as the menu of Finanziamenti on line lists them (seed 003, letter d). */
export const AGREEMENT_KIND_LABELS: Partial<Record<AgreementKind, string>> = {
  'art3-c17-l92-2012': 'accordo sindacale ai sensi dell’art. 3 comma 17 della L.92/12',
  'artigianato-2015-10-16': 'accordo sindacale regionale artigianato del 16/10/15',
  standard: 'accordo sindacale standard',
};

export function agreementKindLabel(kind: AgreementKind): string {
  return AGREEMENT_KIND_LABELS[kind] ?? kind;
}

/** "Crisi aziendale", "  crisi  aziendale ", "«crisi aziendale»" are the same cause. */
export function normaliseCause(cause: string | undefined): string {
  return (cause ?? '')
    .replace(/["'“”«»‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The day the application's data are judged on: the day it was sent, or,
 * unsent, today (it cannot be sent earlier).
 */
export function evaluationDate(draft: Draft, today: IsoDate): IsoDate {
  return draft.submittedOn ?? today;
}
