/**
 * How messages name workers for the operator: by position in the
 * application's list (1-based, as the portal shows it) and name, never by
 * codice fiscale or IBAN (personal data stays out of messages and logs; a
 * finding's `fields` already point at the exact field). Where the draft knows
 * a worker only by code (reports, SR41 forms, communications of suspension),
 * the worker is found in `workers` by that code; a code that is no worker's
 * is said to be so, without printing it, and so is an entry without a code.
 */
import type { Draft, Worker } from '../../schema.ts';
import type { Facts } from '../../calc/facts.ts';
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

/** A worker of the application and its place in the list (0-based). */
export type WorkerAt<W = Worker> = { worker: W; index: number };

/**
 * What a lookup by code finds for an entry whose code is empty (a row still
 * being typed): no worker, not even one whose own code is still empty. An
 * empty code is nobody's.
 */
export const NO_CODE: Readonly<{ worker: undefined; index: undefined }> = Object.freeze({ worker: undefined, index: undefined });

/** What a lookup by code answers: the worker, NO_CODE for an entry without a code, `undefined` for a code that is no worker's. */
export type FoundByCode<W = Worker> = WorkerAt<W> | typeof NO_CODE | undefined;

/** Whom a phrase names: a worker and its index, or what a lookup by code found. */
type Whom = [worker: Pick<Worker, 'name'>, index: number] | [found: FoundByCode<Pick<Worker, 'name'>>];

/** The label, and whether Italian needs an article before it: a bare «lavoratore n. 2» does, a name does not. */
function labelOf(whom: Whom): { label: string; needsArticle: boolean } {
  const found = whom.length === 2 ? { worker: whom[0], index: whom[1] } : whom[0];
  if (!found) return { label: UNKNOWN_WORKER, needsArticle: false };
  if (!found.worker) return { label: NO_CODE_WORKER, needsArticle: false };
  return { label: workerLabel(found.worker, found.index), needsArticle: !found.worker.name?.trim() };
}

/** A worker inside a sentence: «Mario Rossi (lavoratore n. 2)», «il lavoratore n. 2». */
export function theWorker(...whom: Whom): string {
  const { label, needsArticle } = labelOf(whom);
  return needsArticle ? `il ${label}` : label;
}

/** A worker after "di": «di Mario Rossi (lavoratore n. 2)», «del lavoratore n. 2». */
export function ofWorker(...whom: Whom): string {
  const { label, needsArticle } = labelOf(whom);
  return needsArticle ? `del ${label}` : `di ${label}`;
}

/** A worker opening a sentence: «Mario Rossi (lavoratore n. 2)», «Il lavoratore n. 2», «Un lavoratore il cui …». */
export function workerSubject(...whom: Whom): string {
  const phrase = theWorker(...whom);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** Who a code-keyed entry belongs to when the code is no worker's of the application. */
export const UNKNOWN_WORKER = 'un lavoratore il cui codice fiscale non è tra quelli della domanda';

/** Who a code-keyed entry belongs to when it has no code: the operator is to type it, not look for a wrong one. */
export const NO_CODE_WORKER = 'un lavoratore di cui manca il codice fiscale';

/**
 * The first worker with a code, and its index: codes compared as the code
 * rules compare them (case and spaces do not make another worker). The map is
 * built once per call, so naming many entries does not scan the list for each.
 * Empty codes are left out on both sides: a worker row whose code is still
 * empty owns no entry, and an entry without a code is NO_CODE.
 */
function lookupByCode<W extends Pick<Worker, 'fiscalCode'>>(workers: readonly W[]): (fiscalCode: string) => FoundByCode<W> {
  const index = new Map<string, number>();
  workers.forEach((w, i) => {
    const code = normalizeFiscalCode(w.fiscalCode ?? '');
    if (code && !index.has(code)) index.set(code, i);
  });
  return (fiscalCode) => {
    const code = normalizeFiscalCode(fiscalCode ?? '');
    if (!code) return NO_CODE;
    const i = index.get(code);
    return i === undefined ? undefined : { worker: workers[i], index: i };
  };
}

/** The key of the draft's lookup in the check's memo (calc/facts.ts). */
export const WORKER_BY_CODE = 'common/workerByCode';

/**
 * The worker a code-keyed entry (a report's hours, an SR41 form, a
 * communication of suspension) is for, NO_CODE when the entry has no code, or
 * `undefined` when the code is no worker's. Built once per check and shared
 * by every rule that asks: a large firm's calendar names a worker per week.
 */
export function workerByCode(draft: Pick<Draft, 'workers'>, facts: Facts): (fiscalCode: string) => FoundByCode {
  return facts.memo(WORKER_BY_CODE, () => lookupByCode(draft.workers));
}

/**
 * Code-keyed hours (a monthly report's) by code: each code, as the code rules
 * compare codes, with the key it was typed as (the first, should a report hold
 * one code in two spellings). Own keys only: a fiscal code is no prototype
 * key. Built once per check and report, as rules ask per worker and month.
 */
export function keysByCode(hours: Readonly<Record<string, unknown>>, facts: Facts): ReadonlyMap<string, string> {
  const all = facts.memo(KEYS_BY_CODE, () => new Map<object, Map<string, string>>());
  let keys = all.get(hours);
  if (!keys) {
    keys = new Map();
    for (const key of Object.keys(hours)) {
      const code = normalizeFiscalCode(key);
      if (!keys.has(code)) keys.set(code, key);
    }
    all.set(hours, keys);
  }
  return keys;
}

const KEYS_BY_CODE = 'common/keysByCode';

/** Names the workers of a code-keyed entry, outside a check (the overlay): `workerLabel` of the worker found, else NO_CODE_WORKER or UNKNOWN_WORKER. */
export function workersByCode(workers: readonly Pick<Worker, 'name' | 'fiscalCode'>[]): (fiscalCode: string) => string {
  const find = lookupByCode(workers);
  return (fiscalCode) => labelOf([find(fiscalCode)]).label;
}
