/**
 * Which draft a page is. One per domanda: the page's address without the
 * query (the replica's `?scenario=` fills it once). GECO's Dettaglio Azienda
 * has one address for every company (`/dettaglio-azienda`, portals.md §2.2),
 * so there the company's codice fiscale, as the page shows it, is part of
 * the key: two companies never share a draft, nor the facts typed for one.
 */
import type { Adapter } from './adapters.ts';
import { bindFields } from './bind.ts';
import { siteOf, type PageKind } from './detect.ts';

/** A company's code as a key: an 11-digit partita IVA or a 16-character codice fiscale, else '' (still loading, half typed). */
export function companyCode(text: unknown): string {
  const code = typeof text === 'string' ? text.trim().toUpperCase() : '';
  return /^(\d{11}|[A-Z0-9]{16})$/.test(code) ? code : '';
}

/** Whether the page's draft is the company's on it (GECO), so another company shown means another draft. */
export const keyedByCompany = (kind: PageKind): boolean => kind === 'geco-azienda';

/** The company the page shows now, by the adapter's own field (a taught map is not needed for the key), or ''. */
export function companyOnPage(root: ParentNode, adapter: Adapter): string {
  const binding = bindFields(root, adapter).find((b) => b.path === 'employer.fiscalCode');
  return companyCode(binding?.element.value);
}

export function draftKey(kind: PageKind, url: URL, company: string): string {
  const page = `${siteOf(kind)}:${url.origin}${url.pathname}`;
  return keyedByCompany(kind) && company ? `${page}#cf=${company}` : page;
}
