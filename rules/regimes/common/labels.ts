/**
 * How messages name workers for the operator. The common rules point at the
 * portal's list, by position and name. Where the draft itself knows a worker
 * only by code (reports, SR41 forms, communications of suspension), the name
 * found in the application comes first, then the code.
 */
import type { Worker } from '../../schema.ts';

/** "lavoratore n. 2 (Laura Bianchi)": 1-based, as the portal's list shows them. */
export function workerRef(worker: Pick<Worker, 'name'>, index: number): string {
  const name = worker.name?.trim();
  return `lavoratore n. ${index + 1}${name ? ` (${name})` : ''}`;
}

/** "Mario Rossi (RSSMRA80A01L219M)", or the code alone. */
export function workerLabel(worker: Pick<Worker, 'name' | 'fiscalCode'>): string {
  return worker.name?.trim() ? `${worker.name.trim()} (${worker.fiscalCode})` : worker.fiscalCode;
}
