/** The operator's Italian for the draft: dates, figures, and every draft path named as the portals name the field. Used by the overlay, the options page and the draft store alike. */
import { formatDateIt, isIsoDate } from '../rules/index.ts';
import { AGREEMENT_KIND_IT, CONTRACT_IT, DRAFT_KIND_IT, DRAFT_STATUS_IT, EMPLOYER_CATEGORY_IT } from '../rules/labels.ts';

export function dateIt(iso: unknown): string {
  return typeof iso === 'string' && iso ? formatDateIt(iso) : '—';
}

// One formatter for every figure: toLocaleString builds a new one on each call, and the overlay shows figures on every keystroke.
const NUMBER_IT = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 });

export function numberIt(n: unknown): string {
  return typeof n === 'number' ? NUMBER_IT.format(n) : '—';
}

/**
 * A draft path's Italian name, in the words the portals use for the same
 * field («Data inizio accordo»), so a finding's field, the part left out and
 * the overlay's own input name it alike. `[*]` stands for any row of a list.
 * `the`: the article a part takes when a sentence names it («l’accordo sindacale»).
 * `ask`: a fact the overlay asks in its own input when no field of the page holds it.
 */
type PathName = { label: string; the?: 'il' | 'la' | 'l’' | 'i'; ask?: 'date' | 'integer' };

