/**
 * The team server, made by createApp({ store }) (Hono's own guidance): one
 * module per resource mounted with app.route, validators at the edge, every
 * error in api.md's shape. main.ts serves it; tests call app.request.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiHeaders } from './api-headers.ts';
import { errorBody, handleError } from './errors.ts';
import { DEFAULT_CONFIG, requireAuth, requireTeam, SignInThrottle, type AppConfig, type AppEnv } from './auth.ts';
import type { Store } from './store/types.ts';
import { accountRoutes } from './routes/accounts.ts';
import { draftRoutes } from './routes/drafts.ts';
import { checkRoutes } from './routes/check.ts';
import { deadlineRoutes } from './routes/deadlines.ts';
import { fieldMapRoutes } from './routes/field-maps.ts';
import { pageRoutes } from './page.ts';
import { VerdictMemo } from './verdicts.ts';
import { JsonEditMemo } from './json-edit-memo.ts';
import { createReplicaApp } from './replica/index.ts';
import { createScenariosApi } from './replica/scenarios-api.ts';
import { CHROME_EXTENSION_ID } from '../extension/identity.ts';

export type AppOptions = { store: Store; config?: Partial<AppConfig>; throttle?: SignInThrottle };

const MAX_BODY = 1024 * 1024;

/** The extension's own origins: its pinned Chrome id; Firefox gives each install a random moz-extension UUID. */
export function isAllowedOrigin(origin: string, extra: string[]): boolean {
  return origin === `chrome-extension://${CHROME_EXTENSION_ID}` || /^moz-extension:\/\/[0-9a-f-]+$/i.test(origin) || extra.includes(origin);
}

export function createApp({ store, config = {}, throttle }: AppOptions): Hono<AppEnv> {
  const cfg: AppConfig = { ...DEFAULT_CONFIG, ...config };
  const app = new Hono<AppEnv>();
  const verdicts = new VerdictMemo();
  // Each draft's text at its last save, parsed: the next save is read as an edit of it.
  const draftTexts = new JsonEditMemo();

  app.onError(handleError);
  app.notFound((c) => c.json(errorBody('not-found', 'Indirizzo non trovato.'), 404));

  app.use('*', async (c, next) => {
    // A null character in the address names nothing (and PostgreSQL could not even look it up).
    // Hono's path is already decoded: "%00" arrives as the character itself.
    if (c.req.path.includes('\0')) return c.json(errorBody('not-found', 'Indirizzo non trovato.'), 404);
    // Nor in a parameter of the query (`?scenario=%00`): refused before any store is asked.
    if (c.req.url.includes('%00')) return c.json(errorBody('invalid', 'L\'indirizzo contiene un carattere nullo (%00), che non è ammesso.', [{ path: '(indirizzo)', message: 'carattere nullo non ammesso' }]), 400);
    c.set('store', store);
    c.set('verdicts', verdicts);
    c.set('draftTexts', draftTexts);
    c.set('config', cfg);
    await next();
  });
  app.use('/api/*', apiHeaders({
    isAllowedOrigin: (origin) => isAllowedOrigin(origin, cfg.allowedOrigins),
    allowHeaders: ['authorization', 'content-type', 'if-match'],
    exposeHeaders: ['etag'],
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    maxAge: 600,
  }));
  const tooLarge = (c: Context) => c.json(errorBody('too-large', 'Richiesta troppo grande: il limite è 1 MB.'), 413);
  const streamingLimit = bodyLimit({ maxSize: MAX_BODY, onError: tooLarge });
  app.use('/api/*', (c, next) => {
    // Decided on the headers whenever they suffice (Node's parser holds a body
    // to its Content-Length): hono's bodyLimit reads `c.req.raw.body`, which
    // makes @hono/node-server build a whole fetch Request with streams and an
    // AbortSignal for every request — a fifth of a save's CPU. Only a chunked
    // body, with no length announced, is counted as it streams in.
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > MAX_BODY ? Promise.resolve(tooLarge(c)) : next();
    }
    return streamingLimit(c, next);
  });

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/api/setup', async (c) => c.json({ needed: (await store.countUsers()) === 0 }));
  app.route('/api', accountRoutes(throttle));
  app.route('/api/check', checkRoutes());
  app.route('/api/teams/:team/drafts', draftRoutes());
  app.route('/api/teams/:team/field-maps', fieldMapRoutes());
  app.route('/api/teams/:team/scenarios', createScenariosApi({ store, auth: { requireAuth, requireTeam } as any }));
  app.route('/api/teams/:team', deadlineRoutes());
  app.route('/replica', createReplicaApp({ store }));
  app.route('/', pageRoutes());
  return app;
}
