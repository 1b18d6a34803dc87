/**
 * The hosts the extension runs on: the regional portals only. The team
 * server's origin is added at run time, when the operator configures it
 * (optional permission), and loopback only in test builds.
 */
export const PORTAL_MATCHES = [
  'https://*.sistemapiemonte.it/*',      // AMINDER (Sistema Piemonte services)
  'https://*.regione.piemonte.it/*',     // GECO (/comonlweb/) and Piemonte services
  'https://gefo.servizirl.it/*',         // Lombardia, Finanziamenti on line (GEFO)
];

/** Loopback pages (the replica in end-to-end tests): only when built with CIGD_DEV_ORIGINS=1. */
export const DEV_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * The match pattern of the team server's origin, for the host permission and the content script:
 * scheme and host only. Firefox refuses a port in a match pattern; without one, both match every port.
 */
export function originPattern(origin: string, path = '/*'): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}${path}`;
}
