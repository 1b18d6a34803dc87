/**
 * `cigd`: checks CIGD draft files from the command line and prints the rule
 * catalogue (draft-format.md, "The command line").
 *
 *   npm run -s cigd -- check FILE... [--today YYYY-MM-DD] [--json]
 *   npm run -s cigd -- rules [--json]
 *
 * For a long `check` the worker threads start before anything else loads
 * (workers.ts); run.ts loads the rules on this thread only when it checks.
 */
import { parseArgs } from './args.ts';
import { todayInItaly } from '../calc/dates.ts';
import { useColour } from './style.ts';
import { startCheckPool } from './workers.ts';
import { run } from './run.ts';

// `cigd check … | head` closes stdout early: stop quietly, not with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const argv = process.argv.slice(2);
const parsed = parseArgs(argv);
const pool =
  parsed.ok && parsed.command.kind === 'check'
    ? startCheckPool({
        files: parsed.command.files,
        today: parsed.command.today ?? todayInItaly(),
        json: parsed.command.json,
        colour: useColour(process.stdout.isTTY, process.env),
      })
    : undefined;

try {
  process.exitCode = await run(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    env: process.env,
  }, pool);
} catch (err) {
  // Never a stack trace for the operator; CIGD_DEBUG=1 shows it.
  process.stderr.write(`cigd: errore interno: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.CIGD_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
  process.exitCode = 2;
}