const PATH_NAMES: Record<string, PathName> = {
  // The draft's sections, as the conflict view in the options page names them.
  employer: { label: 'Datore di lavoro' }, unit: { label: 'Unità operativa' }, period: { label: 'Periodo richiesto' },
  status: { label: 'Stato della domanda' }, workforce: { label: 'Organico dell’azienda' },
  'employer.fiscalCode': { label: 'Codice fiscale azienda' }, 'employer.name': { label: 'Denominazione' },
  'employer.units': { label: 'Unità operative' }, 'employer.regionsWithUnits': { label: 'Regioni con unità operative' },
  'employer.averageEmployeesLastSemester': { label: 'Media dei dipendenti nell’ultimo semestre' },
  'employer.cigsEnd': { label: 'Fine della CIGS' }, 'employer.cisoaExhausted': { label: 'CISOA esaurita' },
  'employer.coveredBy': { label: 'Disciplina degli ammortizzatori' },
  'unit.id': { label: 'Unità operativa' }, 'unit.comune': { label: 'Comune sede operativa' }, 'unit.region': { label: 'Regione' },
  'inps.protocol': { label: 'Protocollo domanda INPS' },
  'agreement.unionsNotifiedOn': { label: 'Data di comunicazione ai sindacati' },
  'correctionEmail.sentOn': { label: 'Data della mail di rettifica' },
  'correctionEmail.datesFixedOn': { label: 'Data di correzione delle date su AMINDER' },
  'workers[*]': { label: 'Lavoratore' }, 'workers[*].unitId': { label: 'Unità operativa del lavoratore' },
  'workers[*].name': { label: 'Cognome e nome' }, 'workers[*].fte': { label: 'Quota del tempo pieno' },
  'unit.name': { label: 'Denominazione sede operativa' }, 'employer.inCessation': { label: 'Azienda in cessazione' },
  protocol: { label: 'Numero di protocollo' }, regime: { label: 'Regole applicate' },
  'attachments[*].name': { label: 'File allegato' }, 'attachments[*].role': { label: 'Tipo allegato' },
  'previousApplications[*].start': { label: 'Inizio domanda precedente' }, 'previousApplications[*].end': { label: 'Fine domanda precedente' },
  'suspensions[*].hours': { label: 'Ore sospensione' }, 'sr41[*].month': { label: 'Mese SR41' },
  'suspensions[*].workerFiscalCode': { label: 'Codice fiscale del lavoratore' }, 'sr41[*].workerFiscalCode': { label: 'Codice fiscale del lavoratore' },
  kind: { label: 'Tipo di domanda' }, 'employer.elbaMember': { label: 'Adesione a ELBA' },
  'employer.category': { label: 'Categoria del datore di lavoro' }, 'period.start': { label: 'Data inizio periodo' },
  'period.end': { label: 'Data fine periodo' }, submittedOn: { label: 'Data di presentazione' },
  inps: { label: 'Dati INPS', the: 'i' }, 'inps.directPayment': { label: 'Modalità di pagamento' },
  correctionEmail: { label: 'Mail di rettifica', the: 'la' },
  agreement: { label: 'Accordo sindacale', the: 'l’' }, 'agreement.kind': { label: 'Tipo accordo' }, 'agreement.cause': { label: 'Causale' },
  'agreement.signedOn': { label: 'Data sottoscrizione accordo', ask: 'date' }, 'agreement.start': { label: 'Data inizio accordo', ask: 'date' },
  'agreement.end': { label: 'Data fine accordo', ask: 'date' }, 'agreement.workers': { label: 'Numero lavoratori accordo', ask: 'integer' },
  workers: { label: 'Lavoratori' }, 'workers[*].fiscalCode': { label: 'Codice fiscale' },
  'workers[*].hiredOn': { label: 'Data assunzione', ask: 'date' }, 'workers[*].leftOn': { label: 'Data cessazione' },
  'workers[*].contract': { label: 'Tipo contratto' }, 'workers[*].requestedHours': { label: 'Ore richieste' }, 'workers[*].iban': { label: 'IBAN' },
  'workers[*].cigdDays': { label: 'Giorni di CIGD chiesti' }, 'workers[*].intermittent': { label: 'Giornate lavorate (intermittente)' },
  'workers[*].intermittent.daysWorkedLast12Months': { label: 'Giornate lavorate negli ultimi 12 mesi' },
  'workers[*].intermittent.calledBeforeCause': { label: 'Chiamato prima della causale' },
  previousApplications: { label: 'Domande precedenti' }, 'previousApplications[*]': { label: 'Domanda precedente', the: 'la' },
  attachments: { label: 'Allegati' }, 'attachments[*]': { label: 'Allegato', the: 'l’' },
  // The monthly reports, called consuntivi as the portals and the rules' messages call them.
  reports: { label: 'Consuntivi mensili' }, 'reports[*]': { label: 'Consuntivo', the: 'il' },
  'reports[*].month': { label: 'Mese del consuntivo' }, 'reports[*].submittedOn': { label: 'Data di invio del consuntivo' },
  'reports[*].hours': { label: 'Ore del consuntivo' },
  suspensions: { label: 'Comunicazioni di sospensione' }, 'suspensions[*]': { label: 'Comunicazione di sospensione', the: 'la' }, 'suspensions[*].start': { label: 'Inizio sospensione' },
  'suspensions[*].end': { label: 'Fine sospensione' }, 'suspensions[*].sentOn': { label: 'Invio sospensione' },
  sr41: { label: 'Moduli SR41' }, 'sr41[*]': { label: 'Modello SR41', the: 'il' }, 'sr41[*].hours': { label: 'Ore SR41' },
  'sr41[*].iban': { label: 'IBAN SR41' }, 'sr41[*].sentOn': { label: 'Invio SR41' },
  // What only a draft file holds (an import names it when it is wrong).
  format: { label: 'Formato del file' }, intent: { label: 'Domanda di rettifica' },
  'employer.phone': { label: 'Telefono' }, 'employer.fax': { label: 'Fax' }, 'employer.postcode': { label: 'CAP' },
  'employer.ateco': { label: 'Codice ATECO' }, 'employer.coveredBy[*]': { label: 'Disciplina degli ammortizzatori' },
  'employer.units[*]': { label: 'Unità operativa' }, 'employer.units[*].id': { label: 'Codice unità operativa' },
  'employer.units[*].name': { label: 'Denominazione unità operativa' }, 'employer.units[*].comune': { label: 'Comune unità operativa' },
  'employer.units[*].region': { label: 'Regione unità operativa' }, 'employer.units[*].employees': { label: 'Dipendenti unità operativa' },
  'previousApplications[*].unitId': { label: 'Unità operativa della domanda precedente' },
  'previousApplications[*].kind': { label: 'Tipo della domanda precedente' },
  'workers[*].onLeaveReplaced': { label: 'In congedo con sostituto' }, 'attachments[*].type': { label: 'Formato allegato' },
};

