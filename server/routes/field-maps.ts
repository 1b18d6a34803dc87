/** The extension's field maps (teach mode), per team and site, with revisions like drafts. */
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError, notFound } from '../errors.ts';
import { requireAuth, requireTeam, type AppEnv } from '../auth.ts';
import { ifMatchRevision, jsonBody } from '../validate.ts';

const SITES = ['aminder', 'geco', 'finanziamenti'] as const;

export function fieldMapRoutes() {
  const app = new Hono<AppEnv>();
  app.use('*', requireAuth, requireTeam());
  const site = (s: string) => {
    if (!(SITES as readonly string[]).includes(s)) throw notFound('Sito', 'm');
    return s;
  };

  app.get('/', async (c) => c.json(await c.get('store').listFieldMaps(c.get('team').id)));

  app.get('/:site', async (c) => {
    const record = await c.get('store').getFieldMap(c.get('team').id, site(c.req.param('site')));
    if (!record) throw notFound('Mappa dei campi');
    return c.json(record, 200, { etag: `"${record.revision}"` });
  });

  app.put('/:site', async (c) => {
    const s = site(c.req.param('site'));
    const expected = ifMatchRevision(c, 'Manca l\'intestazione If-Match ("0" per creare la mappa).');
    const body = await jsonBody(c, z.object({ map: z.record(z.string(), z.unknown()) }));
    const r = await c.get('store').putFieldMap(c.get('team').id, s, body.map, expected, c.get('user').id);
    if (!r.ok) throw new ApiError('conflict', 'Un collega ha aggiornato la mappa dei campi: ricaricala.', undefined, { extra: { current: r.current } });
    return c.json({ revision: r.record.revision }, 200, { etag: `"${r.record.revision}"` });
  });
  return app;
}
