/**
 * The team's deadlines across all its drafts, as JSON and as an iCalendar
 * feed that Outlook, Google and Apple calendars subscribe to. Calendar apps
 * cannot send headers, so the feed alone takes its credential in the query:
 * a member's calendar key (?key=, good for the feed only) or a session token.
 */
import { Hono } from 'hono';
import { createEvents, type EventAttributes } from 'ics';
import { addDays, DEADLINE_STATUS_IT, isIsoDate, todayInItaly } from '../../rules/index.ts';
import { ApiError } from '../errors.ts';
import { newToken, requireAuth, requireAuthOrCalendarKey, requireTeam, type AppEnv } from '../auth.ts';
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
  // The feed before the guard of every other route: it alone also opens with a calendar key,
  // and answering it ends the request there.
  app.get('/deadlines.ics', requireAuthOrCalendarKey, requireTeam(), async (c) => {
    const list = await teamDeadlines(c.get('store'), c.get('verdicts'), c.get('team').id, todayInItaly());
    const calName = `Scadenze CIGD – ${c.get('team').name}`;
    let ics = emptyCalendar(calName);
    if (list.length > 0) {
      const { error, value } = createEvents(list.map((d) => calendarEvent(d, calName)));
      // A fault of ours, not the caller's: logged with the library's reason, answered 500 internal.
      if (error || !value) throw new Error(`calendar not generated: ${String(error ?? 'no text')}`);
      ics = value;
    }
    return c.body(foldOctets(ics), 200, { 'content-type': 'text/calendar; charset=utf-8' });
  });
  app.use('*', requireAuth, requireTeam());

  app.get('/deadlines', async (c) => {
    const from = c.req.query('from');
    const to = c.req.query('to');
    const bad = [from && !isIsoDate(from) ? 'from' : null, to && !isIsoDate(to) ? 'to' : null].filter(Boolean) as string[];
    if (bad.length) throw new ApiError('invalid', 'Date non valide: usare AAAA-MM-GG.', bad.map((p) => ({ path: p, message: 'data non valida' })));
    const list = await teamDeadlines(c.get('store'), c.get('verdicts'), c.get('team').id, todayInItaly());
    return c.json(list.filter((d) => (!from || d.date >= from) && (!to || d.date <= to)));
  });

  // A member's calendar key: the feed's address to give a calendar app. A new
  // key replaces the old (its links stop working); DELETE revokes it.
  app.post('/calendar-key', async (c) => {
    const { token: key, hash } = newToken();
    await c.get('store').replaceCalendarKey(c.get('team').id, c.get('user').id, hash, new Date().toISOString());
    return c.json({ key, path: `/api/teams/${encodeURIComponent(c.get('team').id)}/deadlines.ics?key=${key}` }, 201);
  });
  app.delete('/calendar-key', async (c) => {
    if (!(await c.get('store').deleteCalendarKey(c.get('team').id, c.get('user').id))) throw new ApiError('not-found', 'Nessun link del calendario da revocare.');
    return c.body(null, 204);
  });
  return app;
}

const ymd = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

/**
 * One all-day event. The end is the next day rather than a duration and the
 * reminder is `-P2DT15H` (days and hours) rather than the library's, because the `ics` library writes `P1DT` and `-P3DT`,
 * which RFC 5545 does not allow (a `T` must be followed by hours, minutes or
 * seconds) and strict clients refuse. The reminder rings at 9:00 three days
 * before (two days and 15 hours before the day's start, so that a change of
 * the clocks in between does not move it); a deadline already met has none.
 * The library escapes the event's texts but neither the reminder's nor the
 * calendar's name (a firm's «Studio Bianchi; Verdi, associati»): they are
 * escaped here, the name as the empty feed writes it.
 */
function calendarEvent(d: TeamDeadline, calName: string): EventAttributes {
  const status = DEADLINE_STATUS_IT[d.status as keyof typeof DEADLINE_STATUS_IT] ?? d.status;
  return {
    uid: `${d.draftId}-${d.id}@cigd`,
    start: ymd(d.date),
    end: ymd(addDays(d.date, 1)),
    title: `${d.label} – ${d.title}`,
    description: `Scadenza CIGD «${d.label}» per la bozza «${d.title}» (${status}).`,
    calName: escapeText(calName),
    productId: PRODUCT_ID,
    alarms: d.status === 'met' ? [] : [{ action: 'display', description: escapeText(`Scadenza CIGD: ${d.label} – ${d.title}`), trigger: { days: 2, hours: 15, before: true } }],
  };
}

const PRODUCT_ID = 'cigd-assistente';

/**
 * The feed of a team with no deadline yet: a calendar to subscribe to all the
 * same, with the headers of the full one. RFC 5545 (§3.6, `icalbody`) wants at
 * least one component, and strict clients (Outlook) refuse a calendar without
 * one; the `ics` library writes none for no events and has no time zones, so
 * the body is written here. Its one component is the VTIMEZONE of Italy
 * (Europe/Rome, with the EU's summer time: last Sunday of March to last Sunday
 * of October): it is true of every team's calendar and asserts nothing about
 * deadlines, where an invented event or to-do would show up in the operator's
 * calendar. No property refers to it (the events are all-day dates), which
 * the RFC allows.
 */
function emptyCalendar(calName: string): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:${PRODUCT_ID}`, 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calName)}`, 'X-PUBLISHED-TTL:PT1H',
    ...EUROPE_ROME, 'END:VCALENDAR', '']
    .join('\r\n');
}

const EUROPE_ROME = [
  'BEGIN:VTIMEZONE', 'TZID:Europe/Rome',
  'BEGIN:DAYLIGHT', 'TZNAME:CEST', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZNAME:CET', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
  'END:VTIMEZONE',
];

const escapeText = (text: string) => text.replace(/[\\;,]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, '\\n');

/**
 * RFC 5545 §3.1: content lines are folded at 75 octets. The `ics` library
 * counts characters, so Italian titles (è, –, «») gave longer lines: unfold
 * and fold again by octets, never inside a character.
 */
function foldOctets(ics: string): string {
  const encoder = new TextEncoder();
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const ch of line) {
        const size = encoder.encode(ch).length;
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += ch;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
