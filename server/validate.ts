/** zod at the edge: a JSON body checked before any handler sees it; 400 `invalid` naming every bad path. */
import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { hasJsonNul } from './store/types.ts';
import type { JsonEditMemo } from './json-edit-memo.ts';
import { parseDraft, schemaIssues, type Draft } from '../rules/index.ts';

/** PostgreSQL cannot store U+0000 in text or JSON: refused at the edge, so both stores answer alike. */
const nulRefused = () =>
  new ApiError('invalid', 'Il testo contiene un carattere nullo (U+0000), che non è ammesso: toglilo e riprova.', [{ path: '(corpo)', message: 'carattere nullo non ammesso' }]);

/** The body's text, refused (400 naming `(corpo)`) when it holds a null character. */
async function bodyText(c: Context): Promise<string> {
  const text = await c.req.text();
  if (hasJsonNul(text)) throw nulRefused();
  return text;
}

/** JSON text's value, or undefined when it is not JSON (JSON itself has no undefined). */
function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseBody(text: string): unknown {
  const value = tryParse(text);
  if (value === undefined) throw new ApiError('invalid', 'Il corpo della richiesta non è un JSON valido.', [{ path: '(corpo)', message: 'JSON non valido' }]);
  return value;
}

/**
 * How deep a body's JSON may nest. A draft's own structure is five levels
 * (`workers[0].intermittent.…`); unknown fields are kept, but one nested
 * thousands deep would be stored and then never read back (JSON.stringify
 * recurses and overflows the stack): refused at the edge instead.
 */
export const MAX_JSON_DEPTH = 64;

/** A UTF-16 surrogate written as an escape (`\ud800`): the text may hold a lone one, which PostgreSQL's JSON refuses. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
/** A surrogate not in a pair (String.prototype.isWellFormed is ES2024). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Whether JSON text writes a surrogate as an escape at all: only then may a string hold a lone one. */
const writesSurrogate = (text: string) => text.includes('\\u') && SURROGATE_ESCAPE.test(text);

/**
 * Refuses (400 naming the path) what a store could not keep or give back:
 * JSON nested deeper than MAX_JSON_DEPTH, and a lone surrogate in a string or
 * a key (SQLite would keep it, PostgreSQL refuses it: both stores answer
 * alike). Walks the value only as deep as the limit; the strings are looked
 * at only when the text writes a surrogate at all (`strings`: writesSurrogate). Every save runs it, so the
 * way down is kept as keys (`trail`) and written as a path only for a refusal.
 */
function refuseUnstorable(value: unknown, strings: boolean, base = ''): void {
  // Nearly every body: nothing to refuse, found without keeping the way down (a third of the cost).
  if (!strings && !(typeof value === 'object' && value !== null && nestedBeyondLimit(value, 0))) return;
  const trail: (string | number)[] = [];
  const refuse = (message: string) => {
    // `workers[2].hiredOn`, below `base` (a member of the body, or '' for the body or the draft itself).
    const path = trail.reduce<string>((p, key) => (typeof key === 'number' ? `${p}[${key}]` : p ? `${p}.${key}` : key), base);
    return new ApiError('invalid', `Dati non validi: ${message}.`, [{ path: path || '(corpo)', message }]);
  };
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') {
      if (strings && LONE_SURROGATE.test(v)) throw refuse('carattere non valido (surrogato UTF-16 isolato)');
      return;
    }
    if (v === null || typeof v !== 'object') return;
    if (depth >= MAX_JSON_DEPTH) throw refuse(`dati annidati oltre ${MAX_JSON_DEPTH} livelli`);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        trail.push(i);
        walk(v[i], depth + 1);
        trail.pop();
      }
      return;
    }
    for (const key in v) {
      if (strings && LONE_SURROGATE.test(key)) throw refuse('nome di campo con un carattere non valido (surrogato UTF-16 isolato)');
      trail.push(key);
      walk((v as Record<string, unknown>)[key], depth + 1);
      trail.pop();
    }
  };
  walk(value, 0);
}

/** Whether an object or array nests deeper than MAX_JSON_DEPTH. */
function nestedBeyondLimit(v: object, depth: number): boolean {
  if (depth >= MAX_JSON_DEPTH) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const child: unknown = v[i];
      if (typeof child === 'object' && child !== null && nestedBeyondLimit(child, depth + 1)) return true;
    }
    return false;
  }
  for (const key in v) {
    const child: unknown = (v as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && nestedBeyondLimit(child, depth + 1)) return true;
  }
  return false;
}

/** The largest revision a store keeps (PostgreSQL's INTEGER): a larger If-Match or revision names none. */
export const MAX_REVISION = 2_147_483_647;

