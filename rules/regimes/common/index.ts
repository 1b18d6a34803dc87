/** The rules every draft gets, whatever its regime (rules.md, "Common"). */
import type { Rule } from '../../rule.ts';
import periodOrder from './period-order.ts';
import fiscalCode from './fiscal-code.ts';
import iban from './iban.ts';
import duplicateWorker from './duplicate-worker.ts';
import unknownRegime from './unknown-regime.ts';

export const commonRules: Rule[] = [periodOrder, fiscalCode, iban, duplicateWorker, unknownRegime];
