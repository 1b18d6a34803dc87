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
import type { InputProblem } from '../live/read-page.ts';
import { workerLabel } from '../../rules/regimes/common/labels.ts';

type Kind = 'date' | 'count';
type Fact = { pattern: RegExp; kind: Kind; label: (m: RegExpExecArray, draft: Draft) => string };

const FACTS: Fact[] = [
  { pattern: /^agreement\.signedOn$/, kind: 'date', label: () => 'Data di sottoscrizione dell’accordo' },
  { pattern: /^agreement\.start$/, kind: 'date', label: () => 'Data inizio dell’accordo' },
  { pattern: /^agreement\.end$/, kind: 'date', label: () => 'Data fine dell’accordo' },
  { pattern: /^agreement\.workers$/, kind: 'count', label: () => 'Numero di lavoratori dell’accordo' },
  {
    pattern: /^workers\[(\d+)\]\.hiredOn$/,
    kind: 'date',
    label: (m, draft) => {
      const row = Number(m[1]);
      const w = draft.workers[row];
      // Named as the rules name workers: never by codice fiscale.
      return `Data di assunzione di ${workerLabel(w ?? {}, row)}`;
    },
  },
];

/** The problems the operator can only answer here: their path is one of FACTS and no field of the page holds it. */
export function missingFacts(problems: InputProblem[], boundPaths: Set<string>): InputProblem[] {
  return problems.filter((p) => !boundPaths.has(p.path) && FACTS.some((f) => f.pattern.test(p.path)));
}

type Props = { draft: Draft; missing: InputProblem[]; update: (change: (d: Draft) => Draft) => void };

export function MissingFacts({ draft, missing, update }: Props) {
  if (missing.length === 0) return null;
  return (
    <section aria-label="Dati mancanti" data-status="missing-facts">
      <h3 class="sev-error">Dati che servono ai controlli e che questa pagina non chiede</h3>
      {missing.map((p) => {
        const fact = FACTS.find((f) => f.pattern.test(p.path))!;
        return <FactInput key={p.path} path={p.path} kind={fact.kind} label={fact.label(fact.pattern.exec(p.path)!, draft)} update={update} />;
      })}
    </section>
  );
}

function FactInput({ path, kind, label, update }: { path: string; kind: Kind; label: string; update: Props['update'] }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const id = `cigd-fact-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const save = () => {
    const value = kind === 'date' ? parseDateIt(text) : /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
    if (value === null) return setError(kind === 'date' ? 'Scrivere la data come gg/mm/aaaa.' : 'Scrivere un numero intero.');
    setError('');
    update((d) => {
      const copy = structuredClone(d) as unknown as Record<string, unknown>;
      setPath(copy, path, value);
      return copy as unknown as Draft;
    });
  };
  return (
    <div data-fact={path}>
      <label for={id}>{label}{kind === 'date' ? ' (gg/mm/aaaa)' : ''}</label>
      <input id={id} value={text} inputMode={kind === 'count' ? 'numeric' : undefined}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => e.key === 'Enter' && save()} />
      <button type="button" onClick={save}>Salva</button>
      {error && <p class="sev-error" role="alert">{error}</p>}
    </div>
  );
}
