/**
 * Teach mode: the operator clicks a field of the portal and says which draft
 * path it holds. The map is per site, shared with the team through the
 * server, and can be exported and imported as JSON.
 */
import { useState } from 'preact/hooks';
import { parseFieldMap, type FieldMap } from '../pages/field-map.ts';
import { fieldLabel } from '../italian.ts';

/** A draft path as the operator knows it («Data assunzione (ogni riga)», «Data assunzione (riga 1)»), never `workers[*].hiredOn`. */
function pathLabel(path: string): string {
  const label = fieldLabel(path, []);
  return path.startsWith('workers[*]') ? `${label} (ogni riga)` : label;
}

export type TeachProps = {
  active: boolean;
  picked: { selector: string; label: string } | null;
  paths: string[];
  map: FieldMap;
  setActive(on: boolean): void;
  save(selector: string, path: string): void;
  replaceMap(map: FieldMap): void;
};

export function TeachPanel({ active, picked, paths, map, setActive, save, replaceMap }: TeachProps) {
  const [path, setPath] = useState(paths[0] ?? '');
  const [message, setMessage] = useState('');
  const exportMap = () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([JSON.stringify(map, null, 2)], { type: 'application/json' }));
    a.download = `mappa-campi-${map.site}.json`;
    a.click();
  };
  const importMap = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const r = parseFieldMap(await file.text());
    if (!r.ok) return setMessage(r.message);
    if (r.map.site !== map.site) return setMessage(`La mappa è per ${r.map.site}, non per ${map.site}.`);
    replaceMap(r.map);
    setMessage('Mappa importata.');
  };
  return (
    <section aria-label="Insegna i campi">
      <details>
        <summary>Insegna i campi ({map.fields.length} insegnati)</summary>
        <p>Se un campo del portale non viene riconosciuto, attiva la modalità, fai clic sul campo e scegli cosa contiene.</p>
        <button type="button" data-action="teach" aria-pressed={active} onClick={() => setActive(!active)}>
          {active ? 'Termina' : 'Attiva modalità insegnamento'}
        </button>
        {active && picked && (
          <div>
            <p>Campo scelto: <code>{picked.label || picked.selector}</code></p>
            <label for="cigd-teach-path">Il campo contiene</label>
            <select id="cigd-teach-path" value={path} onChange={(e) => setPath((e.target as HTMLSelectElement).value)}>
              {paths.map((p) => <option key={p} value={p}>{pathLabel(p)}</option>)}
            </select>{' '}
            <button type="button" data-action="teach-save" onClick={() => { save(picked.selector, path); setMessage(`Salvato: ${pathLabel(path)}`); }}>Salva</button>
          </div>
        )}
        <ul>{map.fields.map((f) => <li key={f.selector} class="info"><code>{f.selector}</code> → {pathLabel(f.path)}</li>)}</ul>
        <button type="button" onClick={exportMap}>Esporta mappa</button>{' '}
        <label for="cigd-map-import">Importa mappa (JSON)</label>
        <input id="cigd-map-import" type="file" accept="application/json,.json" onChange={importMap} />
        {message && <p role="status">{message}</p>}
      </details>
    </section>
  );
}
