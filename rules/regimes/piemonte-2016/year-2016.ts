/**
 * Figures several piemonte-2016 rules share: the application's kind, the
 * ordinary days a unit asked in 2016, whether a period runs from 2016 into
 * 2017, and the send date to judge.
 */
import type { Draft } from '../../schema.ts';
import type { Facts } from '../../calc/facts.ts';
import { applicationDays, daysUsedBefore, type Period } from '../../calc/days.ts';
import { maxDate, minDate, type IsoDate } from '../../calc/dates.ts';
import type { Piemonte2016Params } from './params.ts';

/** draft-format.md: `kind` defaults to "ordinaria". */
export function kindOf(kind: string | undefined): string {
  return kind ?? 'ordinaria';
}

/** The days of a period that fall between `from` and `to` (both counted). */
export function daysWithin(period: Period, from: IsoDate, to: IsoDate): number {
  const start = maxDate(period.start, from);
  const end = minDate(period.end, to);
  return end < start ? 0 : applicationDays({ start, end });
}

/** The year 2016 as a period, from the parameters. */
export function year2016(params: Piemonte2016Params): Period {
  return { start: params.yearStart, end: params.ordinaryLastDay };
}

/**
 * Days of 2016 asked by the earlier ordinary applications of the draft's unit
 * ("unità locali che hanno totalizzato almeno 88 giornate di richiesta"): an
 * earlier application without `unitId` is taken as the same unit, without
 * `kind` as ordinary; only its days inside 2016 count.
 */
export function ordinaryDays2016Before(draft: Draft, params: Piemonte2016Params, facts: Facts): number {
  return facts.memo('piemonte-2016/ordinaryDays2016Before', () => {
    const year = year2016(params);
    const clipped = (draft.previousApplications ?? [])
      .filter((p) => (p.unitId ?? draft.unit.id) === draft.unit.id && kindOf(p.kind) === 'ordinaria')
      .map((p) => ({ start: maxDate(p.start, year.start), end: minDate(p.end, year.end) }))
      .filter((p) => p.end >= p.start);
    return daysUsedBefore(clipped);
  });
}

/** "Domande con inizio nel 2016 e prosecuzione nel 2017". */
export function runsInto2017(period: Period, params: Piemonte2016Params): boolean {
  return period.start >= params.yearStart && period.start <= params.ordinaryLastDay && period.end > params.ordinaryLastDay;
}

/** The day the application was sent, or, unsent, today (it cannot be sent earlier). */
export function sendDate(draft: Draft, today: IsoDate): IsoDate {
  return draft.submittedOn ?? today;
}

