import type { RegimeDefinition } from '../registry.ts';
import { lombardia2012Params, lombardia2012Selection, type Lombardia2012Params } from './params.ts';
import submitWithin20Days from './submit-within-20-days.ts';
import suspensionOneMonth from './suspension-one-month.ts';
import suspensionInAdvance from './suspension-in-advance.ts';
import suspensionWeekly from './suspension-weekly.ts';
import reportBy15th from './report-by-15th.ts';
import reportMatchesSuspensions from './report-matches-suspensions.ts';

/** Lombardia CIGD 2012 (seed 004), in the order of rules.md. */
export const lombardia2012: RegimeDefinition<Lombardia2012Params> = {
  id: 'lombardia-2012',
  title: 'Lombardia – CIGD 2012 (calendario sospensioni e rendicontazione)',
  params: lombardia2012Params,
  selection: lombardia2012Selection,
  rules: [submitWithin20Days, suspensionOneMonth, suspensionInAdvance, suspensionWeekly, reportBy15th, reportMatchesSuspensions],
};
