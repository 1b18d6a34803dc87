/**
 * The draft as the page shows it: the stored draft (with the facts the
 * portal has no field for) updated with every bound input's current value.
 */
import { parseDateIt, type Draft } from '../../rules/index.ts';
import type { Binding } from '../pages/bind.ts';
import type { Adapter } from '../pages/adapters.ts';
import { setPath } from '../pages/paths.ts';

/** A value the operator typed that cannot go into the draft as it is. */
export type InputProblem = { path: string; message: string };

const CONTRACTS: Record<string, string> = {
  'tempo pieno': 'full-time', 'full time': 'full-time', 'full-time': 'full-time', indeterminato: 'full-time',
  'tempo parziale': 'part-time', 'part time': 'part-time', 'part-time': 'part-time',
  intermittente: 'intermittent', 'a chiamata': 'intermittent', intermittent: 'intermittent',
  apprendista: 'apprentice', apprendistato: 'apprentice', apprentice: 'apprentice',
  somministrato: 'agency', somministrazione: 'agency', agency: 'agency',
  parasubordinato: 'parasubordinate', collaboratore: 'parasubordinate', parasubordinate: 'parasubordinate',
};

export function emptyDraft(adapter: Adapter): Draft {
  return {
    format: 'cigd-draft/1',
    employer: { name: '', fiscalCode: '', category: 'impresa' },
    unit: { id: 'U1', comune: '', region: adapter.region },
    period: { start: '', end: '' },
    workers: [],
  } as Draft;
}

function elementValue(b: Binding): string {
  const el = b.element;
  // A select's value, never its label: "Selezionare" is not a contract.
  if (el instanceof HTMLSelectElement) return el.value.trim();
  return el.value.trim();
}

/** Reads the page into a copy of `stored`; values that do not parse are reported, not lost. */
export function readPage(stored: Draft, bindings: Binding[]): { draft: Draft; problems: InputProblem[] } {
  const draft = structuredClone(stored) as Draft & Record<string, unknown>;
  const problems: InputProblem[] = [];
  // Rows on the page decide how many workers there are; facts typed in the panel stay by index.
  const rowIndexes = bindings
    .map((b) => /^workers\[(\d+)\]/.exec(b.path)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(Number);
  if (rowIndexes.length > 0 || bindings.some((b) => b.path.startsWith('workers['))) {
    const rows = Math.max(-1, ...rowIndexes) + 1;
    draft.workers = Array.from({ length: rows }, (_, i) => stored.workers[i] ?? { contract: 'full-time' }) as Draft['workers'];
  }
  for (const b of bindings) {
    const text = elementValue(b);
    let value: unknown;
    switch (b.type) {
      case 'date':
        if (text === '') value = '';
        else {
          value = parseDateIt(text);
          if (value === null) {
            problems.push({ path: b.path, message: `Data non valida: scrivere gg/mm/aaaa (es. 23/03/2020).` });
            value = '';
          }
        }
        break;
      case 'number':
      case 'integer': {
        if (text === '') { value = undefined; break; }
        const n = Number(text.replace(/\./g, '').replace(',', '.'));
        if (!Number.isFinite(n) || n < 0 || (b.type === 'integer' && !Number.isInteger(n))) {
          problems.push({ path: b.path, message: b.type === 'integer' ? 'Scrivere un numero intero.' : 'Scrivere un numero (es. 40 o 37,5).' });
          value = undefined;
        } else value = n;
        break;
      }
      case 'percent': {
        if (text === '') { value = undefined; break; }
        const n = Number(text.replace(',', '.').replace('%', ''));
        if (!Number.isFinite(n) || n <= 0 || n > 100) {
          problems.push({ path: b.path, message: 'Scrivere una percentuale tra 1 e 100.' });
          value = undefined;
        } else value = Math.round(n * 100) / 10000;
        break;
      }
      case 'choice':
        value = text === '' ? undefined : text;
        break;
      case 'contract':
        value = CONTRACTS[text.toLowerCase()] ?? (text === '' ? 'full-time' : text);
        break;
      default:
        value = b.path.endsWith('fiscalCode') ? text.toUpperCase() : text;
    }
    setPath(draft, b.path, value);
  }
  // An agreement exists only once one of its fields is typed.
  const agreement = draft.agreement as Record<string, unknown> | undefined;
  if (agreement) {
    if (Object.values(agreement).every((v) => v === '' || v === undefined)) delete draft.agreement;
    else agreement.kind ??= 'categorie';
  }
  return { draft, problems };
}
