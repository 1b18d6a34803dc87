/** The registry: common rules and, per regime, its dated parameters and its rules. */
import type { Rule } from '../rule.ts';
import type { RegimeId } from '../schema.ts';
import type { ParamTable } from '../params.ts';
import { commonRules } from './common/index.ts';
import { piemonte2020 } from './piemonte-2020/index.ts';
import { piemonte2016 } from './piemonte-2016/index.ts';
import { lombardia2015 } from './lombardia-2015/index.ts';
import { lombardia2012 } from './lombardia-2012/index.ts';

export type RegimeDefinition<P = any> = {
  id: RegimeId;
  /** Italian name, for reports. */
  title: string;
  params: ParamTable<P>;
  rules: Rule<P>[];
};

export { commonRules };
export const regimes: RegimeDefinition[] = [piemonte2020, piemonte2016, lombardia2015, lombardia2012];

export function regimeById(id: RegimeId): RegimeDefinition | undefined {
  return regimes.find((r) => r.id === id);
}
