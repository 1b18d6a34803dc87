#!/usr/bin/env tsx
// Developer tool, not used by the product or its tests (they must not read
// ../shared): checks that every passage a rule quotes (each regime's
// `sources.ts`) is verbatim in the seed it names, so the «Perché?» panel never
// shows words the regional notice does not say. Run after editing a quote or
// when the seeds change: `npm run check-quotes` (exit 1 naming each quote not
// found). " … " in a quote marks text left out between two passages; each
// passage is looked up on its own, in order. Line breaks and runs of spaces
// are one space, since the seeds are wrapped text, and the seeds' Markdown
// emphasis (`*…*`, `**…**`) is not part of the words quoted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleSource } from '../rules/rule.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = process.env.CIGD_SHARED_SEEDS ?? join(root, '..', 'shared', 'seeds');
const regimesDir = join(root, 'rules', 'regimes');

if (!existsSync(seedsDir)) {
  console.error(`check-quotes: ${seedsDir} not found (set CIGD_SHARED_SEEDS to the seeds folder).`);
  process.exit(2);
}

const oneSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
const seeds = new Map<string, string>();
const seedText = (name: string) => {
  if (!seeds.has(name)) seeds.set(name, existsSync(join(seedsDir, name)) ? oneSpace(readFileSync(join(seedsDir, name), 'utf8').replace(/\*+/g, '')) : '');
  return seeds.get(name)!;
};

const isSource = (value: unknown): value is RuleSource =>
  typeof value === 'object' && value !== null && 'seed' in value && 'quote' in value;

let checked = 0;
let missing = 0;
for (const regime of readdirSync(regimesDir).filter((dir) => existsSync(join(regimesDir, dir, 'sources.ts')))) {
  const sources: Record<string, unknown> = await import(`../rules/regimes/${regime}/sources.ts`);
  for (const [name, source] of Object.entries(sources)) {
    if (!isSource(source)) continue;
    checked++;
    const text = seedText(source.seed);
    if (!text) {
      console.log(`${regime}/${name}: seed ${source.seed} not found`);
      missing++;
      continue;
    }
    let from = 0;
    for (const passage of source.quote.split(' … ').map(oneSpace)) {
      const at = text.indexOf(passage, from);
      if (at < 0) {
        console.log(`${regime}/${name}: not in ${source.seed}: «${passage.slice(0, 80)}${passage.length > 80 ? '…' : ''}»`);
        missing++;
        break;
      }
      from = at + passage.length;
    }
  }
}
console.log(missing ? `${missing} of ${checked} quotes not found in their seeds.` : `All ${checked} quotes are verbatim in their seeds.`);
if (missing) process.exitCode = 1;
