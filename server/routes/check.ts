/** POST /api/check: the Verdict of a draft, nothing stored. */
import { Hono } from 'hono';
import { z } from 'zod';
import { isIsoDate, judge, todayInItaly } from '../../rules/index.ts';
import { requireAuth, type AppEnv } from '../auth.ts';
import { jsonBody } from '../validate.ts';
import { validDraft } from './drafts.ts';

export function checkRoutes() {
  const app = new Hono<AppEnv>();
  app.post('/', requireAuth, async (c) => {
    const body = await jsonBody(c, z.object({ draft: z.unknown(), today: z.string().refine(isIsoDate, 'data AAAA-MM-GG').optional() }));
    return c.json(judge(validDraft(body.draft), { today: body.today ?? todayInItaly() }));
  });
  return app;
}
