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
  'workers[*].cigdDays': 'Giorni di CIGD chiesti', 'workers[*].intermittent.daysWorkedLast12Months': 'Giornate lavorate negli ultimi 12 mesi',
  'workers[*].intermittent.calledBeforeCause': 'Chiamato prima della causale', 'workers[*].contract': 'Tipo contratto',
  'workers[*].fiscalCode': 'Codice fiscale', 'workers[*].leftOn': 'Data cessazione', 'workers[*].requestedHours': 'Ore richieste',
  'workers[*].iban': 'IBAN', previousApplications: 'Domande precedenti', 'previousApplications[*]': 'Domanda precedente',
  submittedOn: 'Data di presentazione', reports: 'Riepiloghi mensili', 'reports[*].month': 'Mese del riepilogo',
  'reports[*].submittedOn': 'Data di invio del riepilogo', 'reports[*].hours': 'Ore del riepilogo',
  'suspensions[*].start': 'Inizio sospensione', 'suspensions[*].end': 'Fine sospensione', 'suspensions[*].sentOn': 'Invio sospensione',
  'sr41[*].hours': 'Ore SR41', 'sr41[*].iban': 'IBAN SR41', 'sr41[*].sentOn': 'Invio SR41',
};

/** A draft path as the operator knows it: the page field's label («Data assunzione (riga 1)»), else ours («Giorni di CIGD chiesti (riga 1)»), else the path. */
export function fieldLabel(path: string, bindings: { path: string; label: string }[]): string {
  const bound = bindings.find((b) => b.path === path);
  if (bound) return bound.label;
  const row = /^(\w+)\[(\d+)\]/.exec(path);
  // A report's hours are by codice fiscale (reports[0].hours.RSSMRA…): named as the report's hours.
  const label = OTHER_LABELS[path.replace(/\[\d+\]/, '[*]').replace(/(\.hours)\..*/, '$1')];
  // A worker by its row, as the page's own row fields are named («Data assunzione (riga 1)»).
  return label ? (row ? `${label} (${row[1] === 'workers' ? 'riga' : 'n.'} ${Number(row[2]) + 1})` : label) : path;
}
