import { defineRule } from '../../rule.ts';
import { checkIban, type IbanCheck } from '../../calc/iban.ts';
import { formatMonthIt } from '../../calc/dates.ts';
import { SR41_IBAN } from './sources.ts';
import { ofWorker, workerByCode } from './labels.ts';

function whatIsWrong(result: Exclude<IbanCheck, { valid: true }>): string {
  switch (result.problem) {
    case 'empty':
      return 'è vuoto';
    case 'format':
      return 'non ha la forma di un IBAN (paese, 2 cifre di controllo, per l’Italia CIN, ABI, CAB e conto)';
    case 'length':
      return result.expectedLength
        ? `deve avere ${result.expectedLength} caratteri (spazi esclusi)`
        : 'non ha una lunghezza valida';
    case 'checksum':
      return 'non supera il controllo dell’IBAN (probabilmente un carattere è stato trascritto male)';
  }
}

/** Any IBAN given, on a worker or on an SR41 form, must pass ISO 13616 (calc/iban.ts); spaces are tolerated. */
export default defineRule({
  id: 'common/iban',
  severity: 'error',
  scope: 'common',
  codesOnly: true,
  title: 'IBAN dei lavoratori e dei modelli SR41 validi',
  source: SR41_IBAN,
  reasoning:
    'L’INPS paga l’integrazione salariale sull’IBAN indicato nel modello SR41 di ogni dipendente: ' +
    'un IBAN errato fa fallire o ritardare il pagamento. Le cifre di controllo dell’IBAN scoprono gli errori di battitura.',
  check({ draft, facts, report }) {
    // SR41 forms repeat a worker's IBAN every month: check each distinct text once.
    const checked = new Map<string, IbanCheck>();
    const checkOnce = (iban: string): IbanCheck => {
      let result = checked.get(iban);
      if (!result) checked.set(iban, (result = checkIban(iban)));
      return result;
    };
    draft.workers.forEach((worker, i) => {
      if (worker.iban === undefined) return;
      const result = checkOnce(worker.iban);
      if (result.valid) return;
      report({
        message: `L’IBAN ${ofWorker(worker, i)} ${whatIsWrong(result)}: correggilo.`,
        fields: [`workers[${i}].iban`],
      });
    });
    (draft.sr41 ?? []).forEach((form, i) => {
      if (form.iban === undefined) return; // a missing IBAN is piemonte-2020/sr41-iban's business
      const result = checkOnce(form.iban);
      if (result.valid) return;
      const found = workerByCode(draft, facts)(form.workerFiscalCode);
      // No worker for the code, or no code: the form's number and month say which form it is.
      const who = found?.worker ? ` ${ofWorker(found)}` : '';
      report({
        message: `L’IBAN del modello SR41 n. ${i + 1} (mese ${formatMonthIt(form.month)})${who} ${whatIsWrong(result)}: correggilo.`,
        fields: [`sr41[${i}].iban`],
      });
    });
  },
});
