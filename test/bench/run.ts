/**
 * `npm run bench`: runs every test/bench/*.bench.ts module, merges their
 * numbers into bench-results.json at the repository root and prints a table
 * against each module's goals. A module that fails is reported and the others
 * still run. Benchmarks are never part of `npm test`.
 *
 * A module: `export default async function (): Promise<Record<string, number>>`
 * and optionally `export const goals = { 'name': { max: 12 } }` (or `min`).
 * `npm run bench -- rules` runs only the modules whose file name contains "rules".
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Goal = { min?: number; max?: number };
type BenchModule = { default: () => Promise<Record<string, number>>; goals?: Record<string, Goal> };

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const resultsFile = join(root, 'bench-results.json');

function meetsGoal(value: number, goal: Goal | undefined): boolean | undefined {
  if (!goal) return undefined;
  if (!Number.isFinite(value)) return false;
  if (goal.min !== undefined && value < goal.min) return false;
  if (goal.max !== undefined && value > goal.max) return false;
  return true;
}

function goalText(goal: Goal | undefined): string {
  if (!goal) return '';
  const parts = [];
  if (goal.min !== undefined) parts.push(`≥ ${goal.min}`);
  if (goal.max !== undefined) parts.push(`≤ ${goal.max}`);
  return parts.join(' and ');
}

function readPrevious(): Record<string, number> {
  try {
    const data = JSON.parse(readFileSync(resultsFile, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}

async function main(): Promise<number> {
  const filter = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const modules = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filter.length === 0 || filter.some((word) => f.includes(word)))
    .sort();
  const results: Record<string, number> = {};
  const goals: Record<string, Goal> = {};
  const failed: string[] = [];

  for (const file of modules) {
    const started = performance.now();
    process.stderr.write(`[bench] ${file} …\n`);
    try {
      const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
      Object.assign(goals, mod.goals ?? {});
      const numbers = await mod.default();
      for (const [name, value] of Object.entries(numbers)) {
        if (typeof value !== 'number') throw new Error(`${name} is not a number`);
        results[name] = value;
      }
      process.stderr.write(`[bench] ${file} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (err) {
      failed.push(file);
      process.stderr.write(`[bench] ${file} FAILED: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }

  // Merge: a partial run (a filter, a failed module) keeps the other numbers.
  const merged = { ...readPrevious(), ...results };
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(resultsFile, `${JSON.stringify(sorted, null, 2)}\n`);

  const rows = Object.entries(results).map(([name, value]) => {
    const ok = meetsGoal(value, goals[name]);
    return [name, String(Math.round(value * 1000) / 1000), goalText(goals[name]), ok === undefined ? '' : ok ? 'ok' : 'MISSED'];
  });
  const header = ['name', 'value', 'goal', 'ok?'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const file of failed) console.log(`${file}: failed (see above)`);
  console.log(`\nResults merged into ${resultsFile}`);
  const missed = rows.filter((r) => r[3] === 'MISSED').length;
  return failed.length || missed ? 1 : 0;
}

process.exitCode = await main();
