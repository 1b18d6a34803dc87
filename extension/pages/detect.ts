/**
 * Which regional page is this? Pure predicates on the URL (refined-github
 * style), so they are tested without a browser. The replica served by the
 * team server under /replica/ uses the same paths as the real portals.
 */
export type PageKind =
  | 'aminder-domanda'
  | 'aminder-consuntivo'
  | 'geco-azienda'
  | 'finanziamenti-domanda'
  | 'finanziamenti-dossier';

/** The sites a page belongs to: field maps are kept, and shared with the team, per site. */
export const SITES = ['aminder', 'geco', 'finanziamenti'] as const;
export type Site = (typeof SITES)[number];

export function siteOf(kind: PageKind): Site {
  return kind.startsWith('aminder') ? 'aminder' : kind.startsWith('geco') ? 'geco' : 'finanziamenti';
}

const lower = (url: URL) => url.pathname.toLowerCase();

export function isAminderDomanda(url: URL): boolean {
  const p = lower(url);
  return p.includes('/aminder/') && /\/(domanda|rettifica)(\/|$)/.test(p);
}

export function isAminderConsuntivo(url: URL): boolean {
  const p = lower(url);
  return p.includes('/aminder/') && /\/consuntiv/.test(p);
}

/** GECO (COMONL) is an Angular app under /comonlweb/: Dettaglio Azienda and its Dettaglio Sede. */
export function isGecoAzienda(url: URL): boolean {
  const p = lower(url);
  return p.includes('/comonlweb') && /(dettaglio-azienda|anagrafica-azienda|anagrafica-dati-azienda|dettaglio-sede)/.test(p + url.hash);
}

export function isFinanziamentiDossier(url: URL): boolean {
  const p = lower(url);
  return (p.includes('/finanziamenti/') || url.hostname.startsWith('gefo.')) && /dossier|rendicont|sospension/.test(p);
}

export function isFinanziamentiDomanda(url: URL): boolean {
  const p = lower(url);
  return (p.includes('/finanziamenti/') || url.hostname.startsWith('gefo.')) && /domanda/.test(p) && !isFinanziamentiDossier(url);
}

export function detectPage(url: URL): PageKind | null {
  if (isAminderConsuntivo(url)) return 'aminder-consuntivo';
  if (isAminderDomanda(url)) return 'aminder-domanda';
  if (isGecoAzienda(url)) return 'geco-azienda';
  if (isFinanziamentiDossier(url)) return 'finanziamenti-dossier';
  if (isFinanziamentiDomanda(url)) return 'finanziamenti-domanda';
  return null;
}
