/**
 * The `cigd` commands, with their output streams passed in so they can be
 * run (and tested) without a process of their own. This module is light on
 * purpose: the rules load only on the thread that checks (see workers.ts).
 */
import { createRequire } from 'node:module';
import { todayInItaly } from '../calc/dates.ts';
import { parseArgs, USAGE } from './args.ts';
import { ProgressBar, PROGRESS_MIN_FILES } from './progress.ts';
import { ansiStyle, plainStyle, useColour } from './style.ts';
import type { CheckPool } from './workers.ts';
import type { RenderedFile, RenderOptions } from './render.ts';

export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
};

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

/**
 * Loads a module that pulls in the rules. Under tsx, through its CommonJS
 * hooks, which run on this thread: with zod and every rule module that starts
 * about a quarter faster than tsx's ESM hooks, which answer each import from
 * another thread. Anywhere else (vitest, a module needing ESM) the plain
 * import.
 */
async function loadHeavy<T>(specifier: string, importIt: () => Promise<T>): Promise<T> {
  if (!UNDER_TSX) return importIt();
  try {
    return createRequire(import.meta.url)(specifier) as T;
  } catch {
    return importIt();
  }
}

/** `tsx …` and `node --import tsx …` both put tsx's loader in execArgv. */
const UNDER_TSX = process.execArgv.some((arg) => /(^|[\\/])tsx([\\/]|$)/.test(arg));

/**
 * Runs one `cigd` invocation and returns its exit status. `pool`: worker
 * threads already started for this same `check` (main.ts starts them early).
 */
export async function run(argv: string[], io: CliIo, pool?: CheckPool): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`cigd: ${parsed.message}\n\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const { command } = parsed;
  const colour = useColour(io.stdoutIsTTY, io.env);

  if (command.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }

  if (command.kind === 'rules') {
    const { catalogue } = await loadHeavy('../catalogue.ts', () => import('../catalogue.ts'));
    const { formatCatalogue } = await loadHeavy('./report.ts', () => import('./report.ts'));
    const entries = catalogue();
    io.stdout(command.json ? `${JSON.stringify(entries, null, 2)}\n` : formatCatalogue(entries, colour ? ansiStyle : plainStyle));
    return EXIT_OK;
  }

  const { files, json } = command;
  const options: RenderOptions = { today: pool?.today ?? command.today ?? todayInItaly(), json, colour };
  const progress =
    io.stderrIsTTY && files.length >= PROGRESS_MIN_FILES ? new ProgressBar(files.length, io.stderr) : undefined;
  const results = await checkAll(files, options, pool, (done) => progress?.update(done));
  progress?.clear();

  let exit = EXIT_OK;
  const counts = { compliant: 0, withErrors: 0, bad: 0 };
  const jsonParts: string[] = [];
  for (const result of results) {
    if (result.status === 0) counts.compliant++;
    else if (result.status === 1) counts.withErrors++;
    else counts.bad++;
    exit = Math.max(exit, result.status);
    if (result.message) io.stderr(result.message);
    if (result.report) io.stdout(result.report);
    if (result.json) jsonParts.push(result.json);
  }
  if (json) {
    io.stdout(`[${jsonParts.join(',\n')}]\n`);
  } else if (files.length > 1) {
    io.stdout(formatSummary(counts));
  }
  return exit;
}

/** Every file rendered, in the order given: by the pool's workers when there is one, else here. */
async function checkAll(
  files: readonly string[],
  options: RenderOptions,
  pool: CheckPool | undefined,
  onProgress: (done: number) => void,
): Promise<RenderedFile[]> {
  const results: (RenderedFile | undefined)[] = new Array(files.length);
  let done = 0;
  const samePool =
    pool && pool.json === options.json && pool.colour === options.colour &&
    pool.files.length === files.length && pool.files.every((f, i) => f === files[i]);
  if (pool && samePool) {
    const fromWorkers = await pool.collect(() => onProgress(++done));
    for (const [index, rendered] of fromWorkers) results[index] = rendered;
  } else {
    await pool?.cancel();
  }
  const missing = results.findIndex((r) => !r);
  if (missing === -1 && files.length > 0) return results as RenderedFile[];
  // No pool, or files a worker took and never reported (it failed to start or crashed): check them here.
  const { renderFile } = await loadHeavy('./render.ts', () => import('./render.ts'));
  for (let i = 0; i < files.length; i++) {
    if (results[i]) continue;
    results[i] = renderFile(files[i], options);
    onProgress(++done);
  }
  return results as RenderedFile[];
}

/** The final line when several files were checked. */
export function formatSummary(counts: { compliant: number; withErrors: number; bad: number }): string {
  const total = counts.compliant + counts.withErrors + counts.bad;
  const parts = [
    `${counts.compliant} conform${counts.compliant === 1 ? 'e' : 'i'}`,
    `${counts.withErrors} con errori`,
  ];
  if (counts.bad) parts.push(`${counts.bad} non valid${counts.bad === 1 ? 'o' : 'i'} o non leggibil${counts.bad === 1 ? 'e' : 'i'}`);
  return `${total} file controllat${total === 1 ? 'o' : 'i'}: ${parts.join(', ')}.\n`;
}
