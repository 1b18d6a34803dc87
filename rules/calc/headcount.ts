/**
 * The "up to 5 employees" headcount (seed 001, "Aziende da 1 a 5 dipendenti";
 * the counting rules of seed 002): the whole staff in forza on the period's
 * first day, in full-time equivalents.
 */
import type { IsoDate } from './dates.ts';

export type StaffMember = {
  hiredOn: IsoDate;
  leftOn?: IsoDate;
  contract: string;
  fte?: number;
  onLeaveReplaced?: boolean;
};

export type Headcount = {
  /** Full-time equivalents, rounded to 4 decimals so that 0.1 + 0.2 style sums compare exactly with 5. */
  fte: number;
  /** People counted (one each, whatever their hours): "6 o più addetti" in the seed. */
  people: number;
};

/** Contracts that are not counted: agency workers on mission, parasubordinate collaborators. */
const NOT_COUNTED = new Set(['agency', 'parasubordinate']);

/** Decimals kept: enough for any fte typed, few enough to absorb binary floating-point noise. */
const FTE_DECIMALS = 4;

export function roundFte(value: number): number {
  const scale = 10 ** FTE_DECIMALS;
  return Math.round(value * scale) / scale;
}

/** In forza on `date`: hired on or before it and not left before it. */
export function inForzaOn(member: StaffMember, date: IsoDate): boolean {
  return member.hiredOn <= date && (member.leftOn === undefined || member.leftOn >= date);
}

/**
 * Counted: in forza on `date`, not an agency worker or parasubordinate, not
 * absent and replaced (only the substitute counts). Part-time and
 * intermittent workers count by their `fte`; anyone without `fte` counts 1.
 */
export function headcountOn(staff: readonly StaffMember[], date: IsoDate): Headcount {
  let sum = 0;
  let people = 0;
  for (const m of staff) {
    if (NOT_COUNTED.has(m.contract) || m.onLeaveReplaced || !inForzaOn(m, date)) continue;
    sum += m.fte ?? 1;
    people += 1;
  }
  return { fte: roundFte(sum), people };
}
