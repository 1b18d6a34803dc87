import { formatDateIt } from '../../rules/index.ts';

export function dateIt(iso: unknown): string {
  return typeof iso === 'string' && iso ? formatDateIt(iso) : '—';
}

export function numberIt(n: unknown): string {
  return typeof n === 'number' ? n.toLocaleString('it-IT', { maximumFractionDigits: 2 }) : '—';
}

/** Labels of the draft paths no page field holds (the facts panel's, the rules' parts). */
const OTHER_LABELS: Record<string, string> = {
  kind: 'Tipo di domanda', 'employer.elbaMember': 'Adesione a ELBA', 'employer.category': 'Categoria del datore di lavoro',
  'inps.directPayment': 'Modalità di pagamento', agreement: 'Accordo sindacale', 'agreement.start': 'Data inizio accordo',
  'agreement.end': 'Data fine accordo', 'agreement.workers': 'Numero lavoratori accordo', 'agreement.kind': 'Tipo accordo',
  'agreement.cause': 'Causale', attachments: 'Allegati', workers: 'Lavoratori', 'workers[*].hiredOn': 'Data assunzione',
  'workers[*].intermittent': 'Giornate lavorate (intermittente)', 'period.start': 'Data inizio periodo', 'period.end': 'Data fine periodo',
};

/** A draft path as the operator knows it: the page field's label («Data assunzione (riga 1)»), else ours, else the path. */
export function fieldLabel(path: string, bindings: { path: string; label: string }[]): string {
  const bound = bindings.find((b) => b.path === path);
  if (bound) return bound.label;
  const row = /\[(\d+)\]/.exec(path);
  const label = OTHER_LABELS[path.replace(/\[\d+\]/, '[*]')];
  return label ? (row ? `${label} (riga ${Number(row[1]) + 1})` : label) : path;
}
