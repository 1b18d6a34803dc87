/**
 * No file is lost when a worker thread takes files and never reports them
 * (it failed to load or crashed): the main thread checks them itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { piemonte2020Draft, withChanges } from '../testing.ts';
import { renderFile, type RenderedFile } from './render.ts';
import { run, type CliIo } from './run.ts';
import type { CheckPool } from './workers.ts';

describe('cigd check with a worker that never reports', () => {
  it('still reports every file, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cigd-run-'));
    try {
      const files = Array.from({ length: 40 }, (_, i) => {
        const f = join(dir, `d${i}.json`);
        const draft = i % 2 ? withChanges(piemonte2020Draft(), { period: { start: '2020-03-01', end: '2020-04-05' } }) : piemonte2020Draft();
        writeFileSync(f, JSON.stringify(draft));
        return f;
      });
      const options = { today: '2020-04-10', json: true, colour: false };
      // One worker reported files 16…39; the other took 0…15 and died.
      const pool: CheckPool = {
        files, ...options,
        collect: async () => new Map<number, RenderedFile>(
          files.slice(16).map((f, i) => [i + 16, renderFile(f, options)] as const)),
        cancel: async () => {},
      };
      let stdout = '';
      const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false, env: {} };
      const exit = await run(['check', ...files, '--json', '--today', '2020-04-10'], io, pool);
      expect(exit).toBe(1);
      const verdicts = JSON.parse(stdout);
      expect(verdicts).toHaveLength(40);
      verdicts.forEach((v: any, i: number) => {
        expect(v.findings.some((f: any) => f.rule === 'piemonte-2020/application-length')).toBe(i % 2 === 1);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
