/**
 * Reading and judging draft files for `cigd check`. One file's trouble (not
 * readable, not JSON, not a draft) is described for the operator and never
 * stops the other files.
 */
import { readFileSync } from 'node:fs';
import { checkDraft, type CheckOptions } from '../engine.ts';
import type { SchemaIssue, Verdict } from '../schema.ts';

export type FileOutcome =
  | { file: string; kind: 'verdict'; verdict: Verdict }
  | { file: string; kind: 'internal-error'; reason: string }
  | { file: string; kind: 'unreadable'; reason: string }
  | { file: string; kind: 'not-json'; reason: string }
  | { file: string; kind: 'invalid'; issues: SchemaIssue[] };

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'file non trovato',
  EACCES: 'permesso di lettura negato',
  EPERM: 'permesso di lettura negato',
  EISDIR: 'è una cartella, non un file',
  ENAMETOOLONG: 'nome del file troppo lungo',
  EMFILE: 'troppi file aperti',
};

function readText(file: string): { text: string } | { reason: string } {
  try {
    return { text: readFileSync(file === '-' ? 0 : file, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    return { reason: READ_ERRORS[code] ?? `impossibile leggere il file${code ? ` (${code})` : ''}` };
  }
}

/** "riga 3, colonna 7" from V8's "... at position 41" (or its newer "(line 3 column 7)"). */
function jsonErrorWhere(text: string, message: string): string {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return ` (riga ${lineCol[1]}, colonna ${lineCol[2]})`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    const column = Number(pos[1]) - before.lastIndexOf('\n');
    return ` (riga ${line}, colonna ${column})`;
  }
  if (/Unexpected end/i.test(message)) return ' (il file finisce prima del previsto)';
  return '';
}

/** Reads, parses and judges one file. Never throws. */
export function checkFile(file: string, options: CheckOptions): FileOutcome {
  const read = readText(file);
  if ('reason' in read) return { file, kind: 'unreadable', reason: read.reason };
  // Editors on Windows may save a byte-order mark; JSON.parse refuses it.
  const text = read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text;
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    const where = text.trim() === '' ? ' (il file è vuoto)' : jsonErrorWhere(text, (err as Error).message);
    return { file, kind: 'not-json', reason: `il file non contiene JSON valido${where}` };
  }
  try {
    const result = checkDraft(input, options);
    if (!result.ok) return { file, kind: 'invalid', issues: result.issues };
    return { file, kind: 'verdict', verdict: result.verdict };
  } catch (err) {
    // A bug in a rule must not hide the other files' results, nor print a stack trace.
    return { file, kind: 'internal-error', reason: `errore interno durante il controllo (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** Rule ids of the findings that stand for bad input in `--json` output (not rules of rules.md). */
export const INPUT_RULES = {
  unreadable: 'input/unreadable-file',
  notJson: 'input/not-json',
  invalid: 'input/invalid-draft',
  internalError: 'cigd/internal-error',
} as const;

const INPUT_SOURCE = 'draft-format.md, The draft: one CIGD application as data';

/**
 * The `--json` element for a file: its Verdict, or, for bad input, a Verdict of
 * the same shape (regime null) whose error findings say what is wrong, so the
 * array keeps one element per file, in the order given.
 */
export function outcomeAsVerdict(outcome: FileOutcome): Verdict {
  if (outcome.kind === 'verdict') return outcome.verdict;
  const base = { regime: null, deadlines: [], computed: { inputError: outcome.kind } };
  if (outcome.kind === 'invalid') {
    return {
      ...base,
      findings: outcome.issues.map((issue) => ({
        rule: INPUT_RULES.invalid, severity: 'error' as const,
        message: `${issue.path}: ${issue.message}`, fields: [issue.path], source: INPUT_SOURCE,
      })),
    };
  }
  const rule =
    outcome.kind === 'unreadable' ? INPUT_RULES.unreadable
    : outcome.kind === 'not-json' ? INPUT_RULES.notJson
    : INPUT_RULES.internalError;
  return {
    ...base,
    findings: [{ rule, severity: 'error', message: `${outcome.file}: ${outcome.reason}`, fields: [], source: INPUT_SOURCE }],
  };
}

/** The message on stderr for a file that could not be judged: the file, then every offending path. */
export function describeBadInput(outcome: Exclude<FileOutcome, { kind: 'verdict' }>): string {
  if (outcome.kind !== 'invalid') return `${outcome.file}: ${outcome.reason}.\n`;
  const lines = outcome.issues.map((i) => `  - ${i.path}: ${i.message}`);
  const n = outcome.issues.length;
  return `${outcome.file}: non è una bozza CIGD valida (${n} problem${n === 1 ? 'a' : 'i'}):\n${lines.join('\n')}\n`;
}
