/**
 * A rule that crashes on one file must not cost the operator the other
 * files' results, nor show a stack trace.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { piemonte2020Draft } from '../testing.ts';

vi.mock('../engine.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../engine.ts')>();
  return {
    ...original,
    checkDraft: (input: any, options: any) => {
      if (input?.employer?.name === 'Crash S.r.l.') throw new Error('boom in a rule');
      return original.checkDraft(input, options);
    },
  };
});

const { run } = await import('./run.ts');

describe('a rule that throws', () => {
  it('is reported for that file only, as an internal error with exit 2, and the other file is judged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cigd-crash-'));
    try {
      const crash = join(dir, 'crash.json');
      const fine = join(dir, 'fine.json');
      const draft = piemonte2020Draft();
      writeFileSync(crash, JSON.stringify({ ...draft, employer: { ...draft.employer, name: 'Crash S.r.l.' } }));
      writeFileSync(fine, JSON.stringify(draft));
      let stdout = '';
      let stderr = '';
      const exit = await run(['check', crash, fine, '--json', '--today', '2020-04-10'], {
        stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stdoutIsTTY: false, stderrIsTTY: false, env: {},
      });
      expect(exit).toBe(2);
      expect(stderr).toContain('crash.json: errore interno durante il controllo (boom in a rule)');
      expect(stderr).not.toMatch(/\n\s+at /);
      const [first, second] = JSON.parse(stdout);
      expect(first.findings[0].rule).toBe('cigd/internal-error');
      expect(second.regime).toBe('piemonte-2020');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
