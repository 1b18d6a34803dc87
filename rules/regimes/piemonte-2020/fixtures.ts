/**
 * Helpers for the piemonte-2020 tables of cases: the compliant base draft of
 * rules/testing.ts changed per case, judged on a fixed day. Used only by tests.
 */
import type { Draft, Verdict } from '../../schema.ts';
import { judge } from '../../engine.ts';
import { findingsOf, piemonte2020Draft, withChanges } from '../../testing.ts';

/** The day the base draft is compliant on (unsent, period 09/03–05/04/2020). */
export const TODAY = '2020-04-10';

export function draftWith(changes: Record<string, unknown> = {}): Draft {
  return withChanges(piemonte2020Draft(), changes);
}

export function judgeWith(changes: Record<string, unknown> = {}, today = TODAY): Verdict {
  return judge(draftWith(changes), { today });
}

/** The findings of one rule for the base draft changed by `changes`. */
export function findings(rule: string, changes: Record<string, unknown> = {}, today = TODAY) {
  return findingsOf(judgeWith(changes, today), rule);
}

/** A full-time worker, in forza since 2015, with the i-th valid fiscal code. */
export function worker(fiscalCode: string, extra: Record<string, unknown> = {}) {
  return { fiscalCode, name: `Lavoratore ${fiscalCode.slice(0, 6)}`, hiredOn: '2015-01-01', contract: 'full-time' as const, ...extra };
}
