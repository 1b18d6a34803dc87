/**
 * Which draft a page is. One per domanda: the page's address without the
 * query (the replica's `?scenario=` fills it once). GECO's Dettaglio Azienda
 * has one address for every company (`/dettaglio-azienda`, portals.md §2.2),
 * so there the company's codice fiscale, as the page shows it, is part of
 * the key: two companies never share a draft, nor the facts typed for one.
 */
import { normalizeFiscalCode } from '../../rules/calc/fiscal-code.ts';
import type { Adapter } from './adapters.ts';
import { bindFields } from './bind.ts';
import { siteOf, type PageKind } from './detect.ts';
import type { FieldMap } from './field-map.ts';

/** A company's code as a key: an 11-digit partita IVA or a 16-character codice fiscale, else '' (still loading, half typed). */
export function companyCode(text: unknown): string {
  const code = typeof text === 'string' ? normalizeFiscalCode(text) : '';
  return /^(\d{11}|[A-Z0-9]{16})$/.test(code) ? code : '';
}

/** Whether the page's draft is the company's on it (GECO), so another company shown means another draft. */
export const keyedByCompany = (kind: PageKind): boolean => kind === 'geco-azienda';

/** The field among a page's bindings that holds the company's code, if any. */
export function companyField<E extends Element>(bindings: readonly { path: string; element: E }[]): E | undefined {
  return bindings.find((b) => b.path === 'employer.fiscalCode')?.element;
}

/**
 * The company the page shows now, or '': read through the same bindings the
 * page's draft is read through (the team's taught field winning), so the key
 * and the draft name one company.
 */
export function companyOnPage(root: ParentNode, adapter: Adapter, fieldMap?: FieldMap | null): string {
  return companyCode(companyField(bindFields(root, adapter, fieldMap))?.value);
}

export function draftKey(kind: PageKind, url: URL, company: string): string {
  const page = `${siteOf(kind)}:${url.origin}${url.pathname}`;
  return keyedByCompany(kind) && company ? `${page}#cf=${company}` : page;
}
