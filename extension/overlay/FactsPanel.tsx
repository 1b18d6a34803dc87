/**
 * What the page does not ask: facts the rules need that AMINDER has no field
 * for (earlier applications, attachments already uploaded, intermittent
 * workers' days worked and CIGD days asked, the union notification). Stored in the same draft.
 */
import { useState } from 'preact/hooks';
import { formatDateIt, parseDateIt, type Draft } from '../../rules/index.ts';
import { parseNumberIt } from '../live/read-page.ts';

type Props = { draft: Draft; update: (change: (d: Draft) => Draft) => void };

export function FactsPanel({ draft, update }: Props) {
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [error, setError] = useState('');
  const previous = draft.previousApplications ?? [];
  const roles = new Set((draft.attachments ?? []).map((a) => a.role));

  const addPrevious = () => {
    const s = parseDateIt(start);
    const e = parseDateIt(end);
    if (!s || !e) return setError('Scrivere le date come gg/mm/aaaa.');
    if (e < s) return setError('La data fine precede la data inizio.');
    setError('');
    setStart('');
    setEnd('');
    update((d) => ({ ...d, previousApplications: [...(d.previousApplications ?? []), { start: s, end: e }] }));
  };

  // A worker's count of days: a whole number ≥ 0, else refused with a message; empty clears it.
  const [daysError, setDaysError] = useState('');
  type Worker = Draft['workers'][number];
  const setDays = (i: number, text: string, put: (w: Worker, days: number | undefined) => Worker) => {
    const days = text.trim() === '' ? undefined : parseNumberIt(text);
    if (days !== undefined && !(Number.isInteger(days) && days >= 0)) return setDaysError('Scrivere un numero intero di giorni (0 o più).');
    setDaysError('');
    update((d) => ({ ...d, workers: d.workers.map((w, j) => (j === i ? put(w, days) : w)) }));
  };

  // Emptied, the fact is gone (the schema takes the days and the call together, or neither): never 0 days.
  const setIntermittent = ({ intermittent, ...w }: Worker, days: number | undefined): Worker =>
    days === undefined ? w : { ...w, intermittent: { calledBeforeCause: intermittent?.calledBeforeCause ?? true, daysWorkedLast12Months: days } };

  const toggleAttachment = (role: 'dichiarazione' | 'accordo', on: boolean) =>
    update((d) => {
      const others = (d.attachments ?? []).filter((a) => a.role !== role);
      const name = role === 'dichiarazione' ? 'dichiarazione.pdf' : 'accordo-sindacale.pdf';
      return { ...d, attachments: on ? [...others, { name, type: 'application/pdf', role }] : others };
    });

  return (
    <section aria-label="Dati che il portale non chiede">
      <details>
        <summary>Dati che il portale non chiede</summary>
        <h3>Domande precedenti</h3>
        <ul>
          {previous.map((p, i) => (
            <li key={i} class="info">
              {formatDateIt(p.start)} – {formatDateIt(p.end)}{' '}
              <button type="button" onClick={() => update((d) => ({ ...d, previousApplications: previous.filter((_, j) => j !== i) }))}>
                Rimuovi
              </button>
            </li>
          ))}
        </ul>
        <label for="cigd-prev-start">Inizio (gg/mm/aaaa)</label>
        <input id="cigd-prev-start" value={start} onInput={(e) => setStart((e.target as HTMLInputElement).value)} />
        <label for="cigd-prev-end">Fine (gg/mm/aaaa)</label>
        <input id="cigd-prev-end" value={end} onInput={(e) => setEnd((e.target as HTMLInputElement).value)} />
        <button type="button" onClick={addPrevious}>Aggiungi domanda precedente</button>
        {error && <p class="sev-error" role="alert">{error}</p>}

        <h3>Allegati PDF caricati</h3>
        <label>
          <input type="checkbox" checked={roles.has('dichiarazione')} onChange={(e) => toggleAttachment('dichiarazione', (e.target as HTMLInputElement).checked)} />{' '}
          Dichiarazione aziendale
        </label>
        <label>
          <input type="checkbox" checked={roles.has('accordo')} onChange={(e) => toggleAttachment('accordo', (e.target as HTMLInputElement).checked)} />{' '}
          Accordo sindacale
        </label>

        {draft.workers.some((w) => w.contract === 'intermittent') && <h3>Lavoratori intermittenti</h3>}
        {draft.workers.map((w, i) =>
          w.contract !== 'intermittent' ? null : (
            <div key={i}>
              <label for={`cigd-int-${i}`}>{w.name || w.fiscalCode}: giornate lavorate negli ultimi 12 mesi</label>
              <input id={`cigd-int-${i}`} inputMode="numeric" value={w.intermittent?.daysWorkedLast12Months ?? ''}
                onInput={(e) => setDays(i, (e.target as HTMLInputElement).value, setIntermittent)} />
              <label for={`cigd-days-${i}`}>Giorni di CIGD chiesti (in tutte le domande)</label>
              <input id={`cigd-days-${i}`} inputMode="numeric" value={w.cigdDays ?? ''}
                onInput={(e) => setDays(i, (e.target as HTMLInputElement).value, (w, cigdDays) => ({ ...w, cigdDays }))} />
            </div>
          ),
        )}
        {daysError && <p class="sev-error" role="alert">{daysError}</p>}
      </details>
    </section>
  );
}
