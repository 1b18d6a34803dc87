/**
 * The headers of every /api answer: the security headers of hono's
 * `secureHeaders`, and CORS for the extension's own origins.
 *
 * Why not hono's `cors` and `secureHeaders` for every request: both write
 * into `c.res` after the handler has made its Response. Under
 * @hono/node-server that turns the light Response it writes straight to the
 * socket into a whole fetch Response with a body stream, on every request:
 * about a sixth of a draft save's work. Here the headers are set before the
 * handler runs, so they leave with its Response as it is made (on Node,
 * straight onto Node's response: see `headerSetter`). The preflight
 * (OPTIONS), rare and with no handler behind it, stays with hono's `cors`;
 * the security headers are read once from hono's own `secureHeaders`, so
 * their list and values stay the library's.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
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
    const set = headerSetter(c);
    for (const [name, value] of await (security ??= secureHeadersOfHono())) set(name, value);
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = c.req.header('origin');
    if (origin && options.isAllowedOrigin(origin)) {
      set('Access-Control-Allow-Origin', origin);
      if (exposed) set('Access-Control-Expose-Headers', exposed);
    }
    // The answer depends on the Origin: caches must not serve one origin's answer to another.
    set('Vary', 'Origin');
    await next();
  };
}

type NodeBindings = { outgoing?: { setHeader?: (name: string, value: string) => unknown } };

/**
 * Where a header goes. Under @hono/node-server (`c.env.outgoing`), straight
 * onto Node's own response: its `writeHead` merges them with the answer's
 * headers, the answer's own winning as `c.header` would let them. Elsewhere
 * (app.request in the tests, another runtime), `c.header`. Hono's `c.header`
 * builds a fetch `Headers`, whose every `set` validates name and value: for
 * a dozen headers on every answer, a twentieth of a save's work.
 */
function headerSetter(c: Context): (name: string, value: string) => void {
  const outgoing = (c.env as NodeBindings | undefined)?.outgoing;
  if (typeof outgoing?.setHeader === 'function') return (name, value) => outgoing.setHeader!(name, value);
  return (name, value) => c.header(name, value);
}
