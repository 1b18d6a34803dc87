/**
 * Checking many files on every core. For a long `cigd check`, worker threads
 * start as soon as the command line is read and do all the checking: each
 * loads the rules once, takes the next batch of files from a shared counter
 * and posts back what to print. The main thread never loads the rules then; it
 * only gathers, in order. Whatever a worker took but never reported (it
 * failed to start or crashed) the main thread checks itself, so no file is
 * ever lost. Only node built-ins here: this module loads before anything else.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderedFile } from './render.ts';

/** Below this many files one thread is quicker: each worker needs a few tenths of a second to load the rules. */
export const PARALLEL_MIN_FILES = 400;
/** Files taken from the counter at a time. */
export const BATCH = 16;
/** Workers at most, whatever the cores. */
export const MAX_WORKERS = 4;

export type WorkerMessage = { index: number; rendered: RenderedFile }[];

export type CheckPool = {
  files: readonly string[];
  today: string;
  json: boolean;
  colour: boolean;
  /** Waits for the workers; returns what they rendered, by file index. */
  collect(onFile: () => void): Promise<Map<number, RenderedFile>>;
  /** Stops the workers (the command turned out not to be theirs). */
  cancel(): Promise<void>;
};

export type PoolRequest = { files: readonly string[]; today: string; json: boolean; colour: boolean };

/**
 * How many workers: one per core (at most MAX_WORKERS), none below
 * PARALLEL_MIN_FILES files or on a single core. CIGD_WORKERS=N overrides it
 * (0: check everything on the main thread).
 */
export function workerCount(files: number, override: string | undefined): number {
  if (override !== undefined && /^\d+$/.test(override)) return Math.min(Number(override), MAX_WORKERS, files);
  if (files < PARALLEL_MIN_FILES) return 0;
  const cores = Math.min(availableParallelism(), MAX_WORKERS);
  return cores >= 2 ? cores : 0;
}

/**
 * What a worker runs. From the bundle scripts/cigd.mjs builds (this module is
 * then `cigd.mjs`), the worker's own bundle beside it; from the TypeScript
 * sources, check-worker.ts through tsx's in-thread CommonJS hooks (quicker to
 * start than its ESM hooks). Undefined when neither can load.
 */
function workerCode(): { source: string | URL; eval: boolean } | undefined {
  if (import.meta.url.endsWith('.mjs')) return { source: new URL('./check-worker.mjs', import.meta.url), eval: false };
  try {
    const tsxApi = createRequire(import.meta.url).resolve('tsx/cjs/api');
    const entry = fileURLToPath(new URL('./check-worker.ts', import.meta.url));
    return { source: `require(${JSON.stringify(tsxApi)}).register(); require(${JSON.stringify(entry)});`, eval: true };
  } catch {
    return undefined; // no tsx to load the rules with: check everything on this thread
  }
}

/** Starts the workers for a `cigd check`, or returns undefined when one thread is best. */
export function startCheckPool(request: PoolRequest): CheckPool | undefined {
  const count = workerCount(request.files.length, process.env.CIGD_WORKERS);
  if (count === 0) return undefined;
  const code = workerCode();
  if (code === undefined) return undefined;
  const shared = new SharedArrayBuffer(4);
  const results = new Map<number, RenderedFile>();
  let onFile: () => void = () => {};

  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(code.source, {
      eval: code.eval,
      workerData: { ...request, shared, batch: BATCH },
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
      stdout: true, // a worker has nothing to print: stdout is the main thread's alone
    });
    const finished = new Promise<void>((resolve) => {
      worker.on('message', (message: WorkerMessage | 'done') => {
        if (message === 'done') return resolve();
        for (const { index, rendered } of message) {
          results.set(index, rendered);
          onFile();
        }
      });
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    });
    return { worker, finished };
  });

  return {
    ...request,
    async collect(callback) {
      onFile = callback;
      for (let i = 0; i < results.size; i++) callback(); // arrived before collect was called
      await Promise.all(workers.map(async ({ worker, finished }) => {
        await finished;
        await worker.terminate();
      }));
      return results;
    },
    async cancel() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
