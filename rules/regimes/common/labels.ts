/** How messages name things for the operator: by position and name, never by fiscal code (personal data). */
import type { Worker } from '../../schema.ts';

/** "lavoratore n. 2 (Laura Bianchi)": 1-based, as the portal's list shows them. */
export function workerRef(worker: Pick<Worker, 'name'>, index: number): string {
  const name = worker.name?.trim();
  return `lavoratore n. ${index + 1}${name ? ` (${name})` : ''}`;
}
