/**
 * What the rules still need and the page has no field for: a problem on a
 * path no field of this page holds (Finanziamenti on line has no field for
 * the agreement's start, end and workers, nor for the workers' hiring
 * dates). One input per such path, typed as on the portals (dd/MM/yyyy, whole
 * numbers), written into the same draft; the page itself is not touched.
 */
import { useState } from 'preact/hooks';
import { parseDateIt, type Draft } from '../../rules/index.ts';
import { setPath } from '../pages/paths.ts';
import { BAD_DATE, parseNumberIt, type InputProblem } from '../live/read-page.ts';
import { ofWorker } from '../../rules/regimes/common/labels.ts';
import { pathName } from '../italian.ts';

/** The problems the operator can only answer here: their path is a fact the overlay asks and no field of the page holds it. */
export function missingFacts(problems: InputProblem[], boundPaths: Set<string>): InputProblem[] {
  return problems.filter((p) => !boundPaths.has(p.path) && pathName(p.path)?.ask);
}

/** The id of the overlay's own input for a fact (the list of fields to complete takes the operator there). */
export function factInputId(path: string): string {
  return `cigd-fact-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

type Props = { draft: Draft; missing: InputProblem[]; update: (change: (d: Draft) => Draft) => void };

export function MissingFacts({ draft, missing, update }: Props) {
  if (missing.length === 0) return null;
  return (
    <section aria-label="Dati mancanti" data-status="missing-facts">
      <h3 class="sev-error">Dati che servono ai controlli e che questa pagina non chiede</h3>
      {missing.map((p) => {
        const { label, ask } = pathName(p.path)!;
        const row = /^workers\[(\d+)\]/.exec(p.path);
        // A worker named as the rules name workers, never by codice fiscale:
        // «di Mario Rossi (lavoratore n. 1)», or «del lavoratore n. 1» when the row has no name.
        const named = row ? `${label} ${ofWorker(draft.workers[Number(row[1])] ?? {}, Number(row[1]))}` : label;
        return <FactInput key={p.path} path={p.path} kind={ask!} label={named} update={update} />;
      })}
    </section>
  );
}

function FactInput({ path, kind, label, update }: { path: string; kind: 'date' | 'integer'; label: string; update: Props['update'] }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const id = factInputId(path);
  const save = (e: Event) => {
    // Typed as on the portals and read as the page's own fields are: the same parsers, the same messages.
    const value = kind === 'date' ? parseDateIt(text) : parseNumberIt(text);
    if (kind === 'date' ? value === null : !Number.isInteger(value)) return setError(kind === 'date' ? BAD_DATE : 'Scrivere un numero intero.');
    setError('');
    const box = (e.currentTarget as Element).closest('[data-fact]');
    const section = box?.parentElement;
    const place = section ? Array.from(section.querySelectorAll('[data-fact]')).indexOf(box!) : -1;
    update((d) => {
      const copy = structuredClone(d) as unknown as Record<string, unknown>;
      setPath(copy, path, value);
      return copy as unknown as Draft;
    });
    // Answered, the fact leaves the list with its input and button: the keyboard goes on to the next one
    // (where this one was), not back to the start of the page.
    if (box && !box.isConnected && section?.isConnected) {
      const rest = section.querySelectorAll<HTMLInputElement>('[data-fact] input');
      rest[Math.min(place, rest.length - 1)]?.focus();
    }
  };
  return (
    <div data-fact={path}>
      <label for={id}>{label}{kind === 'date' ? ' (gg/mm/aaaa)' : ''}</label>
      <input id={id} value={text} inputMode={kind === 'integer' ? 'numeric' : undefined}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => e.key === 'Enter' && save(e)}
        // Leaving the input (Tab, a click elsewhere) keeps what was typed, as on the portal's own fields.
        onChange={(e) => text.trim() !== '' && save(e)} />
      <button type="button" onClick={save}>Salva</button>
      {error && <p class="sev-error" role="alert">{error}</p>}
    </div>
  );
}
