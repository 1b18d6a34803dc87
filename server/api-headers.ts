/**
 * The headers of every /api answer: the security headers of hono's
 * `secureHeaders`, and CORS for the extension's own origins.
 *
 * Why not hono's `cors` and `secureHeaders` for every request: both write
 * into `c.res` after the handler has made its Response. Under
 * @hono/node-server that turns the light Response it writes straight to the
 * socket into a whole fetch Response with a body stream, on every request:
 * about a sixth of a draft save's work. Here the headers are set before the
 * handler runs (`c.header`), so they leave with its Response as it is made.
 * The preflight (OPTIONS), rare and with no handler behind it, stays with
 * hono's `cors`; the security headers are read once from hono's own
 * `secureHeaders`, so their list and values stay the library's.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';

export type ApiHeadersOptions = {
  isAllowedOrigin(origin: string): boolean;
  allowHeaders: string[];
  exposeHeaders: string[];
  allowMethods: string[];
  maxAge: number;
};

/** What hono's secureHeaders() adds to an answer, with its default options. */
async function secureHeadersOfHono(): Promise<[string, string][]> {
  const probe = new Hono();
  probe.use(secureHeaders());
  probe.get('/', (c) => c.body(null, 204));
  const answer = await probe.request('/');
  return [...answer.headers];
}

export function apiHeaders(options: ApiHeadersOptions): MiddlewareHandler {
  const preflight = cors({
    origin: (origin) => (origin && options.isAllowedOrigin(origin) ? origin : null),
    allowHeaders: options.allowHeaders,
    exposeHeaders: options.exposeHeaders,
    allowMethods: options.allowMethods,
    maxAge: options.maxAge,
  });
  const exposed = options.exposeHeaders.join(',');
  let security: Promise<[string, string][]> | undefined;

  return async (c, next) => {
    for (const [name, value] of await (security ??= secureHeadersOfHono())) c.header(name, value);
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = c.req.header('origin');
    if (origin && options.isAllowedOrigin(origin)) {
      c.header('Access-Control-Allow-Origin', origin);
      if (exposed) c.header('Access-Control-Expose-Headers', exposed);
    }
    // The answer depends on the Origin: caches must not serve one origin's answer to another.
    c.header('Vary', 'Origin');
    await next();
  };
}
