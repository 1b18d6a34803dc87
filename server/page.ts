/**
 * The small web page at `/`: first-run setup on a new server, then sign-in,
 * the drafts of the team chosen (a selector when the account is in several)
 * with their state and, for that team's admins, its members and the form to
 * add one. Plain HTML and a little script over the same JSON API; the token
 * lives in the tab's sessionStorage only.
 *
 * Served with a strict Content-Security-Policy: the inline script and style
 * are allowed by their SHA-256 (computed here, from the very text sent), no
 * other script, style, frame or form target; the script builds every element
 * with textContent (no innerHTML), so the policy also requires Trusted Types.
 */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { DEADLINE_STATUS_IT, REGIME_IT } from '../rules/labels.ts';
import type { Role } from './store/types.ts';

/** The roles in Italian, as the README names them. */
export const ROLE_IT: Record<Role, string> = { admin: 'amministratore', operator: 'operatore', trainer: 'formatore' };

/** The member form's fields, as the API's `details[].path` names them. */
const FIELD_IT = { email: 'Email', name: 'Nome', password: 'Password', role: 'Ruolo' };

/** A JSON value inside a <script>: no `</script>` or `<!--` can close or bend it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;color:#1a1a1a;margin:0}
header{background:#0b3d6b;color:#fff;padding:10px 20px}header h1{margin:0;font-size:20px}
main{padding:16px 20px;max-width:1000px}
label{display:block;margin-top:8px}input,select{font:inherit;padding:4px;border:1px solid #5c5c5c;border-radius:3px;width:20em}
select{width:auto;min-width:12em}
button{font:inherit;margin-top:10px;padding:4px 12px;border:1px solid #0b3d6b;background:#0b3d6b;color:#fff;border-radius:4px;cursor:pointer}
button.secondary{background:#fff;color:#0b3d6b}
table{border-collapse:collapse;margin-top:8px}th,td{border:1px solid #aaa;padding:4px 8px;text-align:left}
.err{color:#b00020}.warn{color:#8a5300}.note{color:#3d3d3d;max-width:45em}
.alert{border-left:4px solid #8a5300;background:#fff8e6;padding:6px 10px;max-width:45em}
#ics-url{width:100%;max-width:45em}
[aria-invalid=true]{border-color:#b00020}
[hidden]{display:none}
`;

const SCRIPT = `
'use strict';
const ROLE = ${scriptJson(ROLE_IT)};
const REGIME = ${scriptJson(REGIME_IT)};
const STATUS = ${scriptJson(DEADLINE_STATUS_IT)};
const FIELD = ${scriptJson(FIELD_IT)};
const TOKEN = 'cigd-token', TEAM = 'cigd-team';
const $ = (id) => document.getElementById(id);
/** The Italian word for a code; '—' for none; an unknown code as it is (always as text). */
const label = (words, code) => code === null || code === undefined || code === '' ? '—' : Object.prototype.hasOwnProperty.call(words, code) ? words[code] : String(code);
const romeClock = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/**
 * dd/MM/yyyy. A calendar date (YYYY-MM-DD: deadlines) is the same day
 * everywhere and is never turned into an instant; an instant (a save's ISO
 * time) is shown as the clock in Italy reads it, wherever the browser is.
 */
