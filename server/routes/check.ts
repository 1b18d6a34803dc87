/** POST /api/check: the Verdict of a draft, nothing stored. */
import { Hono } from 'hono';
import { z } from 'zod';
import { isIsoDate, judge, todayInItaly } from '../../rules/index.ts';
import { requireAuth, type AppEnv } from '../auth.ts';
import { jsonBodyWithDraft } from '../validate.ts';

export function checkRoutes() {
  const app = new Hono<AppEnv>();
  app.post('/', requireAuth, async (c) => {
    const { body, draft } = await jsonBodyWithDraft(c, z.object({ today: z.string().refine(isIsoDate, 'date').optional() }));
    return c.json(judge(draft, { today: body.today ?? todayInItaly() }));
  });
  return app;
}
