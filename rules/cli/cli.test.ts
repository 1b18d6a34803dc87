/**
 * The real `cigd` command, spawned on temporary files: exit codes, the
 * --json contract, messages for bad input, --today and the catalogue.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, verdictSchema, type Draft } from '../index.ts';
import { piemonte2020Draft, withChanges } from '../testing.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let dir: string;

function cigd(...args: string[]) {
  return cigdWith({}, ...args);
}

function cigdWith(env: Record<string, string>, ...args: string[]) {
  return spawnCigd({ env }, ...args);
}

// Absolute, so the command can also run from another directory (`cwd`).
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const mainTs = join(root, 'rules', 'cli', 'main.ts');

function spawnCigd(options: { env?: Record<string, string>; cwd?: string; input?: string }, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', tsxLoader, mainTs, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...options.env },
    input: options.input ?? '',
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

  it('0 when a draft has only warnings: they are listed under Avvisi and the draft is still CONFORME', () => {
    // A FIS employer: piemonte-2020/other-scheme-first warns; no error finding.
    const fis = file('fis.json', withChanges(compliant(), { employer: { coveredBy: ['fis'] } }));
    const r = cigd('check', fis, '--today', '2020-04-10');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Esito: CONFORME (0 errori, 1 avviso, 1 informazione)');
    expect(r.stdout).toContain('Avvisi');
    expect(r.stdout).toContain('regola: piemonte-2020/other-scheme-first');
    expect(r.stdout).not.toContain('Errori');
  });

  it('0 for a draft no rule set covers: only the common/unknown-regime warning', () => {
    const veneto = compliant();
    veneto.unit.region = 'Veneto';
    veneto.employer.units![0].region = 'Veneto';
    const r = cigd('check', file('veneto.json', veneto), '--json', '--today', '2020-04-10');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [verdict] = JSON.parse(r.stdout);
    expect(verdict.regime).toBeNull();
    expect(verdict.findings.map((f: any) => [f.rule, f.severity])).toEqual([['common/unknown-regime', 'warning']]);
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

describe('cigd check: files', () => {
  it('2 for an empty file, naming it', () => {
    const r = cigd('check', file('vuoto.json', ''), '--today', '2020-04-10');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('vuoto.json: il file non contiene JSON valido (il file è vuoto).');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('2 for a directory given as a file, naming it, while the other file is still reported', () => {
    const folder = join(dir, 'cartella.json');
    mkdirSync(folder, { recursive: true });
    const r = cigd('check', folder, file('ok-dir.json', compliant()), '--today', '2020-04-10');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${folder}: è una cartella, non un file.`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('ok-dir.json');
    expect(r.stdout).toMatch(/Esito: CONFORME/);
  });

  it('- reads the draft from standard input', () => {
    const ok = spawnCigd({ input: JSON.stringify(compliant()) }, 'check', '-', '--today', '2020-04-10');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('== -');
    expect(ok.stdout).toMatch(/Esito: CONFORME/);
    const long = spawnCigd({ input: JSON.stringify(tooLong()) }, 'check', '--json', '--today', '2020-04-10', '-');
    expect(long.status).toBe(1);
    expect(JSON.parse(long.stdout)[0].findings.map((f: any) => f.rule)).toContain('piemonte-2020/application-length');
  });

  it('after --, a file named --help or -h is checked, not taken for the option', () => {
    // Real files with those names, in a directory of their own, the command run from there.
    const here = join(dir, 'trattini');
    mkdirSync(here, { recursive: true });
    writeFileSync(join(here, '--help'), JSON.stringify(tooLong()));
    writeFileSync(join(here, '-h'), JSON.stringify(compliant()));
    const r = spawnCigd({ cwd: here }, 'check', '--today', '2020-04-10', '--', '--help', '-h');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('Uso:');
    expect(r.stdout).toContain('== --help');
    expect(r.stdout).toContain('== -h');
    expect(r.stdout).toContain('2 file controllati: 1 conforme, 1 con errori.');
    // And a name after -- that is not there is "file non trovato", not the usage.
    const missing = cigd('check', file('ok-dash.json', compliant()), '--', '--help');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--help: file non trovato.');
    expect(missing.stderr).not.toContain('Uso:');
    expect(missing.stdout).toContain('ok-dash.json');
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


describe('cigd check --today', () => {
  // The submission deadline of a period starting in March is 31/05 (rules.md, piemonte-2020/submission-deadline).
  it('changes the status of the deadlines', () => {
    const unsent = file('unsent.json', compliant());
    const early = JSON.parse(cigd('check', unsent, '--json', '--today', '2020-04-10').stdout)[0];
    const late = JSON.parse(cigd('check', unsent, '--json', '--today', '2020-06-02').stdout)[0];
    const submission = (v: any) => v.deadlines.find((d: any) => d.id === 'submission');
    expect(submission(early)).toMatchObject({ date: '2020-05-31', status: 'future' });
    expect(submission(late)).toMatchObject({ date: '2020-05-31', status: 'missed' });
  });

  it('accepts the --today=AAAA-MM-GG form, the same as --today AAAA-MM-GG', () => {
    const unsent = file('unsent-eq.json', compliant());
    const joined = cigd('check', unsent, '--json', '--today=2020-04-01');
    const apart = cigd('check', unsent, '--json', '--today', '2020-04-01');
    expect(joined.stderr).toBe('');
    expect(joined.status).toBe(0);
    expect(joined.stdout).toBe(apart.stdout);
    const submission = (out: string) => JSON.parse(out)[0].deadlines.find((d: any) => d.id === 'submission');
    expect(submission(joined.stdout)).toMatchObject({ date: '2020-05-31', status: 'future' });
    const late = cigd('check', unsent, '--json', '--today=2020-06-02');
    expect(late.status).toBe(1);
    expect(submission(late.stdout)).toMatchObject({ date: '2020-05-31', status: 'missed' });
  });

  it('--today with no value: exit 2, an Italian message and nothing on stdout', () => {
    const f = file('t-none.json', compliant());
    for (const args of [[f, '--today'], ['--today', '--json', f], [f, '--today=']]) {
      const r = cigd('check', ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('cigd: Manca la data dopo --today (scrivere AAAA-MM-GG, es. 2020-04-10).');
      expect(r.stderr).toContain('Uso:');
    }
  });

  it('--today in another format: exit 2, an Italian message and nothing on stdout', () => {
    const f = file('t-format.json', compliant());
    for (const value of ['10/04/2020', '2020-4-10', 'oggi']) {
      for (const args of [['--today', value], [`--today=${value}`]]) {
        const r = cigd('check', f, ...args);
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(
          `cigd: Data non valida per --today: "${value}". Scrivere una data reale nel formato AAAA-MM-GG (es. 2020-04-10).`);
      }
    }
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

  it('check with no file: exit 2, an Italian message and the usage on stderr, nothing on stdout', () => {
    for (const args of [['check'], ['check', '--json', '--today', '2020-04-10'], ['check', '--']]) {
      const r = cigd(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('cigd: Indicare almeno un file da controllare.');
      expect(r.stderr).toContain('Uso:');
      expect(r.stderr).toContain('cigd check FILE... [--today AAAA-MM-GG] [--json]');
    }
  });

  it('no command at all: exit 2, an Italian message and the usage on stderr, nothing on stdout', () => {
    const r = cigd();
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cigd: Manca il comando.');
    expect(r.stderr).toContain('Uso:');
    expect(r.stderr).toContain('cigd check FILE... [--today AAAA-MM-GG] [--json]');
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