/** The revision in If-Match (`"3"`, `3`, `W/"3"`): 428 saying `missing` when absent, 400 naming If-Match when it is no revision. */
export function ifMatchRevision(c: Context, missing: string): number {
  const header = c.req.header('if-match');
  if (!header) throw new ApiError('precondition-required', missing);
  const m = /^(?:W\/)?"?(\d{1,10})"?$/.exec(header.trim());
  const revision = m ? Number(m[1]) : NaN;
  if (!(revision <= MAX_REVISION)) {
    throw new ApiError('invalid', 'If-Match non valido: indicare la revisione, es. "3".', [{ path: 'If-Match', message: 'revisione non valida' }]);
  }
  return revision;
}

/** The body as JSON: 400 naming `(corpo)` when it is not JSON, or holds a null character; naming the path of what no store could keep. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await bodyText(c);
  const value = parseBody(text);
  refuseUnstorable(value, writesSurrogate(text));
  return value;
}

// JSON's own white space (not JavaScript's \s, which also takes a no-break space that JSON.parse refuses).
const DRAFT_ALONE = /^[ \t\n\r]*\{[ \t\n\r]*"draft"[ \t\n\r]*:/;
const JSON_SPACE = /^[ \t\n\r]*$/;
const isJsonSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** Whether text, JSON's white space aside, begins with `{` and ends with `}` (looking at its two ends only: a draft is 8 KB). */
function bracedText(text: string): boolean {
  let first = 0;
  while (first < text.length && isJsonSpace(text.charCodeAt(first))) first++;
  let last = text.length - 1;
  while (last > first && isJsonSpace(text.charCodeAt(last))) last--;
  return text[first] === '{' && text[last] === '}' && last > first;
}

/**
 * The draft's own text in a body that is `{"draft": {…}}` and nothing else
 * (as the extension sends every save): the text after `"draft":` up to the
 * body's last `}`. It is that body's one member exactly when it parses as one
 * JSON value, so it is parsed alone and the store keeps it as it came,
 * instead of parsing the whole body and serializing the draft again for the
 * database (a tenth of a save's work). undefined for any other body (a
 * title beside the draft, a duplicated key, a draft that is not an object,
 * anything after the last `}`): the whole body is then parsed as JSON.
 */
function loneDraftText(text: string): string | undefined {
  const start = DRAFT_ALONE.exec(text);
  if (!start) return undefined;
  const end = text.lastIndexOf('}');
  if (!JSON_SPACE.test(text.slice(end + 1))) return undefined;
  const draft = text.slice(start[0].length, end);
  // An object ends in "}": anything else (`"title": "…"` last) is not worth trying to parse.
  return bracedText(draft) ? draft : undefined;
}

/** The Italian details of zod's issues, one per bad path (the rules package's wording, as the `cigd` CLI says them). */
const details = (issues: readonly z.core.$ZodIssue[], input: unknown) =>
  // The rules' `(radice)` is the body here, named as every other refusal of the whole body is.
  schemaIssues(issues, input).map(({ path, message }) => ({ path: path === '(radice)' ? '(corpo)' : path, message }));

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
export async function jsonBodyWithDraft<T extends z.ZodObject>(
  c: Context,
  others: T,
  /** The draft saved before under `key`, whose text this body's draft is most likely an edit of (a save of an existing draft). */
  lastSave?: { memo: JsonEditMemo; key: string },
): Promise<{ body: z.infer<T>; draft: Draft; draftJson?: string }> {
  const text = await bodyText(c);
  const alone = loneDraftText(text);
  const loneDraft = alone === undefined ? undefined : lastSave ? lastSave.memo.parse(lastSave.key, alone) : tryParse(alone);
  const raw = loneDraft === undefined ? parseBody(text) : { draft: loneDraft };
  // The draft's paths are its own (`notes`, not `draft.notes`), as below.
  if (loneDraft !== undefined) refuseUnstorable(loneDraft, writesSurrogate(alone!));
  else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const strings = writesSurrogate(text);
    for (const [key, member] of Object.entries(raw)) refuseUnstorable(member, strings, key === 'draft' ? '' : key);
  }
  const outer = others.safeParse(raw);
  // Not an object at all: that one problem, not a second one for its missing draft.
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ApiError('invalid', 'Dati non validi.', details(outer.error?.issues ?? [], raw));
  const parsed = parseDraft((raw as { draft?: unknown }).draft);
  if (outer.success && parsed.ok) {
    // The text stands for the draft only if the schema took the draft as it was (no default filled in).
    const draftJson = loneDraft !== undefined && parsed.draft === loneDraft ? alone!.trim() : undefined;
    return { body: outer.data, draft: parsed.draft, draftJson };
  }
  throw new ApiError('invalid', parsed.ok ? 'Dati non validi.' : 'La bozza non è valida: correggi i campi indicati.', [
    ...(outer.success ? [] : details(outer.error.issues, raw)),
    ...(parsed.ok ? [] : parsed.issues.map(({ path, message }) => ({ path: path === '(radice)' ? 'draft' : path, message }))),
  ]);
}
