import type { Context } from 'hono';
import { ApiError } from '../errors.ts';

/**
 * A replica page's posted form. A body that is no form at all (a multipart
 * without its boundary, say) is a 400 naming the body, never a 500: the
 * replica is open to anyone on the network.
 */
export async function formBody(c: Context): Promise<Record<string, string | File>> {
  try {
    return await c.req.parseBody();
  } catch {
    throw new ApiError('invalid', 'Il modulo inviato non è leggibile: invialo di nuovo dalla pagina.', [{ path: '(corpo)', message: 'modulo non leggibile' }]);
  }
}
