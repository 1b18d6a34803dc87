/**
 * The draft as the page shows it: the stored draft (with the facts the
 * portal has no field for) updated with every bound input's current value.
 */
import { parseDateIt, type Draft } from '../../rules/index.ts';
import type { Binding, BindingRow } from '../pages/bind.ts';
import type { Adapter } from '../pages/adapters.ts';
import { getPath, setPath } from '../pages/paths.ts';
import { pairWorkers } from '../storage/pair-workers.ts';

/**
 * A value the operator typed that cannot go into the draft as it is; or, with
 * `missing`, a field still empty: not judged yet, and not an error to mark.
 */
export type InputProblem = { path: string; message: string; missing?: true };

/**
 * A number as typed in Italy, else NaN: digits, thousands dots in groups of three, one decimal comma
 * ("1.234,5", "37,5"); or one decimal dot ("37.5"; "1.234" is thousands). No signs, exponents, hex.
 */
export function parseNumberIt(text: string): number {
  const t = text.replace(/\s/g, '');
  if (/^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return /^\d+\.\d+$/.test(t) ? Number(t) : NaN;
}

/** The one message for a date that is not one (typed on the page, or in the draft). */
export const BAD_DATE = 'Data non valida: scrivere gg/mm/aaaa (es. 23/03/2020).';

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
  // A check (a checkbox, or the «yes» radio of a group) is on or off; a select's value, never its label: "Selezionare" is not a contract.
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked ? 'on' : 'off';
  return el.value.trim();
}

/** Reads the page into a copy of `stored`; values that do not parse are reported, not lost. */
export function readPage(stored: Draft, bindings: Binding[]): { draft: Draft; problems: InputProblem[] } {
  const draft = structuredClone(stored) as Draft & Record<string, unknown>;
  const problems: InputProblem[] = [];
  // Menus whose option writes several paths go last: what they write may depend on the rest (the period's year).
  const menus = bindings.filter((b) => b.options);
  // Every field's value first: which stored worker a row is may depend on the rest of the row.
  const values: { path: string; value: unknown; row?: BindingRow }[] = [];
  // A name asked in two fields (Cognome, Nome): its parts by path, joined below.
  const names = new Map<string, { given?: string; family?: string; row?: BindingRow }>();
  for (const b of bindings) {
    if (b.options) continue;
    const text = elementValue(b);
    if (b.part) {
      names.set(b.path, { ...names.get(b.path), [b.part]: text, row: b.row });
      continue;
    }
    let value: unknown;
    switch (b.type) {
      case 'date':
        if (text === '') value = '';
        else {
          value = parseDateIt(text);
          if (value === null) {
            problems.push({ path: b.path, message: BAD_DATE });
            value = '';
          }
        }
        break;
      case 'number':
      case 'integer': {
        if (text === '') { value = undefined; break; }
        const n = parseNumberIt(text);
        if (!Number.isFinite(n) || n < 0 || (b.type === 'integer' && !Number.isInteger(n))) {
          problems.push({ path: b.path, message: b.type === 'integer' ? 'Scrivere un numero intero.' : 'Scrivere un numero (es. 40 o 37,5).' });
          value = undefined;
        } else value = n;
        break;
      }
      case 'percent': {
        if (text === '') { value = undefined; break; }
        const n = parseNumberIt(text.replace('%', ''));
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
        value = text === '' ? undefined : CONTRACTS[text.toLowerCase()] ?? text; // «Selezionare» left: to complete, never guessed
        break;
      default:
        // An empty code is missing (to complete), not a wrong code.
        value = b.path.endsWith('fiscalCode') ? (text === '' ? undefined : text.toUpperCase()) : text;
    }
    values.push({ path: b.path, value, row: b.row });
  }
  // Given name first, as the draft writes it ("Mario Rossi"); no name when both are empty.
  for (const [path, { given, family, row }] of names) values.push({ path, value: [given, family].filter(Boolean).join(' ') || undefined, row });
  // Rows on the page decide how many workers there are. Facts typed in the panel stay with their
  // worker (pairWorkers: by codice fiscale; by position for a code still being typed or mended in
  // place). A removed row's worker goes with its facts.
  // Each binding knows its row (bindFields): no path is parsed here, on every keystroke of a large firm.
  if (bindings.some((b) => b.path.startsWith('workers['))) {
    let count = 0;
    for (const b of bindings) if (b.row && b.row.index >= count) count = b.row.index + 1;
    // A row's code is its first code field's value.
    const rows = Array.from({ length: count }, () => ({ fiscalCode: undefined as string | undefined }));
    for (const { row, value } of values) if (row?.field === 'fiscalCode') rows[row.index].fiscalCode ??= String(value ?? '');
    // Each row's fields as read, grouped only when a row's code is compared with the rest of its row (rarely).
    let rowValues: [string, unknown][][] | undefined;
    const fieldsOf = (i: number) => {
      if (!rowValues) {
        rowValues = Array.from({ length: count }, () => []);
        for (const { row, value } of values) if (row?.field !== undefined) rowValues[row.index].push([row.field, value]);
      }
      return rowValues[i];
    };
    // A whole code (16 characters) replaced by another at once is the same worker's, mended, only when
    // the rest of the row reads as before; otherwise another worker came on the row (the page reloaded).
    const whole = (w?: { fiscalCode?: string }) => w?.fiscalCode?.length === 16;
    const mended = (i: number) => !whole(rows[i]) || !whole(stored.workers[i])
      || fieldsOf(i).every(([field, value]) => field === 'fiscalCode' || getPath(stored.workers[i], field) === value);
    draft.workers = pairWorkers(rows, stored.workers, mended).map((j) => (j >= 0 ? draft.workers[j] : { contract: 'full-time' })) as Draft['workers'];
  }
  for (const { path, value } of values) setPath(draft, path, value);
  for (const b of menus) {
    const options = b.options!;
    const option = options[elementValue(b).toLowerCase()];
    const writes = typeof option === 'function' ? option(draft) : option
      // None chosen, or one we do not know: what any option would write is unknown.
      ?? Object.fromEntries(Object.values(options).flatMap((o) => (typeof o === 'function' ? [] : Object.keys(o))).concat(b.path).map((p) => [p, undefined]));
    for (const [path, value] of Object.entries(writes)) setPath(draft, path, value);
  }
  // An agreement exists only once one of its fields is typed; its kind is never guessed.
  for (const key of ['agreement', 'inps'] as const) {
    const part = draft[key] as Record<string, unknown> | undefined;
    if (part && Object.values(part).every((v) => v === '' || v === undefined)) delete draft[key];
  }
  return { draft, problems };
}