function dateIt(value) {
  if (!value) return '—';
  const day = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(value);
  if (day) return day[3] + '/' + day[2] + '/' + day[1];
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return String(value);
  const p = {};
  for (const part of romeClock.formatToParts(at)) p[part.type] = part.value;
  return p.day + '/' + p.month + '/' + p.year + ' ' + p.hour + ':' + p.minute;
}
/** An element whose children are elements or text: user values only ever become text nodes. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) if (value !== null && value !== undefined && value !== '') e.setAttribute(name, value);
  for (const child of children) e.append(child instanceof Node ? child : String(child ?? ''));
  return e;
}
class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error && body.error.message ? String(body.error.message) : 'Errore ' + status + ': risposta inattesa dal server.');
    this.status = status;
    this.details = body && body.error && Array.isArray(body.error.details) ? body.error.details : [];
  }
}
async function api(path, init = {}) {
  const token = sessionStorage.getItem(TOKEN);
  let res;
  try {
    res = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...(token ? { authorization: 'Bearer ' + token } : {}) } });
  } catch {
    throw new Error('Server non raggiungibile: controlla la connessione e riprova.');
  }
  let body = null;
  if (res.status !== 204) { try { body = await res.json(); } catch { body = null; } }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}
const teamPath = (team, rest) => '/api/teams/' + encodeURIComponent(team.id) + rest;
function show(id) { for (const s of ['setup', 'signin', 'home']) $(s).hidden = s !== id; }
function say(text) { $('msg').textContent = text; }

let me = null;      // GET /api/me
let current = null; // the team shown
let view = 0;       // bumped on every team change and sign-out: late answers for an old view are dropped

function chosenTeam() {
  const id = sessionStorage.getItem(TEAM);
  return me.teams.find((t) => t.id === id) || me.teams[0] || null;
}
async function home() {
  me = await api('/api/me');
  const select = $('team-select');
  select.replaceChildren(...me.teams.map((t) => el('option', { value: t.id }, t.name + ' (' + label(ROLE, t.role) + ')')));
  $('team-box').hidden = me.teams.length < 2;
  show('home');
  await showTeam(chosenTeam());
}
function clearTeamView() {
  hideCalendar();
  $('ics-status').textContent = '';
  $('drafts').tBodies[0].replaceChildren();
  $('deleted').tBodies[0].replaceChildren();
  $('deleted-box').hidden = true;
  $('members').tBodies[0].replaceChildren();
  $('members-box').hidden = true;
  clearMemberForm();
  $('member-form').reset();
}
async function showTeam(team) {
  const mine = ++view;
  current = team;
  clearTeamView();
  $('who').textContent = 'Collegato come ' + me.user.name + (team ? ' – team ' + team.name + ' (' + label(ROLE, team.role) + ')' : ' – non fai parte di alcun team');
  $('team-view').hidden = !team;
  if (!team) return;
  $('team-select').value = team.id;
  sessionStorage.setItem(TEAM, team.id);
  $('drafts').tBodies[0].replaceChildren(el('tr', {}, el('td', { colspan: '7' }, 'Caricamento…')));
  await refreshDrafts(team, mine);
  if (team.role === 'admin') {
    $('members-box').hidden = false;
    await refreshMembers(team, mine);
  }
}
function draftRow(d) {
  const next = d.nextDeadline;
  return el('tr', {},
    el('td', {}, d.title),
    el('td', {}, label(REGIME, d.regime)),
    el('td', { class: d.errors ? 'err' : '' }, d.errors),
    el('td', { class: d.warnings ? 'warn' : '' }, d.warnings),
    el('td', { class: next && next.status === 'missed' ? 'err' : '' }, next ? dateIt(next.date) + ' ' + next.label + (next.status ? ' (' + label(STATUS, next.status) + ')' : '') : '—'),
    el('td', {}, d.revision),
    el('td', {}, dateIt(d.updatedAt)));
}
async function refreshDrafts(team, mine) {
  const drafts = await api(teamPath(team, '/drafts'));
  if (mine !== view) return;
  $('drafts').tBodies[0].replaceChildren(...(drafts.length ? drafts.map(draftRow) : [el('tr', {}, el('td', { colspan: '7' }, 'Nessuna bozza.'))]));
  // The deleted ones are an aside: their failure says so and stops nothing else of the page.
  await refreshDeleted(team, mine).catch((err) => say(err.message));
}
// Drafts deleted by anyone of the team: kept with their history, brought back from here.
async function refreshDeleted(team, mine) {
  const deleted = await api(teamPath(team, '/drafts?deleted=1'));
  if (mine !== view) return;
  $('deleted').tBodies[0].replaceChildren(...deleted.map((d) => el('tr', {},
    el('td', {}, d.title),
    el('td', {}, dateIt(d.updatedAt)),
    el('td', {}, el('button', { type: 'button', class: 'secondary', 'data-restore': d.id, 'aria-label': 'Ripristina ' + d.title }, 'Ripristina')))));
  $('deleted-box').hidden = deleted.length === 0;
}
$('deleted').addEventListener('click', async (e) => {
  const button = e.target.closest('button[data-restore]');
  const team = current, mine = view;
  if (!button || !team) return;
  button.disabled = true;
  const title = button.closest('tr').cells[0].textContent;
  try {
    await api(teamPath(team, '/drafts/' + encodeURIComponent(button.getAttribute('data-restore')) + '/restore'), { method: 'POST' });
    if (mine !== view) return;
    // The two lists only: what an admin is typing in the member form stays.
    await refreshDrafts(team, mine);
    say('Bozza ripristinata: ' + title + '.');
  } catch (err) {
    button.disabled = false;
    say(err.message);
  }
});
async function refreshMembers(team, mine) {
  const members = await api(teamPath(team, '/members'));
  if (mine !== view) return;
  $('members').tBodies[0].replaceChildren(...members.map((m) => el('tr', {}, el('td', {}, m.name), el('td', {}, m.email), el('td', {}, label(ROLE, m.role)))));
}

const MEMBER_FIELDS = { email: 'm-email', name: 'm-name', password: 'm-password', role: 'm-role' };
function clearMemberForm() {
  $('member-status').textContent = '';
  $('member-error').textContent = '';
  $('member-details').replaceChildren();
  $('member-errors').hidden = true;
  for (const id of Object.values(MEMBER_FIELDS)) $(id).removeAttribute('aria-invalid');
}
function memberError(err) {
  $('member-error').textContent = err.message;
  $('member-details').replaceChildren(...(err.details || []).map((d) => el('li', {}, label(FIELD, d.path) + ': ' + d.message)));
  for (const d of err.details || []) if (Object.prototype.hasOwnProperty.call(MEMBER_FIELDS, d.path)) $(MEMBER_FIELDS[d.path]).setAttribute('aria-invalid', 'true');
  $('member-errors').hidden = false;
}
$('member-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const team = current, mine = view;
  if (!team) return;
  clearMemberForm();
  const button = $('member-form').querySelector('button[type=submit]');
  button.disabled = true;
  // Someone already in the team keeps their account: the form changes their role.
  const already = [...$('members').tBodies[0].rows].some((row) => row.cells[1] && row.cells[1].textContent === $('m-email').value.trim().toLowerCase());
  try {
    const r = await api(teamPath(team, '/members'), { method: 'POST', body: JSON.stringify({ email: $('m-email').value, name: $('m-name').value, password: $('m-password').value, role: $('m-role').value }) });
    if (mine !== view) return;
    const role = label(ROLE, $('m-role').value);
    $('member-form').reset();
    $('member-status').textContent = (already ? 'Ruolo aggiornato: ' : 'Aggiunto al team: ') + r.user.name + ' (' + r.user.email + '), ' + role + '.';
    await refreshMembers(team, mine);
  } catch (err) {
    if (mine === view) memberError(err);
  } finally {
    button.disabled = false;
  }
});

function hideCalendar() {
  $('ics-panel').hidden = true;
  $('ics-show').setAttribute('aria-expanded', 'false');
  $('ics-url').value = '';
  $('ics').removeAttribute('href');
}
// A calendar key is made only on request, and shown once: the server keeps
// its hash alone. It reads the feed and nothing else, and outlives «Esci».
$('ics-show').addEventListener('click', async () => {
  const team = current, mine = view;
  if (!team) return;
  $('ics-status').textContent = '';
  try {
    const made = await api(teamPath(team, '/calendar-key'), { method: 'POST' });
    if (mine !== view) return;
    const url = location.origin + made.path;
    $('ics-url').value = url;
    $('ics').setAttribute('href', url);
    $('ics-panel').hidden = false;
    $('ics-show').setAttribute('aria-expanded', 'true');
  } catch (err) {
    $('ics-status').textContent = err.message;
  }
});
$('ics-revoke').addEventListener('click', async () => {
  const team = current, mine = view;
  if (!team) return;
  let said;
  try {
    await api(teamPath(team, '/calendar-key'), { method: 'DELETE' });
    said = 'Link del calendario revocato: i calendari abbonati non si aggiornano più.';
  } catch (err) {
    said = err.message;
  }
  if (mine !== view) return;
  hideCalendar();
  $('ics-status').textContent = said;
});
$('ics-url').addEventListener('focus', () => $('ics-url').select());
$('team-select').addEventListener('change', () => {
  const team = me && me.teams.find((t) => t.id === $('team-select').value);
  if (team) showTeam(team).catch((err) => say(err.message));
});

async function start() {
  try {
    if (sessionStorage.getItem(TOKEN)) return await home();
  } catch { sessionStorage.removeItem(TOKEN); }
  const { needed } = await api('/api/setup');
  show(needed ? 'setup' : 'signin');
}
$('setup-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const r = await api('/api/setup', { method: 'POST', body: JSON.stringify({ team: $('s-team').value, name: $('s-name').value, email: $('s-email').value, password: $('s-password').value }) });
    sessionStorage.setItem(TOKEN, r.token); $('setup-form').reset(); say('Server configurato.'); await home();
  } catch (err) { say(err.message); }
});
$('signin-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const r = await api('/api/sessions', { method: 'POST', body: JSON.stringify({ email: $('i-email').value, password: $('i-password').value }) });
    sessionStorage.setItem(TOKEN, r.token); $('signin-form').reset(); say(''); await home();
  } catch (err) { say(err.message); }
});
$('signout').addEventListener('click', async () => {
  await api('/api/sessions/current', { method: 'DELETE' }).catch(() => {});
  view++; me = null; current = null;
  clearTeamView();
  $('team-select').replaceChildren();
  $('who').textContent = '';
  sessionStorage.removeItem(TOKEN); sessionStorage.removeItem(TEAM);
  say('Sei uscito.'); show('signin');
});
start().catch((err) => say(err.message));
`;

const BODY = `<body><header><h1>CIGD – server del team</h1></header><main>
<p id="msg" role="status" aria-live="polite"></p>
<section id="setup" hidden><h2>Prima configurazione</h2>
<form id="setup-form"><label for="s-team">Nome dello studio o dell'azienda</label><input id="s-team" required>
<label for="s-name">Il tuo nome</label><input id="s-name" required>
<label for="s-email">Email</label><input id="s-email" type="email" required autocomplete="username">
<label for="s-password">Password (almeno 10 caratteri)</label><input id="s-password" type="password" minlength="10" required autocomplete="new-password">
<button type="submit">Crea l'account amministratore</button></form></section>
<section id="signin" hidden><h2>Accesso</h2>
<form id="signin-form"><label for="i-email">Email</label><input id="i-email" type="email" required autocomplete="username">
<label for="i-password">Password</label><input id="i-password" type="password" required autocomplete="current-password">
<button type="submit">Accedi</button></form></section>
<section id="home" hidden><p id="who"></p><button type="button" id="signout">Esci</button>
<p id="team-box" hidden><label for="team-select">Team</label><select id="team-select"></select></p>
<div id="team-view">
<h2>Bozze del team</h2><table id="drafts"><thead><tr><th scope="col">Domanda</th><th scope="col">Regime</th><th scope="col">Errori</th><th scope="col">Avvisi</th><th scope="col">Prossima scadenza</th><th scope="col">Revisione</th><th scope="col">Aggiornata (ora italiana)</th></tr></thead><tbody></tbody></table>
<section id="deleted-box" hidden><h2>Bozze eliminate</h2>
<p class="note">Una bozza eliminata resta sul server con tutte le sue revisioni: ripristinata, torna tra le bozze del team.</p>
<table id="deleted"><thead><tr><th scope="col">Domanda</th><th scope="col">Ultimo salvataggio (ora italiana)</th><th scope="col">Azione</th></tr></thead><tbody></tbody></table></section>
<section id="members-box" hidden><h2>Membri del team</h2><table id="members"><thead><tr><th scope="col">Nome</th><th scope="col">Email</th><th scope="col">Ruolo</th></tr></thead><tbody></tbody></table>
<h3>Aggiungi un membro</h3>
<p class="note">Se l'email ha già un account, la persona entra nel team con la sua password attuale (quella indicata qui non viene usata).</p>
<form id="member-form"><label for="m-email">Email</label><input id="m-email" type="email" required autocomplete="off">
<label for="m-name">Nome</label><input id="m-name" required autocomplete="off">
<label for="m-password">Password iniziale (almeno 10 caratteri)</label><input id="m-password" type="password" minlength="10" required autocomplete="new-password">
<label for="m-role">Ruolo</label><select id="m-role">${(['operator', 'trainer', 'admin'] as const).map((r) => `<option value="${r}"${r === 'operator' ? ' selected' : ''}>${ROLE_IT[r]}</option>`).join('')}</select>
<button type="submit">Aggiungi al team</button></form>
<p id="member-status" role="status" aria-live="polite"></p>
<div id="member-errors" role="alert" hidden><p id="member-error" class="err"></p><ul id="member-details" class="err"></ul></div>
</section>
<section id="calendar"><h2>Calendario delle scadenze</h2>
<p class="note">Le scadenze del team si possono seguire in Outlook, Google Calendar o Apple Calendario abbonandosi a un link.</p>
<p class="note">Il link è personale e dà accesso in sola lettura alle scadenze di questo team, anche dopo «Esci». Ne vale uno per volta: crearne uno nuovo disattiva il precedente.</p>
<button type="button" id="ics-show" class="secondary" aria-expanded="false" aria-controls="ics-panel">Crea il link del calendario</button>
<button type="button" id="ics-revoke" class="secondary">Revoca il link del calendario</button>
<p id="ics-status" role="status" aria-live="polite"></p>
<div id="ics-panel" hidden>
<p class="alert">Copia ora il link nel calendario: per sicurezza il server non lo conserva e non lo mostrerà di nuovo. Chi lo conosce vede le scadenze del team: non condividerlo.</p>
<label for="ics-url">Link del calendario</label><input id="ics-url" readonly>
<p><a id="ics">Apri il calendario (file .ics)</a></p>
</div></section>
</div></section></main>`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's Content-Security-Policy: its own inline script and style (by hash), the API on its own origin, nothing else. */
const PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

export function homePage(): string {
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CIGD – server del team</title>
<style>${STYLE}</style></head>
${BODY}
<script>${SCRIPT}</script></body></html>`;
}

/**
 * `/`: the page, with the security headers of hono's `secureHeaders` (the
 * list the API gets too, server/api-headers.ts) but frames refused outright
 * (DENY), and the page's own CSP.
 */
export function pageRoutes(): Hono {
  return new Hono().get('/', secureHeaders({ xFrameOptions: 'DENY' }), (c) => c.html(homePage(), 200, { 'Content-Security-Policy': PAGE_CSP }));
}
