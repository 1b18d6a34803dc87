/**
 * The real `cigd` command, spawned on temporary files: exit codes, the
 * --json contract, messages for bad input, --today and the catalogue.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, verdictSchema, type Draft } from '../index.ts';
import { piemonte2020Draft, withChanges } from '../testing.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let dir: string;

function cigd(...args: string[]) {
  return cigdWith({}, ...args);
}

function cigdWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'rules/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const compliant = (): Draft => piemonte2020Draft();
// 01/03/2020–05/04/2020 is 36 days: piemonte-2020/application-length blocks it.
const tooLong = (): Draft => withChanges(piemonte2020Draft(), { period: { start: '2020-03-01', end: '2020-04-05' } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cigd-cli-test-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cigd check: exit status', () => {
  it('0 and a "CONFORME" report for a compliant draft', () => {
    const r = cigd('check', file('ok.json', compliant()), '--today', '2020-04-10');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ok.json');
    expect(r.stdout).toContain('Regime: piemonte-2020');
    expect(r.stdout).toMatch(/Esito: CONFORME/);
  });

  it('1 when a draft has an error finding, with the message, field and source', () => {
    const r = cigd('check', file('long.json', tooLong()), '--today', '2020-04-10');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Esito: NON CONFORME/);
    expect(r.stdout).toContain('Errori');
    expect(r.stdout).toContain('La data fine può essere al massimo il 04/04/2020');
    expect(r.stdout).toContain('campi: period.end');
    expect(r.stdout).toContain('fonte: 001_97bd8f50a7fc0b82.txt');
  });

  it('2 for an invalid draft, naming the file and every offending path, while the valid file is still reported', () => {
    const broken = withChanges(compliant(), { period: { start: '2021-02-29' } }) as any;
    delete broken.unit.comune;
    broken.workers[1].fte = 'metà';
    const bad = file('rotta.json', broken);
    const good = file('buona.json', tooLong());
    const r = cigd('check', bad, good, '--today', '2020-04-10');
    expect(r.status).toBe(2); // 2 wins over the other file's 1
    expect(r.stderr).toContain('rotta.json');
    expect(r.stderr).toContain('period.start');
    expect(r.stderr).toContain('unit.comune');
    expect(r.stderr).toContain('workers[1].fte');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toContain('buona.json');
    expect(r.stdout).toContain('La data fine può essere al massimo il 04/04/2020');
  });

  it('2 for a file that is not JSON or does not exist, with the file named and no stack trace', () => {
    const notJson = file('testo.json', '{\n  "format": "cigd-draft/1",\n}\n');
    const missing = join(dir, 'manca.json');
    const r = cigd('check', notJson, missing, '--today', '2020-04-10');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/testo\.json: il file non contiene JSON valido \(riga 3/);
    expect(r.stderr).toMatch(/manca\.json: file non trovato/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('cigd check --json', () => {
  it('prints one Verdict per file, in order, and nothing else on stdout', () => {
    const files = [file('a.json', compliant()), file('b.json', tooLong())];
    const r = cigd('check', ...files, '--json', '--today', '2020-04-10');
    expect(r.status).toBe(1);
    const verdicts = JSON.parse(r.stdout);
    expect(verdicts).toHaveLength(2);
    for (const v of verdicts) expect(verdictSchema.safeParse(v).success).toBe(true);
    expect(verdicts[0].findings.filter((f: any) => f.severity === 'error')).toEqual([]);
    expect(verdicts[1].findings.map((f: any) => f.rule)).toContain('piemonte-2020/application-length');
  });

  it('keeps a Verdict-shaped element for an invalid file, its findings naming the paths, and says it on stderr', () => {
    const broken = compliant() as any;
    broken.workers[0].hiredOn = '2020-13-01';
    const r = cigd('check', file('x.json', broken), file('y.json', compliant()), '--json', '--today', '2020-04-10');
    expect(r.status).toBe(2);
    const verdicts = JSON.parse(r.stdout);
    expect(verdicts).toHaveLength(2);
    expect(verdictSchema.safeParse(verdicts[0]).success).toBe(true);
    expect(verdicts[0].regime).toBeNull();
    expect(verdicts[0].findings[0]).toMatchObject({ rule: 'input/invalid-draft', severity: 'error', fields: ['workers[0].hiredOn'] });
    expect(verdicts[1].regime).toBe('piemonte-2020');
    expect(r.stderr).toContain('x.json');
    expect(r.stderr).toContain('workers[0].hiredOn');
  });
});

describe('cigd check over many files (worker threads share the work)', () => {
  it('reports every file once, in the order given, whichever thread checked it, as one thread would', () => {
    const many = Array.from({ length: 90 }, (_, i) =>
      file(`molti-${i}.json`, i === 40 ? { format: 'cigd-draft/1' } : i % 3 === 0 ? tooLong() : compliant()));
    const r = cigdWith({ CIGD_WORKERS: '2' }, 'check', ...many, '--json', '--today', '2020-04-10');
    expect(r.status).toBe(2);
    const verdicts = JSON.parse(r.stdout);
    expect(verdicts).toHaveLength(90);
    verdicts.forEach((v: any, i: number) => {
      const rules = v.findings.map((f: any) => f.rule);
      if (i === 40) expect(rules).toContain('input/invalid-draft');
      else expect(rules.includes('piemonte-2020/application-length')).toBe(i % 3 === 0);
    });
    expect(r.stderr).toContain('molti-40.json');
    expect(r.stderr).not.toContain('molti-41.json');
    const oneThread = cigdWith({ CIGD_WORKERS: '0' }, 'check', ...many, '--json', '--today', '2020-04-10');
    expect(oneThread.stdout).toBe(r.stdout);
    const textByWorkers = cigdWith({ CIGD_WORKERS: '2' }, 'check', ...many.slice(0, 20), '--today', '2020-04-10');
    const textByOne = cigdWith({ CIGD_WORKERS: '0' }, 'check', ...many.slice(0, 20), '--today', '2020-04-10');
    expect(textByWorkers.stdout).toBe(textByOne.stdout);
    expect(textByWorkers.stdout).toContain('20 file controllati: 13 conformi, 7 con errori.');
  });
});

const hasSubmissionDeadline = catalogue().some((r) => r.id === 'piemonte-2020/submission-deadline');

describe('cigd check --today', () => {
  // The submission deadline of a period starting in March is 31/05 (rules.md, piemonte-2020/submission-deadline).
  it.skipIf(!hasSubmissionDeadline)('changes the status of the deadlines', () => {
    const unsent = file('unsent.json', compliant());
    const early = JSON.parse(cigd('check', unsent, '--json', '--today', '2020-04-10').stdout)[0];
    const late = JSON.parse(cigd('check', unsent, '--json', '--today', '2020-06-02').stdout)[0];
    const submission = (v: any) => v.deadlines.find((d: any) => d.id === 'submission');
    expect(submission(early)).toMatchObject({ date: '2020-05-31', status: 'future' });
    expect(submission(late)).toMatchObject({ date: '2020-05-31', status: 'missed' });
  });

  it('refuses a date that does not exist, with exit 2 and an Italian message', () => {
    const r = cigd('check', file('t.json', compliant()), '--today', '2021-02-29');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Data non valida per --today: "2021-02-29"');
  });
});

describe('cigd rules and usage', () => {
  it('lists every rule of the catalogue with its severity and source', () => {
    const r = cigd('rules');
    expect(r.status).toBe(0);
    for (const rule of catalogue()) {
      expect(r.stdout).toContain(rule.id);
      expect(r.stdout).toContain(rule.source);
    }
  });

  it('rules --json is the catalogue', () => {
    const r = cigd('rules', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((e: any) => e.id)).toEqual(catalogue().map((e) => e.id));
  });

  it('an unknown command or flag gets the Italian usage and exit 2', () => {
    const unknown = cigd('verifica', 'x.json');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Comando sconosciuto: verifica');
    expect(unknown.stderr).toContain('Uso:');
    const flag = cigd('check', 'x.json', '--jsn');
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('Opzione sconosciuta per "check": --jsn');
  });

  it('--help prints the Italian usage and exits 0', () => {
    const r = cigd('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('cigd check FILE... [--today AAAA-MM-GG] [--json]');
    expect(r.stdout).toContain('Codici di uscita');
  });
});

describe('npm run cigd (the bundled command of scripts/cigd.mjs)', () => {
  it('gives the same verdicts and exit code as the sources, on one thread and with workers', () => {
    const files = Array.from({ length: 420 }, (_, i) => file(`bundle-${i}.json`, i % 7 === 0 ? tooLong() : compliant()));
    const viaSources = cigdWith({ CIGD_WORKERS: '0' }, 'check', '--json', '--today', '2020-03-20', ...files);
    for (const workers of ['0', '2']) {
      const r = spawnSync(process.execPath, ['scripts/cigd.mjs', 'check', '--json', '--today', '2020-03-20', ...files], {
        cwd: root, encoding: 'utf8', env: { ...process.env, CIGD_WORKERS: workers }, maxBuffer: 1 << 28,
      });
      expect(r.status).toBe(1);
      expect(r.status).toBe(viaSources.status);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(viaSources.stdout));
    }
  });
});
