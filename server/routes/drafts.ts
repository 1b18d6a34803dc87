/**
 * The team's drafts, every revision kept: If-Match on every save, 409 with
 * the current version when someone saved first, 428 without If-Match.
 * Invalid drafts are refused naming every path; drafts with rule errors are
 * stored (work in progress) and their verdict says so.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { formatDateIt, todayInItaly, type Draft, type Verdict } from '../../rules/index.ts';
import { ApiError, logLine, notFound } from '../errors.ts';
import { requireAuth, requireTeam, type AppEnv } from '../auth.ts';
import { ifMatchRevision, jsonBodyWithDraft, MAX_REVISION } from '../validate.ts';
import type { DraftRecord, NewRevision } from '../store/types.ts';

export function draftTitle(draft: Draft): string {
  const who = draft.employer.name?.trim() || 'Domanda senza denominazione';
  return `${who} – ${formatDateIt(draft.period.start)}–${formatDateIt(draft.period.end)}`;
}

export function summary(record: DraftRecord, verdict: Verdict | null) {
  const open = verdict?.deadlines.filter((d) => d.status !== 'met').sort((a, b) => (a.date < b.date ? -1 : 1)) ?? [];
  return {
    id: record.id,
    title: record.title,
    revision: record.revision,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
    regime: verdict?.regime ?? null,
    errors: verdict?.findings.filter((f) => f.severity === 'error').length ?? 0,
    warnings: verdict?.findings.filter((f) => f.severity === 'warning').length ?? 0,
    nextDeadline: open[0] ?? null,
  };
}

/** A draft body's members besides `draft`, which jsonBodyWithDraft checks itself. */
const draftBody = z.object({ title: z.string().trim().min(1).max(300).optional() });

/**
 * A save's revision, by the caller: the title given, else the draft's own
 * (with `titleGiven`, the store keeps a title given before over the draft's own).
 */
function newRevision(c: Context<AppEnv>, { body, draft, draftJson }: { body: z.infer<typeof draftBody>; draft: Draft; draftJson?: string }): NewRevision {
  return {
    draft, draftJson, title: body.title ?? draftTitle(draft), titleGiven: body.title !== undefined, by: c.get('user').id, at: new Date().toISOString(),
  };
}

export function draftRoutes() {
  const app = new Hono<AppEnv>();
  app.use('*', requireAuth, requireTeam());
  const today = () => todayInItaly();

  // `?deleted=1`: the drafts deleted instead, so that one deleted by mistake can be found and restored.
  app.get('/', async (c) => {
    const deleted = c.req.query('deleted');
    if (deleted !== undefined && deleted !== '0' && deleted !== '1') {
      throw new ApiError('invalid', 'Parametro deleted non valido: indicare 1 (bozze eliminate) o 0.', [{ path: 'deleted', message: 'valore non valido' }]);
    }
    const day = today();
    const records = await c.get('store').listDrafts(c.get('team').id, { deleted: deleted === '1' });
    return c.json(records.map((r) => summary(r, c.get('verdicts').of(r, day))));
  });

  app.post('/', async (c) => {
    const record = await c.get('store').createDraft(c.get('team').id, newRevision(c, await jsonBodyWithDraft(c, draftBody)));
    const verdict = c.get('verdicts').of(record, today());
    return c.json({ ...summary(record, verdict), verdict }, 201, { etag: `"${record.revision}"` });
  });

  app.get('/:id', async (c) => {
    const record = await c.get('store').getDraft(c.get('team').id, c.req.param('id'));
    if (!record) throw notFound('Bozza');
    return c.json(
      {
        id: record.id, revision: record.revision, title: record.title, draft: record.draft, deleted: record.deleted,
        verdict: c.get('verdicts').of(record, today()),
        updatedAt: record.updatedAt, updatedBy: record.updatedBy,
      },
      200,
      { etag: `"${record.revision}"` },
    );
  });

  app.put('/:id', async (c) => {
    const expected = ifMatchRevision(c, 'Manca l\'intestazione If-Match con la revisione su cui hai lavorato.');
    const lastSave = { memo: c.get('draftTexts'), key: `${c.get('team').id}/${c.req.param('id')}` };
    const next = newRevision(c, await jsonBodyWithDraft(c, draftBody, lastSave));
    const result = await c.get('store').saveRevision(c.get('team').id, c.req.param('id'), expected, next);
    if (!result) throw notFound('Bozza');
    if (!result.ok) {
      const { current } = result;
      throw new ApiError('conflict', `Un collega ha salvato questa bozza (revisione ${current.revision}) dopo la tua revisione ${expected}: confronta le due versioni.`, undefined, {
        extra: { current: { revision: current.revision, draft: current.draft, updatedBy: current.updatedBy, updatedAt: current.updatedAt } },
      });
    }
    // api.md's answer is the new revision alone: the extension judges the
    // draft itself as the operator types, and GET gives the verdict to anyone else.
    return c.json({ revision: result.revision }, 200, { etag: `"${result.revision}"` });
  });

  /**
   * Hides or brings back a draft. Not a save (the draft keeps its last
   * save's author and time), so who did it is written to the log: the
   * administrator's record of who removed a client's draft.
   */
  async function markDeleted(c: Context<AppEnv>, deleted: boolean) {
    const team = c.get('team').id;
    const draft = c.req.param('id')!;
    if (!(await c.get('store').setDeleted(team, draft, deleted))) throw notFound('Bozza');
    logLine({ event: deleted ? 'draft-deleted' : 'draft-restored', team, draft, user: c.get('user').id });
  }

  app.delete('/:id', async (c) => {
    await markDeleted(c, true);
    return c.body(null, 204);
  });

  app.post('/:id/restore', async (c) => {
    await markDeleted(c, false);
    return c.json({ restored: true });
  });

  app.get('/:id/revisions', async (c) => {
    const list = await c.get('store').listRevisions(c.get('team').id, c.req.param('id'));
    if (!list) throw notFound('Bozza');
    return c.json(list);
  });

  app.get('/:id/revisions/:rev', async (c) => {
    const text = c.req.param('rev');
    const rev = /^[1-9]\d{0,9}$/.test(text) ? Number(text) : NaN; // "1.0", "0x1", " 1" name no revision
    const found = rev <= MAX_REVISION ? await c.get('store').getRevision(c.get('team').id, c.req.param('id'), rev) : null;
    if (!found) throw notFound('Revisione');
    return c.json(found);
  });

  return app;
}
