import { formatDateIt } from '../../rules/index.ts';

export const SEVERITY_LABEL = { error: 'Errori', warning: 'Avvisi', info: 'Informazioni' } as const;
export const STATUS_LABEL = { future: 'in programma', 'due-soon': 'in scadenza', met: 'rispettata', missed: 'scaduta' } as const;

export function dateIt(iso: unknown): string {
  return typeof iso === 'string' && iso ? formatDateIt(iso) : '—';
}

export function numberIt(n: unknown): string {
  return typeof n === 'number' ? n.toLocaleString('it-IT', { maximumFractionDigits: 2 }) : '—';
}
