/**
 * What the operator reads in the `cigd check` report: findings grouped by
 * severity, computed figures and deadlines in Italian with dd/MM/yyyy dates,
 * colours only on a terminal without NO_COLOR, progress only on a terminal.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../schema.ts';
import { piemonte2020Draft } from '../testing.ts';
import { formatVerdict } from './report.ts';
import { run, type CliIo } from './run.ts';
import { plainStyle, useColour } from './style.ts';

const verdict: Verdict = {
  regime: 'piemonte-2020',
  findings: [
    { rule: 'piemonte-2020/total-nine-weeks', severity: 'error', message: 'Superate le 9 settimane.', fields: ['period.end'], source: '001_97bd8f50a7fc0b82.txt, Caratteristiche del periodo' },
    { rule: 'piemonte-2020/at-most-two-applications', severity: 'warning', message: 'Terza domanda.', fields: ['previousApplications'], source: '001_97bd8f50a7fc0b82.txt, Domande' },
    { rule: 'piemonte-2020/headcount', severity: 'info', message: 'FTE 4,5.', fields: [], source: '002_862ff14ecdb491e6.txt, Dimensione' },
  ],
  deadlines: [
    { id: 'submission', date: '2020-05-31', label: 'Invio della domanda', status: 'due-soon' },
    { id: 'sr41', date: '2020-10-05', label: 'Invio dei modelli SR41', status: 'future' },
  ],
  computed: {
    applicationDays: 28, daysUsed: 56, daysLeft: 7, latestEnd: '2020-04-12', fte: 4.5,
    intermittentCaps: { RSSMRA80A01L219M: 13 }, aminderEntry: { start: '2017-01-01', end: '2017-03-01' },
  },
};

describe('the readable report', () => {
  const text = formatVerdict('domanda.json', verdict, plainStyle);

  it('groups findings under Errori, Avvisi, Informazioni with rule, fields and source', () => {
    const errors = text.indexOf('Errori');
    const warnings = text.indexOf('Avvisi');
    const infos = text.indexOf('Informazioni\n');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(infos).toBeGreaterThan(warnings);
    expect(text.slice(errors, warnings)).toContain('Superate le 9 settimane.');
    expect(text.slice(errors, warnings)).toContain('campi: period.end');
    expect(text.slice(errors, warnings)).toContain('fonte: 001_97bd8f50a7fc0b82.txt, Caratteristiche del periodo');
    expect(text.slice(warnings, infos)).toContain('Terza domanda.');
    expect(text.slice(infos)).toContain('FTE 4,5.');
    expect(text).toContain('Esito: NON CONFORME (1 errore, 1 avviso, 1 informazione)');
  });

  it('shows computed figures with Italian labels, dates as dd/MM/yyyy and decimals with a comma', () => {
    expect(text).toContain('Giorni della domanda: 28');
    expect(text).toContain('Giorni usati: 56');
    expect(text).toContain('Giorni residui: 7');
    expect(text).toContain('Data fine massima: 12/04/2020');
    expect(text).toContain('Forza lavoro (FTE): 4,5');
    expect(text).toMatch(/Tetti intermittenti \(giorni\):\n\s+RSSMRA80A01L219M: 13/);
    expect(text).toContain('Periodo da inserire in AMINDER: dal 01/01/2017 al 01/03/2017');
  });

  it('lists deadlines with their date and status in Italian', () => {
    expect(text).toMatch(/31\/05\/2020 {2}Invio della domanda {2}\[in scadenza\]/);
    expect(text).toMatch(/05\/10\/2020 {2}Invio dei modelli SR41 {2}\[da rispettare\]/);
  });

  it('a verdict with no regime says so', () => {
    expect(formatVerdict('x.json', { regime: null, findings: [], deadlines: [], computed: {} }, plainStyle))
      .toContain('Regime: nessuno');
  });
});

function capture(overrides: Partial<CliIo> = {}) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => { out.stdout += t; },
    stderr: (t) => { out.stderr += t; },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    ...overrides,
  };
  return { io, out };
}

describe('colours and progress', () => {
  it('colours only on a terminal and only without NO_COLOR', async () => {
    expect(useColour(true, {})).toBe(true);
    expect(useColour(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColour(false, {})).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'cigd-report-'));
    try {
      const f = join(dir, 'd.json');
      writeFileSync(f, JSON.stringify(piemonte2020Draft()));
      const tty = capture({ stdoutIsTTY: true });
      await run(['check', f, '--today', '2020-04-10'], tty.io);
      expect(tty.out.stdout).toContain('\x1b[');
      const noColour = capture({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
      await run(['check', f, '--today', '2020-04-10'], noColour.io);
      expect(noColour.out.stdout).not.toContain('\x1b[');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws a progress bar on a terminal stderr when many files are checked, and wipes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cigd-progress-'));
    try {
      const files = Array.from({ length: 12 }, (_, i) => {
        const f = join(dir, `d${i}.json`);
        writeFileSync(f, JSON.stringify(piemonte2020Draft()));
        return f;
      });
      const tty = capture({ stderrIsTTY: true });
      await run(['check', ...files, '--json', '--today', '2020-04-10'], tty.io);
      expect(tty.out.stderr).toContain('12/12 file');
      expect(tty.out.stderr.endsWith('\r\x1b[K')).toBe(true);
      expect(JSON.parse(tty.out.stdout)).toHaveLength(12);
      const piped = capture({ stderrIsTTY: false });
      await run(['check', ...files, '--json', '--today', '2020-04-10'], piped.io);
      expect(piped.out.stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
