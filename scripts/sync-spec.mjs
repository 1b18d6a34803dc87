#!/usr/bin/env node
// Developer tool, not used by the product or its tests: copies the shared
// spec (../shared/spec/rules.md and draft-format.md, next to the checkout)
// into rules/spec/, the project's own copy that the meta test reads, and says
// which files changed. `--check` only reports (exit 1 when a copy is stale).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = process.env.CIGD_SHARED_SPEC ?? join(root, '..', 'shared', 'spec');
const targetDir = join(root, 'rules', 'spec');
const FILES = ['rules.md', 'draft-format.md'];
const checkOnly = process.argv.includes('--check');

if (!existsSync(sharedDir)) {
  console.error(`sync-spec: ${sharedDir} not found (set CIGD_SHARED_SPEC to the shared spec folder).`);
  process.exit(2);
}
mkdirSync(targetDir, { recursive: true });

let changed = 0;
for (const name of FILES) {
  const from = join(sharedDir, name);
  const to = join(targetDir, name);
  if (!existsSync(from)) {
    console.error(`sync-spec: ${from} is missing`);
    process.exitCode = 2;
    continue;
  }
  const next = readFileSync(from, 'utf8');
  const current = existsSync(to) ? readFileSync(to, 'utf8') : null;
  if (current === next) {
    console.log(`unchanged  ${relative(root, to)}`);
    continue;
  }
  changed++;
  if (checkOnly) {
    console.log(`stale      ${relative(root, to)}`);
  } else {
    writeFileSync(to, next);
    console.log(`${current === null ? 'created' : 'updated'}    ${relative(root, to)}`);
  }
}
console.log(changed ? `${changed} file(s) ${checkOnly ? 'differ' : 'copied'}.` : 'The spec copy is up to date.');
if (checkOnly && changed && !process.exitCode) process.exitCode = 1;
