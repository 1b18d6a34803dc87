/**
 * The regimes: per regime, its dated parameters, the drafts it judges and its
 * rules. Apart from the common rules (index.ts) so that a common rule can read
 * the regimes (common/unknown-regime names what they cover) without an import
 * cycle.
 */
import type { Rule } from '../rule.ts';
import type { RegimeId } from '../schema.ts';
import type { ParamTable } from '../params.ts';
import type { IsoDate } from '../calc/dates.ts';
import { piemonte2020 } from './piemonte-2020/index.ts';
import { piemonte2016 } from './piemonte-2016/index.ts';
import { lombardia2015 } from './lombardia-2015/index.ts';
import { lombardia2012 } from './lombardia-2012/index.ts';

/**
 * Which drafts a rule set judges when the draft names none (rules.md,
 * "Choosing the rule set"): a unit in `region` and a period starting from
 * `startFrom` to `startTo` (both included; open-ended without `startTo`).
 * Each regime exports its own from its params.ts, next to its limits.
 */
export type RegimeSelection = {
  /** Lower-case; matched inside the unit's region, trimmed and lower-cased. */
  region: string;
  startFrom: IsoDate;
  startTo?: IsoDate;
};

export type RegimeDefinition<P = any> = {
  id: RegimeId;
  /** Italian name, for reports. */
  title: string;
  params: ParamTable<P>;
  /** The drafts this rule set judges when they do not name a regime. */
  selection: RegimeSelection;
  rules: Rule<P>[];
};

/** In the order rules.md lists them; their selections do not overlap. */
export const regimes: RegimeDefinition[] = [piemonte2020, piemonte2016, lombardia2015, lombardia2012];

export function regimeById(id: RegimeId): RegimeDefinition | undefined {
  return regimes.find((r) => r.id === id);
}
