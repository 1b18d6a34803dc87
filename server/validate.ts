/** zod at the edge: a JSON body checked before any handler sees it; 400 `invalid` naming every bad path. */
import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { formatPath } from '../rules/index.ts';

export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError('invalid', 'Il corpo della richiesta non è un JSON valido.', [{ path: '(corpo)', message: 'JSON non valido' }]);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    throw new ApiError('invalid', 'Dati non validi.', r.error.issues.map((i) => ({
      path: formatPath(i.path),
      message: i.code === 'invalid_type' && i.input === undefined ? 'campo obbligatorio mancante' : `valore non valido (${i.message})`,
    })));
  }
  return r.data;
}
