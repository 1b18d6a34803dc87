/** zod at the edge: a JSON body checked before any handler sees it; 400 `invalid` naming every bad path. */
import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { JSON_NUL } from './store/types.ts';
import { parseDraft, schemaIssues, type Draft } from '../rules/index.ts';

/** PostgreSQL cannot store U+0000 in text or JSON: refused at the edge, so both stores answer alike. */
const nulRefused = () =>
  new ApiError('invalid', 'Il testo contiene un carattere nullo (U+0000), che non è ammesso: toglilo e riprova.', [{ path: '(corpo)', message: 'carattere nullo non ammesso' }]);

/** The body as JSON: 400 naming `(corpo)` when it is not JSON, or holds a null character. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (JSON_NUL.test(text)) throw nulRefused();
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid', 'Il corpo della richiesta non è un JSON valido.', [{ path: '(corpo)', message: 'JSON non valido' }]);
  }
}

/** The Italian details of zod's issues, one per bad path (the rules package's wording, as the `cigd` CLI says them). */
const details = (issues: readonly z.core.$ZodIssue[], input: unknown) => schemaIssues(issues, input).map(({ path, message }) => ({ path, message }));

export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const raw = await readJson(c);
  const r = schema.safeParse(raw);
  if (!r.success) throw new ApiError('invalid', 'Dati non validi.', details(r.error.issues, raw));
  return r.data;
}

/**
 * A body carrying a draft (`draft`) beside other members (`others`: `title`,
 * `today`): both are checked before answering, so one 400 names every bad
 * path. The draft's paths are its own (`period`, `workers[2].hiredOn`), as
 * the extension and `cigd` name them; a missing draft is `draft`. `others`
 * leaves `draft` out, so only the draft's own check can name it.
 */
export async function jsonBodyWithDraft<T extends z.ZodObject>(c: Context, others: T): Promise<{ body: z.infer<T>; draft: Draft }> {
  const raw = await readJson(c);
  const outer = others.safeParse(raw);
  // Not an object at all: that one problem, not a second one for its missing draft.
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ApiError('invalid', 'Dati non validi.', details(outer.error?.issues ?? [], raw));
  const parsed = parseDraft((raw as { draft?: unknown }).draft);
  if (outer.success && parsed.ok) return { body: outer.data, draft: parsed.draft };
  throw new ApiError('invalid', parsed.ok ? 'Dati non validi.' : 'La bozza non è valida: correggi i campi indicati.', [
    ...(outer.success ? [] : details(outer.error.issues, raw)),
    ...(parsed.ok ? [] : parsed.issues.map(({ path, message }) => ({ path: path === '(radice)' ? 'draft' : path, message }))),
  ]);
}