/**
 * The name of a path of the draft, any row; a report's hours are by codice fiscale (reports[0].hours.RSSMRA…): named as the report's hours.
 * The firm's whole workforce (`workforce`) holds workers too: its fields are named as theirs.
 */
export function pathName(path: string): PathName | undefined {
  return byPath(PATH_NAMES, path.replace(/(\.hours)\..*/, '$1'));
}

/** What `table` says of a draft path, any row (`[*]`); the firm's workforce as the workers. */
function byPath<T>(table: Record<string, T>, path: string): T | undefined {
  const key = path.replace(/\[\d+\]/g, '[*]');
  return table[key] ?? (key.startsWith('workforce[*]') ? table[key.replace('workforce', 'workers')] : undefined);
}

/** A draft path as the operator knows it: the page field's label («Data assunzione (riga 1)»), else ours («Giorni di CIGD chiesti (riga 1)»), else the path. */
export function fieldLabel(path: string, bindings: { path: string; label: string }[]): string {
  const bound = bindings.find((b) => b.path === path);
  if (bound) return bound.label;
  const row = /(\w+)\[(\d+)\]/.exec(path);
  const label = pathName(path)?.label;
  // A worker by its row, as the page's own row fields are named («Data assunzione (riga 1)»); one of the workforce by its number there.
  const where = row && (row[1] === 'workers' ? 'riga' : row[1] === 'workforce' ? 'organico n.' : 'n.');
  return label ? (row ? `${label} (${where} ${Number(row[2]) + 1})` : label) : path;
}

/** A field of a draft file named for the operator: its own name, else that of the nearest part it is in; never its path. */
export function draftFieldName(path: string): string {
  for (let p = path; ; ) {
    const label = fieldLabel(p, []);
    if (label !== p) return label;
    const part = p.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
    if (part === p || part === '') return 'Contenuto del file';
    p = part;
  }
}

/**
 * Why a draft file is refused, every bad field named in Italian: said as it is to the operator (the popup's import).
 * Each problem said once: a report's hours are one field for all its workers (they are keyed by codice fiscale,
 * never shown), so a firm's hours typed wrong alike would otherwise say the same thing once per worker.
 */
export function draftIssuesIt(issues: readonly { path: string; message: string }[]): string {
  return `Bozza non valida: ${[...new Set(issues.map((i) => `${draftFieldName(i.path)}: ${i.message}`))].join('; ')}`;
}

/** A part left out of the judging, as a sentence names it: "agreement" → "l’accordo sindacale"; "reports[1]" → "il consuntivo n. 2". */
export function partLabel(part: string): string {
  const name = pathName(part);
  if (!name?.the) return part;
  const label = `${name.the}${name.the === 'l’' ? '' : ' '}${name.label[0].toLowerCase()}${name.label.slice(1)}`;
  const row = /\[(\d+)\]$/.exec(part);
  return row ? `${label} n. ${Number(row[1]) + 1}` : label;
}

/** The draft's coded values as the portals and the notices word them («Apprendistato», not `apprentice`), by path (`[*]`: any row). */
const VALUE_IT: Record<string, Record<string, string>> = {
  'workers[*].contract': CONTRACT_IT,
  'agreement.kind': AGREEMENT_KIND_IT,
  'employer.category': EMPLOYER_CATEGORY_IT,
  kind: DRAFT_KIND_IT,
  status: DRAFT_STATUS_IT,
};

/**
 * A value of the draft at `path` as the portals show it: dates dd/MM/yyyy,
 * Sì/No, figures the Italian way, coded values in words («Apprendistato»);
 * «(vuoto)» for none.
 */
export function draftValueIt(path: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '(vuoto)';
  if (typeof value === 'boolean') return value ? 'Sì' : 'No';
  if (typeof value === 'number') return numberIt(value);
  if (typeof value === 'string') return isIsoDate(value) ? dateIt(value) : byPath(VALUE_IT, path)?.[value] ?? value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => draftValueIt(path, v)).join(', ');
  return JSON.stringify(value);
}
