/**
 * Options: the team server's address and sign-in, the sync state, and the
 * conflicts shown side by side (keep mine, keep the server's, or merge by
 * section). The token stays in the background (the extension's IndexedDB):
 * this page is told the server, team and user names, never the token.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Draft } from '../../../rules/index.ts';
import { draftValueIt, fieldLabel, pathName } from '../../italian.ts';
import { countWord } from '../../../rules/calc/numbers.ts';
import { originPattern } from '../../hosts.ts';
import { normalizeOrigin } from '../../storage/config.ts';
import { differingSections, type Conflict, type SyncState } from '../../storage/sync.ts';

type Status = { signedIn: false } | { signedIn: true; origin: string; teamName: string; userName: string };

const call = (message: unknown) => browser.runtime.sendMessage(message) as Promise<any>;

export function Options() {
  const [status, setStatus] = useState<Status | null>(null);
  const [sync, setSync] = useState<SyncState | null>(null);
  const [origin, setOrigin] = useState('http://127.0.0.1:8787');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState('');
  /** The account's teams, when it is in several: the operator picks the one to sync with. */
  const [teams, setTeams] = useState<{ id: string; name: string }[] | null>(null);
  const [teamId, setTeamId] = useState('');

  const refresh = async () => {
    setStatus(await call({ type: 'sync:status' }));
    setSync(await call({ type: 'sync:state' }));
  };
  useEffect(() => void refresh(), []);

  const onSignIn = async (e: Event) => {
    e.preventDefault();
    const o = normalizeOrigin(origin);
    if (!o) return setMessage('Indirizzo del server non valido: usa https:// (http:// solo per 127.0.0.1 o localhost), es. https://studio.example.it');
    // Only the configured server's origin is ever granted, on the operator's click.
    const granted = await browser.permissions.request({ origins: [originPattern(o)] }).catch(() => false);
    if (!granted) return setMessage('Permesso per il server negato: la sincronizzazione non è attiva.');
    const r = await call({ type: 'sync:sign-in', origin: o, email, password, ...(teams && teamId ? { teamId } : {}) });
    setMessage(r?.ok ? 'Accesso eseguito.' : r?.message ?? 'Accesso non riuscito.');
    if (!r?.ok && Array.isArray(r?.teams)) {
      // Several teams: the password stays for the next click, with the team chosen.
      setTeams(r.teams);
      return;
    }
    setTeams(null);
    setTeamId('');
    setPassword('');
    await refresh();
  };

  return (
    <main>
      <h1>CIGD Assistente – server del team</h1>
      <p role="status" aria-live="polite">{message}</p>
      {status?.signedIn ? (
        <section>
          <p>Collegato a <strong>{status.origin}</strong> come {status.userName}, team {status.teamName}.</p>
          <p data-sync-state={sync?.kind}>Stato della sincronizzazione: {describeSync(sync)}</p>
          <button type="button" onClick={async () => { await call({ type: 'sync:now' }); await refresh(); }}>Sincronizza ora</button>{' '}
          <button type="button" onClick={async () => { await call({ type: 'sync:sign-out' }); await refresh(); }}>Esci</button>
          {sync?.kind === 'conflicts' && sync.conflicts.map((c) => <ConflictView key={c.key} conflict={c} onDone={refresh} />)}
        </section>
      ) : (
        <form onSubmit={onSignIn}>
          <label for="origin">Indirizzo del server del team</label>
          <input id="origin" value={origin} onInput={(e) => setOrigin((e.target as HTMLInputElement).value)} />
          <label for="email">Email</label>
          <input id="email" type="email" autocomplete="username" value={email} onInput={(e) => setEmail((e.target as HTMLInputElement).value)} />
          <label for="password">Password</label>
          <input id="password" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
          {teams && (
            <>
              <label for="team">Team con cui sincronizzare le bozze</label>
              <select id="team" required value={teamId} onChange={(e) => setTeamId((e.target as HTMLSelectElement).value)}>
                <option value="">Scegli il team…</option>
                {teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
              </select>
            </>
          )}
          <button type="submit">Accedi</button>
        </form>
      )}
    </main>
  );
}

