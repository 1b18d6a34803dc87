/**
 * The readable Italian report of `cigd check` (one block per file) and the
 * printable catalogue of `cigd rules`.
 */
import type { Deadline, DeadlineStatus, Finding, Severity, Verdict } from '../schema.ts';
import type { CatalogueEntry } from '../catalogue.ts';
import { formatDateIt, formatMonthIt, isIsoDate, isIsoMonth } from '../calc/dates.ts';
import { countWord } from '../calc/numbers.ts';
import { regimes } from '../regimes/index.ts';
import { DEADLINE_STATUS_IT, SEVERITY_HEADING_IT } from '../labels.ts';
import type { Style } from './style.ts';

const SEVERITY_NAMES: Record<Severity, string> = { error: 'errore', warning: 'avviso', info: 'informazione' };

/** Italian labels of the computed figures rules.md names; any other key is shown as is. */
const COMPUTED_LABELS: Record<string, string> = {
  applicationDays: 'Giorni della domanda',
  daysUsed: 'Giorni usati',
  daysLeft: 'Giorni residui',
  latestEnd: 'Data fine massima',
  fte: 'Forza lavoro (FTE)',
  smallEmployer: 'Fino a 5 dipendenti',
  intermittentCaps: 'Tetti intermittenti (giorni)',
  aminderEntry: 'Periodo da inserire in AMINDER',
  realPeriod: 'Periodo reale',
  recognisedPeriod: 'Periodo riconosciuto',
};

const numberIt = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 });

function regimeTitle(id: string | null): string {
  if (!id) return 'nessuno: regione e date non corrispondono a un regime noto';
  const title = regimes.find((r) => r.id === id)?.title;
  return title ? `${id} (${title})` : id;
}

/** One computed value in words: dates as dd/MM/yyyy, periods as "dal … al …", maps as "chiave: valore". */
export function formatValue(value: unknown, indent: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (typeof value === 'number') return numberIt.format(value);
  if (typeof value === 'string') return formatText(value, indent);
  if (Array.isArray(value)) return value.map((v) => formatValue(v, indent)).join(', ');
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 2 && isIsoDate(obj.start) && isIsoDate(obj.end)) {
      return `dal ${formatDateIt(obj.start)} al ${formatDateIt(obj.end)}`;
    }
    if (keys.length === 0) return '—';
    return keys.map((k) => `\n${indent}  ${k}: ${formatValue(obj[k], `${indent}  `)}`).join('');
  }
  return String(value);
}

function formatText(text: string, indent: string): string {
  // `as unknown`: the guards would narrow `text` to never on the way down.
  if (isIsoDate(text as unknown)) return formatDateIt(text);
  if (isIsoMonth(text as unknown)) return formatMonthIt(text);
  // A multi-line text (e.g. an e-mail body) goes on its own indented lines.
  return text.includes('\n') ? `\n${text.split('\n').map((l) => `${indent}  ${l}`).join('\n')}` : text;
}

function severityColour(style: Style, severity: Severity): (t: string) => string {
  return severity === 'error' ? style.red : severity === 'warning' ? style.yellow : style.cyan;
}

function statusColour(style: Style, status: DeadlineStatus): (t: string) => string {
  return status === 'missed' ? style.red : status === 'due-soon' ? style.yellow : status === 'met' ? style.green : (t) => t;
}

function findingLines(style: Style, f: Finding): string[] {
  const lines = [`  ${severityColour(style, f.severity)(f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'i')} ${f.message}`];
  lines.push(style.dim(`      regola: ${f.rule}`));
  if (f.fields.length) lines.push(style.dim(`      campi: ${f.fields.join(', ')}`));
  lines.push(style.dim(`      fonte: ${f.source}`));
  return lines;
}

function deadlineLine(style: Style, d: Deadline): string {
  const date = isIsoDate(d.date) ? formatDateIt(d.date) : d.date;
  return `  ${date}  ${d.label}  ${statusColour(style, d.status)(`[${DEADLINE_STATUS_IT[d.status]}]`)}`;
}

/** The report of one judged file. */
export function formatVerdict(file: string, verdict: Verdict, style: Style): string {
  const out: string[] = [];
  const count = (s: Severity) => verdict.findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  out.push(style.bold(`== ${file}`));
  out.push(`Regime: ${regimeTitle(verdict.regime)}`);
  const tally =
    `${countWord(errors, 'errore', 'errori')}, ${countWord(count('warning'), 'avviso', 'avvisi')}, ` +
    `${countWord(count('info'), 'informazione', 'informazioni')}`;
  out.push(`Esito: ${errors ? style.red(style.bold('NON CONFORME')) : style.green(style.bold('CONFORME'))} (${tally})`);

  for (const severity of ['error', 'warning', 'info'] as const) {
    const findings = verdict.findings.filter((f) => f.severity === severity);
    if (!findings.length) continue;
    out.push('', style.bold(severityColour(style, severity)(SEVERITY_HEADING_IT[severity])));
    for (const f of findings) out.push(...findingLines(style, f));
  }

  const keys = Object.keys(verdict.computed);
  if (keys.length) {
    out.push('', style.bold('Dati calcolati'));
    for (const key of keys) {
      const value = formatValue(verdict.computed[key], '  ');
      out.push(`  ${COMPUTED_LABELS[key] ?? key}:${value.startsWith('\n') ? '' : ' '}${value}`);
    }
  }

  if (verdict.deadlines.length) {
    out.push('', style.bold('Scadenze'));
    for (const d of verdict.deadlines) out.push(deadlineLine(style, d));
  }
  return `${out.join('\n')}\n\n`;
}

const SCOPE_TITLES: Record<string, string> = { common: 'Regole comuni (tutti i regimi)' };

/** `cigd rules`: every rule with severity, title and source, grouped by regime, catalogue order. */
export function formatCatalogue(entries: CatalogueEntry[], style: Style): string {
  const scopes: string[] = [];
  for (const e of entries) if (!scopes.includes(e.scope)) scopes.push(e.scope);
  const out: string[] = [style.bold(`Catalogo delle regole CIGD (${countWord(entries.length, 'regola', 'regole')})`)];
  for (const scope of scopes) {
    const inScope = entries.filter((e) => e.scope === scope);
    const title = SCOPE_TITLES[scope] ?? regimeTitle(scope);
    out.push('', style.bold(`${title} — ${countWord(inScope.length, 'regola', 'regole')}`));
    for (const e of inScope) {
      out.push(`  ${e.id}  ${severityColour(style, e.severity)(`[${SEVERITY_NAMES[e.severity]}]`)}`);
      out.push(`      ${e.title}`);
      out.push(style.dim(`      fonte: ${e.source}`));
    }
  }
  return `${out.join('\n')}\n`;
}
