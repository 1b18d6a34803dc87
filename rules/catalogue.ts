/** The rule catalogue as data, for `cigd rules`, the overlay's "Perché?" and the server. */
import { allRules } from './engine.ts';
import { sourceLabel, type RuleSource } from './rule.ts';
import type { Severity } from './schema.ts';

export type CatalogueEntry = {
  id: string;
  severity: Severity;
  scope: string;
  title: string;
  reasoning: string;
  source: string;
  quote: string;
  sourceDetail: RuleSource;
};

export function catalogue(): CatalogueEntry[] {
  return allRules().map((r) => ({
    id: r.id,
    severity: r.severity,
    scope: r.scope,
    title: r.title,
    reasoning: r.reasoning,
    source: sourceLabel(r.source),
    quote: r.source.quote,
    sourceDetail: r.source,
  }));
}
