/**
 * The command line as parsed, before anything runs: `--` ends the options,
 * so after it even `--help` is a file name.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('parseArgs', () => {
  it('after --, every argument is a file name, even --help and -h', () => {
    expect(parseArgs(['check', 'ok.json', '--', '--help', '-h', '--json', '--today'])).toEqual({
      ok: true,
      command: { kind: 'check', files: ['ok.json', '--help', '-h', '--json', '--today'], today: undefined, json: false },
    });
  });

  it('--help or -h before -- still asks for the usage', () => {
    expect(parseArgs(['check', 'ok.json', '--help', '--', 'x.json'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['check', '-h', '--', '--help'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['rules', '-h'])).toEqual({ ok: true, command: { kind: 'help' } });
  });

  it('options before -- still count, and -- alone leaves no file', () => {
    expect(parseArgs(['check', '--json', '--today=2020-04-01', '--', '-strano.json'])).toEqual({
      ok: true,
      command: { kind: 'check', files: ['-strano.json'], today: '2020-04-01', json: true },
    });
    expect(parseArgs(['check', '--'])).toEqual({ ok: false, message: 'Indicare almeno un file da controllare.' });
  });
});