/** The sync state in words; drafts the server refused this round are named (the others were sent). */
export function describeSync(s: SyncState | null): string {
  if (!s) return '…';
  const failed = 'failures' in s && s.failures?.length
    ? `; non inviate: ${s.failures.map((f) => `${f.title} (${f.message})`).join('; ')}`
    : '';
  switch (s.kind) {
    case 'synced': return `sincronizzato (${new Date(s.at).toLocaleString('it-IT')})${failed}`;
    case 'conflicts': return `${countWord(s.conflicts.length, 'conflitto', 'conflitti')} da risolvere${failed}`;
    case 'offline': return `non raggiungibile: ${s.message}`;
    case 'signed-out': return 'non collegato';
    case 'error': return `errore: ${s.message}`;
  }
}

function ConflictView({ conflict, onDone }: { conflict: Conflict; onDone: () => void }) {
  const sections = differingSections(conflict.local, conflict.remote.draft);
  const [takeLocal, setTakeLocal] = useState<Set<string>>(new Set());
  const resolve = async (resolution: unknown) => {
    await call({ type: 'sync:resolve', key: conflict.key, resolution });
    onDone();
  };

  return (
    <section class="conflict" data-conflict={conflict.key}>
      <h2>Conflitto: {conflict.title}</h2>
      <p>Un collega ha salvato la revisione {conflict.remote.revision} il {new Date(conflict.remote.updatedAt).toLocaleString('it-IT')}.</p>
      <table>
        <thead><tr><th scope="col">Sezione</th><th scope="col">La mia versione</th><th scope="col">Versione del server</th><th scope="col">Tieni la mia</th></tr></thead>
        <tbody>
          {sections.map((k) => {
            const differing = differingValues(k, conflict.local, conflict.remote.draft);
            // A section that differs only in how it is written (an empty field against none): said so, not left blank.
            const lines = differing.length ? differing : [{ label: 'Valori', mine: 'uguali', theirs: 'uguali' }];
            const side = (which: 'mine' | 'theirs') => (
              <td><ul>{lines.map((l) => <li key={l.label}>{l.label}: {l[which]}</li>)}</ul></td>
            );
            return (
            <tr key={k}>
              <th scope="row">{sectionName(k)}</th>
              {side('mine')}
              {side('theirs')}
              <td>
                <input type="checkbox" aria-label={`Tieni la mia versione di ${sectionName(k)}`} checked={takeLocal.has(k)}
                  onChange={(e) => { const s = new Set(takeLocal); (e.target as HTMLInputElement).checked ? s.add(k) : s.delete(k); setTakeLocal(s); }} />
              </td>
            </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" data-keep="local" onClick={() => resolve({ keep: 'local' })}>Tieni la mia</button>{' '}
      <button type="button" data-keep="remote" onClick={() => resolve({ keep: 'remote' })}>Tieni quella del server</button>{' '}
      <button type="button" data-keep="merged" onClick={() => resolve({ keep: 'merged', sections: [...takeLocal] })}>
        Unisci (sezioni scelte dalla mia)
      </button>
    </section>
  );
}

/** A section of the draft as the operator knows it («Periodo richiesto»), not by its key. */
function sectionName(key: string): string {
  return pathName(key)?.label ?? key;
}

/** Every leaf of a value, by its draft path (`workers[0].hiredOn`). */
function leaves(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value) && value.some((v) => v && typeof v === 'object')) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  else out.set(path, value);
  return out;
}

/**
 * What differs in one section between my version and the server's, field by field, each named as the
 * overlay names it («Data fine periodo: 06/04/2020»), so the operator compares values, not JSON.
 */
export function differingValues(section: string, mine: Draft, theirs: Draft): { label: string; mine: string; theirs: string }[] {
  const a = leaves((mine as Record<string, unknown>)[section], section, new Map());
  const b = leaves((theirs as Record<string, unknown>)[section], section, new Map());
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => draftValueIt(p, a.get(p)) !== draftValueIt(p, b.get(p)))
    .map((p) => ({ label: fieldLabel(p, []), mine: draftValueIt(p, a.get(p)), theirs: draftValueIt(p, b.get(p)) }));
}
