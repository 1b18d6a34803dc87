/**
 * The popup: the drafts kept in this browser, the agenda of every deadline
 * (missed and due soon first), export and import of draft JSON files.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEADLINE_STATUS_IT, formatDateIt, judge, parseDraft, todayInItaly } from '../../../rules/index.ts';
import { agenda, exportDraft, importDraft, openDraftStore, type StoredDraft } from '../../storage/drafts.ts';
import { countWord } from '../../../rules/calc/numbers.ts';
import './popup.css';

export function Popup() {
  const [drafts, setDrafts] = useState<StoredDraft[] | null>(null);
  const [message, setMessage] = useState('');
  const today = todayInItaly();

  const reload = async () => setDrafts(await (await openDraftStore()).list());
  useEffect(() => void reload(), []);

  const download = (d: StoredDraft) => {
    const blob = new Blob([exportDraft(d)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${d.title.replace(/[^\w.-]+/g, '_')}.cigd.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  const onImport = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const result = importDraft(await file.text());
    if (!result.ok) return setMessage(`${file.name}: ${result.message}`);
    await (await openDraftStore()).save(`import:${file.name}:${Date.now()}`, result.draft);
    setMessage(result.incomplete ? `Importata (incompleta: alcuni campi sono ancora da compilare): ${file.name}` : `Importata: ${file.name}`);
    await reload();
  };

  if (!drafts) return <p>Caricamento…</p>;
  const items = agenda(drafts, today);
  return (
    <main>
      <h1>CIGD Assistente</h1>
      <section aria-labelledby="agenda">
        <h2 id="agenda">Scadenze</h2>
        {items.length === 0 ? <p>Nessuna scadenza.</p> : (
          <ul>
            {items.filter((i) => i.status !== 'met').slice(0, 20).map((i) => (
              <li class={`st-${i.status}`} key={`${i.key}-${i.id}`}>
                <strong>{formatDateIt(i.date)}</strong> {i.label} — {i.title} <em>({DEADLINE_STATUS_IT[i.status]})</em>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="bozze">
        <h2 id="bozze">Bozze in questo browser</h2>
        {drafts.length === 0 ? <p>Nessuna bozza: apri una domanda su AMINDER o su Finanziamenti on line.</p> : (
          <ul>
            {drafts.map((d) => {
              const parsed = parseDraft(d.draft);
              const errors = parsed.ok ? judge(parsed.draft, { today }).findings.filter((f) => f.severity === 'error').length : null;
              return (
                <li key={d.key}>
                  {d.title} — {errors === null ? 'incompleta' : countWord(errors, 'errore', 'errori')}{' '}
                  <button type="button" onClick={() => download(d)}>Esporta</button>
                </li>
              );
            })}
          </ul>
        )}
        <label for="import">Importa una bozza (file JSON)</label>
        <input id="import" type="file" accept="application/json,.json" onChange={onImport} />
        {message && <p role="status">{message}</p>}
      </section>
    </main>
  );
}
