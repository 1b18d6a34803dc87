import { defineRule } from '../../rule.ts';
import { normalizeFiscalCode } from '../../calc/fiscal-code.ts';
import { EACH_WORKER } from './sources.ts';
import { ofWorker, workerSubject } from './labels.ts';

/**
 * One worker, one row: a second row with the same codice fiscale (compared
 * without case and surrounding spaces) would double the worker's hours and
 * count them twice against the agreement's number of workers.
 */
export default defineRule({
  id: 'common/duplicate-worker',
  severity: 'error',
  scope: 'common',
  codesOnly: true,
  title: 'Ogni lavoratore compare una sola volta nella domanda',
  source: EACH_WORKER,
  reasoning:
    'Le ore di sospensione, il consuntivo e il modello SR41 sono per singolo dipendente: lo stesso codice fiscale ' +
    'inserito due volte raddoppia le ore richieste e il numero di lavoratori rispetto all’accordo.',
  check({ draft, report }) {
    const firstRow = new Map<string, number>();
    draft.workers.forEach((worker, i) => {
      const code = normalizeFiscalCode(worker.fiscalCode);
      if (code === '') return; // an empty code is common/fiscal-code's business
      const first = firstRow.get(code);
      if (first === undefined) {
        firstRow.set(code, i);
        return;
      }
      report({
        message:
          `${workerSubject(worker, i)} ha lo stesso codice fiscale ${ofWorker(draft.workers[first], first)}: ` +
          'togli la riga doppia (o correggi il codice fiscale se si tratta di due persone diverse).',
        fields: [`workers[${i}].fiscalCode`],
      });
    });
  },
});
