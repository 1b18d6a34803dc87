/**
 * Rules and CLI performance (run by test/bench/run.ts, never by `npm test`).
 *
 * - rules.check_over_parse.500: median time of checkDraft (schema and every
 *   rule) on a 500-worker Piemonte 2020 draft, over the median time of
 *   JSON.parse of its text, measured in the same run, interleaved.
 * - rules.growth.50_to_500: median check time at 500 workers over 50 workers.
 * - cli.throughput_over_parse: drafts per second of one `cigd check --json`
 *   call over 2,000 draft files, over drafts per second of a bare Node process
 *   that reads and JSON.parses the same files. Both are whole processes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDraft, hasErrors, verdictSchema } from '../../rules/index.ts';
import { piemonte2020Application } from './drafts.ts';

export const goals = {
  'rules.check_over_parse.500': { max: 3 },
  'rules.growth.50_to_500': { max: 12 },
  'cli.throughput_over_parse': { min: 0.33 },
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// After the submission month and the SR41 forms: every deadline is settled.
const TODAY = '2020-06-01';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeOnce(f: () => void): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

/** Median times of JSON.parse and of checkDraft for one draft text, interleaved so machine noise hits both alike. */
function measureCheck(text: string, rounds: number): { parse: number; check: number } {
  const parse: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < 15; i++) checkDraft(JSON.parse(text), { today: TODAY });
  for (let i = 0; i < rounds; i++) {
    parse.push(timeOnce(() => JSON.parse(text)));
    const input = JSON.parse(text);
    check.push(timeOnce(() => checkDraft(input, { today: TODAY })));
  }
  return { parse: median(parse), check: median(check) };
}

function assertRealistic(text: string): void {
  const result = checkDraft(JSON.parse(text), { today: TODAY });
  if (!result.ok) throw new Error(`generated draft is not valid: ${result.issues.map((i) => i.path).join(', ')}`);
  if (hasErrors(result.verdict)) {
    const rules = [...new Set(result.verdict.findings.filter((f) => f.severity === 'error').map((f) => f.rule))];
    process.stderr.write(`[bench] note: the generated draft has error findings (${rules.join(', ')})\n`);
  }
}

/** The command `npm run cigd` runs, without npm itself: [node, "scripts/cigd.mjs"]. */
function cigdCommand(): { command: string; args: string[] } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const [program, ...args] = String(pkg.scripts.cigd).split(/\s+/);
  const command = program === 'node' ? process.execPath : join(root, 'node_modules', '.bin', program);
  return { command, args };
}

const BARE_LOOP =
  "const fs=require('fs');let n=0;" +
  "for(const f of process.argv.slice(1)){JSON.parse(fs.readFileSync(f,'utf8'));n++}" +
  "process.stdout.write(String(n));";

/** Sizes of the 2,000 files: mostly small firms, some large (drafts as exported: indented JSON). */
const CORPUS_WORKERS = [3, 5, 8, 12, 20, 30, 50, 80];
/** Rounds of (bare loop, cigd) side by side; the medians are compared, so one slow second of a shared machine does not decide. */
const CLI_ROUNDS = 5;

function measureCli(): number {
  const dir = mkdtempSync(join(tmpdir(), 'cigd-bench-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const file = join(dir, `domanda-${i}.json`);
      writeFileSync(file, JSON.stringify(piemonte2020Application(CORPUS_WORKERS[i % CORPUS_WORKERS.length], i % 50), null, 2));
      files.push(file);
    }
    const { command, args } = cigdCommand();
    const bare: number[] = [];
    const cli: number[] = [];
    for (let round = 0; round < CLI_ROUNDS; round++) {
      let output = '';
      bare.push(timeOnce(() => {
        output = spawnSync(process.execPath, ['-e', BARE_LOOP, ...files], { encoding: 'utf8' }).stdout;
      }));
      if (output !== '2000') throw new Error(`the bare loop read ${output} files`);
      let run: ReturnType<typeof spawnSync> | undefined;
      cli.push(timeOnce(() => {
        run = spawnSync(command, [...args, 'check', '--json', '--today', TODAY, ...files], {
          cwd: root, encoding: 'utf8', maxBuffer: 1 << 30,
        });
      }));
      if (run!.status !== 0 && run!.status !== 1) throw new Error(`cigd check exited ${run!.status}: ${String(run!.stderr).slice(0, 500)}`);
      const verdicts = JSON.parse(String(run!.stdout));
      if (!Array.isArray(verdicts) || verdicts.length !== 2000 || !verdictSchema.safeParse(verdicts[0]).success) {
        throw new Error('cigd check --json did not print 2,000 verdicts');
      }
    }
    process.stderr.write(`[bench] 2,000 files: bare loop ${median(bare).toFixed(0)} ms, cigd check ${median(cli).toFixed(0)} ms\n`);
    // Drafts per second of cigd over drafts per second of the bare loop.
    return median(bare) / median(cli);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function (): Promise<Record<string, number>> {
  const text500 = JSON.stringify(piemonte2020Application(500));
  const text50 = JSON.stringify(piemonte2020Application(50));
  assertRealistic(text500);
  const at500 = measureCheck(text500, 80);
  const at50 = measureCheck(text50, 400);
  process.stderr.write(
    `[bench] 500 workers: parse ${at500.parse.toFixed(2)} ms, check ${at500.check.toFixed(2)} ms; ` +
      `50 workers: check ${at50.check.toFixed(3)} ms\n`,
  );
  return {
    'rules.check_over_parse.500': at500.check / at500.parse,
    'rules.growth.50_to_500': at500.check / at50.check,
    'cli.throughput_over_parse': measureCli(),
  };
}
