/**
 * The rules package: the draft schema, the engine and the catalogue. Pure
 * TypeScript with no DOM and no I/O: the extension, the server and the CLI run
 * this same code.
 */
export * from './schema.ts';
export { checkDraft, judge, judgeCodes, selectRegime, allRules, hasErrors, type CheckOptions, type CheckResult } from './engine.ts';
export { sourceLabel, type Rule, type RuleSource } from './rule.ts';
export {
  formatDateIt, parseDateIt, formatMonthIt, todayInItaly, isIsoDate, daysInclusive, addDays, type IsoDate,
} from './calc/dates.ts';
export { catalogue, type CatalogueEntry } from './catalogue.ts';
export { pseudonymizeDraft } from './calc/pseudonymize.ts';
export { DEADLINE_STATUS_IT, SEVERITY_HEADING_IT } from './labels.ts';
