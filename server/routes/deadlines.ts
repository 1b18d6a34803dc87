/**
 * The team's deadlines across all its drafts, as JSON and as an iCalendar
 * feed that Outlook, Google and Apple calendars subscribe to (?token= is
 * accepted on the feed only: calendar apps cannot send headers).
 */
import { Hono } from 'hono';
import { createEvents, type EventAttributes } from 'ics';
import { isIsoDate, todayInItaly } from '../../rules/index.ts';
import { ApiError } from '../errors.ts';
import { requireAuth, requireTeam, type AppEnv } from '../auth.ts';
import type { Store } from '../store/types.ts';
import type { VerdictMemo } from '../verdicts.ts';

export type TeamDeadline = { draftId: string; title: string; id: string; date: string; label: string; status: string };

export async function teamDeadlines(store: Store, verdicts: VerdictMemo, teamId: string, today: string): Promise<TeamDeadline[]> {
  const out: TeamDeadline[] = [];
  for (const record of await store.listDrafts(teamId)) {
    for (const d of verdicts.of(record, today)?.deadlines ?? []) {
      out.push({ draftId: record.id, title: record.title, id: d.id, date: d.date, label: d.label, status: d.status });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.title.localeCompare(b.title)));
}

export function deadlineRoutes() {
  const app = new Hono<AppEnv>();
  app.use('*', requireAuth, requireTeam());

  app.get('/deadlines', async (c) => {
    const from = c.req.query('from');
    const to = c.req.query('to');
    const bad = [from && !isIsoDate(from) ? 'from' : null, to && !isIsoDate(to) ? 'to' : null].filter(Boolean) as string[];
    if (bad.length) throw new ApiError('invalid', 'Date non valide: usare AAAA-MM-GG.', bad.map((p) => ({ path: p, message: 'data non valida' })));
    const list = await teamDeadlines(c.get('store'), c.get('verdicts'), c.get('team').id, todayInItaly());
    return c.json(list.filter((d) => (!from || d.date >= from) && (!to || d.date <= to)));
  });

  app.get('/deadlines.ics', async (c) => {
    const list = await teamDeadlines(c.get('store'), c.get('verdicts'), c.get('team').id, todayInItaly());
    const events: EventAttributes[] = list.map((d) => {
      const [y, m, day] = d.date.split('-').map(Number);
      return {
        uid: `${d.draftId}-${d.id}@cigd`,
        start: [y, m, day],
        duration: { days: 1 },
        title: `${d.label} – ${d.title}`,
        description: `Scadenza CIGD "${d.label}" per la bozza "${d.title}" (stato: ${d.status}).`,
        calName: `Scadenze CIGD – ${c.get('team').name}`,
        productId: 'cigd-assistente',
        alarms: [{ action: 'display', description: `Scadenza CIGD: ${d.label}`, trigger: { days: 3, before: true } }],
      };
    });
    if (events.length === 0) {
      return c.body(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:cigd-assistente\r\nX-WR-CALNAME:Scadenze CIGD\r\nEND:VCALENDAR\r\n`, 200, { 'content-type': 'text/calendar; charset=utf-8' });
    }
    const { error, value } = createEvents(events);
    if (error || !value) throw new ApiError('internal', 'Impossibile generare il calendario.');
    return c.body(value, 200, { 'content-type': 'text/calendar; charset=utf-8' });
  });
  return app;
}
