/**
 * Build step of the content script: the generator of the schema's acceptor
 * (`rules/accept.ts`, which writes plain JavaScript from the zod schema and
 * compiles it with `new Function`) is left out of it, and zod alone checks
 * the drafts there, as it does wherever code generation is refused. It is
 * 0.8 KB of the gzipped content script that every portal page loads, and
 * the keystroke benchmark measured the same with it and without it (p95
 * 10–13 ms either way, on a 200-worker domanda): what a keystroke costs is
 * reading the page and marking it, not the schema. The background, the
 * server and `cigd` keep the acceptor.
 */
import type { Plugin } from 'vite';

/** What stands for rules/accept.ts: no acceptor, so parseDraft goes to zod. */
export const NO_ACCEPTOR = 'export function compileAcceptor() { return undefined; }';

export function acceptorLeftOut(): Plugin {
  return {
    name: 'cigd-acceptor-left-out',
    enforce: 'pre',
    load(id) {
      return /[\\/]rules[\\/]accept\.ts$/.test(id) ? NO_ACCEPTOR : null;
    },
  };
}
