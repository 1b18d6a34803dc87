/**
 * The small web page at `/`: first-run setup on a new server, then sign-in,
 * the team's drafts with their state and, for admins, the members. Plain HTML
 * and a little script over the same API; the token lives in the tab's
 * sessionStorage only.
 */
export function homePage(): string {
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CIGD – server del team</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;color:#1a1a1a;margin:0}
header{background:#0b3d6b;color:#fff;padding:10px 20px}header h1{margin:0;font-size:20px}
main{padding:16px 20px;max-width:1000px}
label{display:block;margin-top:8px}input{font:inherit;padding:4px;border:1px solid #5c5c5c;border-radius:3px;width:20em}
button{font:inherit;margin-top:10px;padding:4px 12px;border:1px solid #0b3d6b;background:#0b3d6b;color:#fff;border-radius:4px;cursor:pointer}
table{border-collapse:collapse;margin-top:8px}th,td{border:1px solid #aaa;padding:4px 8px;text-align:left}
.err{color:#b00020}.warn{color:#8a5300}[hidden]{display:none}
</style></head>
<body><header><h1>CIGD – server del team</h1></header><main>
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
<h2>Bozze del team</h2><table id="drafts"><thead><tr><th scope="col">Domanda</th><th scope="col">Regime</th><th scope="col">Errori</th><th scope="col">Avvisi</th><th scope="col">Prossima scadenza</th><th scope="col">Revisione</th><th scope="col">Aggiornata</th></tr></thead><tbody></tbody></table>
<div id="members-box" hidden><h2>Membri del team</h2><table id="members"><thead><tr><th scope="col">Nome</th><th scope="col">Email</th><th scope="col">Ruolo</th></tr></thead><tbody></tbody></table></div>
<p>Calendario delle scadenze: <a id="ics" href="#">abbonati (Outlook, Google, Apple)</a></p>
</section></main>
<script>
const $ = (id) => document.getElementById(id);
const it = (iso) => iso ? iso.slice(0,10).split('-').reverse().join('/') : '—';
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (ch) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[ch]));
async function api(path, init = {}) {
  const token = sessionStorage.getItem('cigd-token');
  const res = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...(token ? { authorization: 'Bearer ' + token } : {}) } });
  const body = res.status === 204 ? null : await res.json();
  if (!res.ok) throw new Error(body?.error?.message || ('Errore ' + res.status));
  return body;
}
function show(id) { for (const s of ['setup','signin','home']) $(s).hidden = s !== id; }
async function home() {
  const me = await api('/api/me');
  const team = me.teams[0];
  $('who').textContent = 'Collegato come ' + me.user.name + (team ? ' – team ' + team.name + ' (' + team.role + ')' : '');
  show('home');
  if (!team) return;
  const drafts = await api('/api/teams/' + team.id + '/drafts');
  $('drafts').tBodies[0].innerHTML = drafts.length ? drafts.map((d) => '<tr><td>' + esc(d.title) + '</td><td>' + esc(d.regime || '—') + '</td><td class="' + (d.errors ? 'err' : '') + '">' + d.errors + '</td><td class="' + (d.warnings ? 'warn' : '') + '">' + d.warnings + '</td><td>' + (d.nextDeadline ? it(d.nextDeadline.date) + ' ' + esc(d.nextDeadline.label) : '—') + '</td><td>' + d.revision + '</td><td>' + it(d.updatedAt) + '</td></tr>').join('') : '<tr><td colspan="7">Nessuna bozza.</td></tr>';
  $('ics').href = '/api/teams/' + team.id + '/deadlines.ics?token=' + encodeURIComponent(sessionStorage.getItem('cigd-token'));
  if (team.role === 'admin') {
    const members = await api('/api/teams/' + team.id + '/members');
    $('members').tBodies[0].innerHTML = members.map((m) => '<tr><td>' + esc(m.name) + '</td><td>' + esc(m.email) + '</td><td>' + esc(m.role) + '</td></tr>').join('');
    $('members-box').hidden = false;
  }
}
async function start() {
  try {
    if (sessionStorage.getItem('cigd-token')) return await home();
  } catch { sessionStorage.removeItem('cigd-token'); }
  const { needed } = await api('/api/setup');
  show(needed ? 'setup' : 'signin');
}
$('setup-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const r = await api('/api/setup', { method: 'POST', body: JSON.stringify({ team: $('s-team').value, name: $('s-name').value, email: $('s-email').value, password: $('s-password').value }) });
    sessionStorage.setItem('cigd-token', r.token); $('msg').textContent = 'Server configurato.'; await home();
  } catch (err) { $('msg').textContent = err.message; }
});
$('signin-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const r = await api('/api/sessions', { method: 'POST', body: JSON.stringify({ email: $('i-email').value, password: $('i-password').value }) });
    sessionStorage.setItem('cigd-token', r.token); $('msg').textContent = ''; await home();
  } catch (err) { $('msg').textContent = err.message; }
});
$('signout').addEventListener('click', async () => {
  await api('/api/sessions/current', { method: 'DELETE' }).catch(() => {});
  sessionStorage.removeItem('cigd-token'); show('signin');
});
start().catch((err) => { $('msg').textContent = err.message; });
</script></body></html>`;
}
