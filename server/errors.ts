/**
 * Errors as api.md shapes them: `{ error: { code, message, details? } }`,
 * Italian message for the operator; the administrator gets an English JSON
 * line on stderr. No stack trace ever reaches a client.
 */
import type { Context, ErrorHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict'
  | 'precondition-required' | 'too-large' | 'rate-limited' | 'internal';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid: 400, unauthenticated: 401, forbidden: 403, 'not-found': 404, conflict: 409,
  'precondition-required': 428, 'too-large': 413, 'rate-limited': 429, internal: 500,
};

export type Detail = { path: string; message: string };

/**
 * What an answer carries besides `error`: `extra`, members beside it (a 409's
 * `current`); `headers`, response headers (a 429's `retry-after`).
 */
export type ApiErrorOptions = { extra?: Record<string, unknown>; headers?: Record<string, string> };

/** A failure of a command or of the server's start: `italian` for the operator, the Error's message in English for the log. */
export class OperatorError extends Error {
  constructor(readonly italian: string, english: string) {
    super(english);
  }
}

export class ApiError extends Error {
  readonly extra?: Record<string, unknown>;
  readonly headers?: Record<string, string>;
  constructor(
    readonly code: ErrorCode,
    readonly italian: string,
    readonly details?: Detail[],
    options: ApiErrorOptions = {},
  ) {
    super(italian);
    this.extra = options.extra;
    this.headers = options.headers;
  }
  get status(): ContentfulStatusCode {
    return STATUS[this.code];
  }
}

export function errorBody(code: ErrorCode, message: string, details?: Detail[]) {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

export function respondError(c: Context, err: ApiError) {
  return c.json({ ...errorBody(err.code, err.italian, err.details), ...(err.extra ?? {}) }, err.status, err.headers);
}

/** One structured English line per notable event, for the administrator's logs. */
export function logLine(event: Record<string, unknown>): void {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...event })}\n`);
}

/**
 * The server's one error handler (app.onError): an ApiError answers as it
 * says; anything else is a fault, logged once in English with its stack and
 * answered `500 internal` with nothing of it. Route modules, the training
 * scenarios API included, throw rather than answer errors themselves.
 */
export const handleError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) return respondError(c, err);
  logLine({ level: 'error', event: 'unhandled', method: c.req.method, path: c.req.path, error: String(err), stack: err.stack });
  return c.json(errorBody('internal', 'Errore interno del server: riprova; se continua, avvisa l\'amministratore.'), 500);
};

/** 404 for `what` («Bozza», «Sito»), its participle agreeing with it: «Bozza non trovata», «Sito non trovato». */
export const notFound = (what = 'Risorsa', gender: 'f' | 'm' = 'f') => new ApiError('not-found', `${what} non ${gender === 'f' ? 'trovata' : 'trovato'}.`);
