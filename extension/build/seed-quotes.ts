/**
 * Build step of the content script: the seed passages each rule quotes
 * (`quote` of the regimes' `sources.ts`) and each rule's `reasoning` are left
 * out of it. They are most of the rules' text and are read only when the
 * operator opens «Perché?», so the overlay asks the background for them then
 * (`rule:why`), and every portal page loads that much less. The background, popup and options pages,
 * the server and `cigd` keep the whole catalogue.
 *
 * Each `sources.ts` is replaced by its own exports, evaluated here at build
 * time: every object with a `quote` gets an empty one; anything else
 * (sections, the short quotes a message repeats) is kept as it is.
 */
import type { Plugin } from 'vite';
import * as common from '../../rules/regimes/common/sources.ts';
import * as piemonte2020 from '../../rules/regimes/piemonte-2020/sources.ts';
import * as piemonte2016 from '../../rules/regimes/piemonte-2016/sources.ts';
import * as lombardia2015 from '../../rules/regimes/lombardia-2015/sources.ts';
import * as lombardia2012 from '../../rules/regimes/lombardia-2012/sources.ts';

export const SOURCES: Record<string, Record<string, unknown>> = {
  common, 'piemonte-2020': piemonte2020, 'piemonte-2016': piemonte2016, 'lombardia-2015': lombardia2015, 'lombardia-2012': lombardia2012,
};

/** The module that stands for one regime's sources.ts: the same exports, quotes emptied. */
export function sourcesWithoutQuotes(exports: Record<string, unknown>): string {
  return Object.entries(exports)
    .map(([name, value]) => {
      const kept = value !== null && typeof value === 'object' && typeof (value as { quote?: unknown }).quote === 'string'
        ? { ...value, quote: '' }
        : value;
      return `export const ${name} = ${JSON.stringify(kept)};`;
    })
    .join('\n');
}

/** A string literal, '…', "…" or a template without nesting, and literals joined with +: how the rules write `reasoning`. */
const LITERAL = "(?:'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)";
const REASONING = new RegExp(`(\\breasoning:\\s*)${LITERAL}(?:\\s*\\+\\s*${LITERAL})*`, 'g');

/** A rule module with every `reasoning: '…'` emptied (the rest of the code as it is). */
export function withoutReasoning(code: string): string {
  return code.replace(REASONING, "$1''");
}

export function seedQuotesLeftOut(): Plugin {
  return {
    name: 'cigd-seed-quotes-left-out',
    enforce: 'pre',
    transform(code, id) {
      // The rules' reasoning, shown by «Perché?» with the passage, comes from the background too.
      if (!/[\\/]rules[\\/]regimes[\\/][^\\/]+[\\/](?!sources\.ts$)[^\\/]+\.ts$/.test(id) || /\.test\.ts$/.test(id)) return null;
      return { code: withoutReasoning(code), map: null };
    },
    load(id) {
      const m = /[\\/]rules[\\/]regimes[\\/]([^\\/]+)[\\/]sources\.ts$/.exec(id);
      if (!m) return null;
      const exports = SOURCES[m[1]];
      if (!exports) this.error(`seed-quotes: ${m[1]}/sources.ts is not listed in extension/build/seed-quotes.ts`);
      return sourcesWithoutQuotes(exports);
    },
  };
}
