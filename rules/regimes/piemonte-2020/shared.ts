/**
 * Figures several piemonte-2020 rules share, memoised per check (the rules
 * run on every keystroke in the extension).
 */
import type { Draft } from '../../schema.ts';
import type { Facts } from '../../calc/facts.ts';
import { applicationDays, daysUsedBefore, latestEnd, type LatestEnd } from '../../calc/days.ts';
import { headcountOn, type Headcount } from '../../calc/headcount.ts';
import type { IsoDate } from '../../calc/dates.ts';
import type { Piemonte2020Params } from './params.ts';
import { countWord } from '../../calc/numbers.ts';

export type NineWeeks = {
  /** Days of this application (0 when the end precedes the start). */
  applicationDays: number;
  /** Days of the earlier applications that count toward the 9 weeks. */
  usedBefore: number;
  /** Earlier applications plus this one. */
  daysUsed: number;
  /** Days still available after this application, never below 0. */
  daysLeft: number;
  /**
   * The last end date passing both the 63-day total and the 5…35-day rule, or why none
   * does: no day left, or fewer left than the 5-day minimum of an application.
   */
  latestEnd: LatestEnd;
};

/**
 * Earlier applications count toward this one's 9 weeks when they belong to
 * the same unit: the unit is absent (an application of this employer whose
 * unit was not recorded) or equal to the draft's unit. One application is
 * made per unit (seed 001, "Quante domande presentare"), so another unit's
 * applications use that unit's 9 weeks. Applications that ended before the
 * 23/02/2020 cutoff belong to earlier schemes (e.g. 2016) and do not count.
 */
export function ownPreviousApplications(draft: Draft, cutoff: IsoDate): { start: IsoDate; end: IsoDate }[] {
  return employerPreviousApplications(draft, cutoff).filter((p) => p.unitId === undefined || p.unitId === draft.unit.id);
}

/**
 * The employer's earlier applications of this scheme, whatever their unit:
 * those ending on or after the 23/02/2020 cutoff. The Region's advice "che
 * ogni datore di lavoro presenti non più di due istanze" (seed 001,
 * "Caratteristiche del periodo") counts these, not one unit's.
 */
export function employerPreviousApplications(draft: Draft, cutoff: IsoDate): { unitId?: string; start: IsoDate; end: IsoDate }[] {
  return (draft.previousApplications ?? []).filter((p) => p.end >= cutoff);
}

export function nineWeeks(draft: Draft, facts: Facts, params: Piemonte2020Params): NineWeeks {
  return facts.memo('piemonte-2020/nineWeeks', () => {
    const previous = ownPreviousApplications(draft, params.cutoffDate);
    const days = applicationDays(draft.period);
    const usedBefore = daysUsedBefore(previous);
    const daysUsed = usedBefore + days;
    return {
      applicationDays: days,
      usedBefore,
      daysUsed,
      daysLeft: Math.max(0, params.totalDays - daysUsed),
      latestEnd: latestEnd(draft.period.start, usedBefore, params),
    };
  });
}

/** The whole staff at the period's start (`workforce`, defaulting to `workers`), in full-time equivalents. */
export function headcount(draft: Draft, facts: Facts): Headcount {
  return facts.memo('piemonte-2020/headcount', () => headcountOn(draft.workforce ?? draft.workers, draft.period.start));
}

export function isSmallEmployer(fte: number, params: Piemonte2020Params): boolean {
  return fte <= params.smallEmployerMaxFte;
}

/**
 * When fewer days are left than the shortest application (but some are): no
 * end date passes both the 63 days and the 5-day minimum, so no other
 * application is possible. The sentence the rules on the period say then,
 * instead of proposing an end date.
 */
export function tooFewDaysLeft(usedBefore: number, daysLeft: number, params: Piemonte2020Params): string {
  return (
    `Dopo le domande precedenti (${usedBefore} giorni) nelle 9 settimane ${daysLeft === 1 ? 'resta solo' : 'restano solo'} ` +
    `${countWord(daysLeft, 'giorno', 'giorni')}, meno del minimo di ${params.minApplicationDays} giorni di una domanda: ` +
    'non è possibile presentare un\'altra domanda per questa unità.'
  );
}
