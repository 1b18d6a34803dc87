import type { Rule } from '../../rule.ts';

// TODO(rules helper): period-order, fiscal-code, iban, duplicate-worker, unknown-regime.
export const commonRules: Rule[] = [];
