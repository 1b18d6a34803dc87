/**
 * Dated parameters (OpenFisca style): each regime keeps its limits in one
 * table of versions, each in force from a date, each citing its source. A
 * check reads the values in force at the period's start, never a literal.
 */
import type { IsoDate } from './calc/dates.ts';

export type ParamVersion<V> = {
  from: IsoDate;
  /** Seed file and section these values come from. */
  source: string;
  values: V;
};

export type ParamTable<V> = { name: string; versions: ParamVersion<V>[] };

export function defineParams<V>(name: string, versions: ParamVersion<V>[]): ParamTable<V> {
  const sorted = [...versions].sort((a, b) => (a.from < b.from ? -1 : 1));
  return { name, versions: sorted };
}

/** The values in force on `date` (the earliest version when the date precedes them all). */
export function paramsAt<V>(table: ParamTable<V>, date: IsoDate): V {
  let current = table.versions[0];
  for (const v of table.versions) if (v.from <= date) current = v;
  return current.values;
}
