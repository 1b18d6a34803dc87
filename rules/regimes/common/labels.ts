/**
 * How messages name workers for the operator: by position in the
 * application's list (1-based, as the portal shows it) and name, never by
 * codice fiscale or IBAN (personal data stays out of messages and logs; a
 * finding's `fields` already point at the exact field). Where the draft knows
 * a worker only by code (reports, SR41 forms, communications of suspension),
 * the worker is found in `workers` by that code; a code that is no worker's
 * is said to be so, without printing it.
 */
import type { Worker } from '../../schema.ts';
import { normalizeFiscalCode } from '../../calc/fiscal-code.ts';

/**
 * Where a worker of a shortened copy stands on the page (0-based), while
 * `namedByPageRows` runs: the extension judges a half-typed page on a copy
 * without the rows still being typed, and a worker after such a row must
 * still be named by the row the operator sees, not by its place in the copy.
 */
const rowOnPage = new WeakMap<object, number>();

/** Runs `judge` with `workers[j]` named as row `rows[j]` of the page; afterwards the workers are theirs again. */
export function namedByPageRows<T>(workers: readonly object[], rows: readonly number[], judge: () => T): T {
  workers.forEach((w, j) => rowOnPage.set(w, rows[j] ?? j));
  try {
    return judge();
  } finally {
    for (const w of workers) rowOnPage.delete(w);
  }
}

/**
 * "Laura Bianchi (lavoratore n. 2)", or "lavoratore n. 2" without a name: the one form every
 * message uses for a worker (1-based, as the portal's list shows them).
 */
export function workerLabel(worker: Pick<Worker, 'name'>, index: number): string {
  const number = (rowOnPage.get(worker) ?? index) + 1;
  const name = worker.name?.trim();
  return name ? `${name} (lavoratore n. ${number})` : `lavoratore n. ${number}`;
}

/** How workerLabel names a worker without a name; the sentence then needs an article. */
const NAMELESS = 'lavoratore n. ';

/** A worker's label inside a sentence: «Mario Rossi (lavoratore n. 2)», «il lavoratore n. 2». */
export const theWorker = (label: string): string => (label.startsWith(NAMELESS) ? `il ${label}` : label);

/** A worker's label after "di": «di Mario Rossi (lavoratore n. 2)», «del lavoratore n. 2». */
export const ofWorker = (label: string): string => (label.startsWith(NAMELESS) ? `del ${label}` : `di ${label}`);

/** A worker's label opening a sentence: «Mario Rossi (lavoratore n. 2)», «Il lavoratore n. 2», «Un lavoratore il cui …». */
export function workerSubject(label: string): string {
  const phrase = theWorker(label);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** Who a code-keyed entry belongs to when the code is no worker's of the application. */
export const UNKNOWN_WORKER = 'un lavoratore il cui codice fiscale non è tra quelli della domanda';

/**
 * Names the workers of a code-keyed entry: `workerLabel` of the first worker
 * with that code, or UNKNOWN_WORKER. The map is built once per call, so a
 * rule naming many entries does not scan the list for each.
 */
export function workersByCode(workers: readonly Pick<Worker, 'name' | 'fiscalCode'>[]): (fiscalCode: string) => string {
  // Codes compared as the code rules compare them: case and spaces do not make another worker.
  const index = new Map<string, number>();
  workers.forEach((w, i) => {
    const code = normalizeFiscalCode(w.fiscalCode ?? '');
    if (!index.has(code)) index.set(code, i);
  });
  return (fiscalCode) => {
    const i = index.get(normalizeFiscalCode(fiscalCode ?? ''));
    return i === undefined ? UNKNOWN_WORKER : workerLabel(workers[i], i);
  };
}
