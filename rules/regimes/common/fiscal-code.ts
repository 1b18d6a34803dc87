import { defineRule } from '../../rule.ts';
import {
  checkEmployerFiscalCode, checkPersonalFiscalCode, type FiscalCodeCheck, type FiscalCodeProblem,
} from '../../calc/fiscal-code.ts';
import { EMPLOYER_DATA } from './sources.ts';
import { ofWorker } from './labels.ts';

const PROBLEM_IT: Record<FiscalCodeProblem, string> = {
  empty: 'manca',
  length: 'non ha la lunghezza giusta',
  format: 'contiene lettere o cifre fuori posto',
  month: 'ha una lettera del mese non valida (sono ammesse A B C D E H L M P R S T)',
  day: 'ha un giorno di nascita non valido (1–31 per gli uomini, 41–71 per le donne)',
  check: 'non corrisponde al suo carattere di controllo (probabilmente un carattere è stato trascritto male)',
};

function whatIsWrong(result: Exclude<FiscalCodeCheck, { valid: true }>, expected: string): string {
  if (result.problem === 'length') return `non ha la lunghezza giusta (${expected})`;
  return PROBLEM_IT[result.problem];
}

/**
 * Workers: the personal codice fiscale, 16 characters (omocodia letters
 * allowed). Employer: 11 digits with the check digit, or a personal code
 * (sole traders and professionals). Lengths and algorithms live in
 * calc/fiscal-code.ts.
 */
export default defineRule({
  id: 'common/fiscal-code',
  severity: 'error',
  scope: 'common',
  codesOnly: true,
  title: 'Codici fiscali di lavoratori e datore di lavoro validi',
  source: EMPLOYER_DATA,
  reasoning:
    'La domanda identifica il datore di lavoro e ogni lavoratore con il codice fiscale, che la Regione trasmette all’INPS ' +
    'con l’autorizzazione: un codice errato blocca il pagamento. Il carattere di controllo permette di scoprire gli errori di battitura prima dell’invio.',
  check({ draft, report }) {
    const employer = checkEmployerFiscalCode(draft.employer.fiscalCode);
    if (!employer.valid) {
      report({
        message:
          `Il codice fiscale del datore di lavoro ${whatIsWrong(employer, '11 cifre per le società, 16 caratteri per le persone fisiche')}: ` +
          'correggilo come risulta dal registro delle imprese.',
        fields: ['employer.fiscalCode'],
      });
    }
    draft.workers.forEach((worker, i) => {
      const result = checkPersonalFiscalCode(worker.fiscalCode);
      if (result.valid) return;
      report({
        message:
          `Il codice fiscale ${ofWorker(worker, i)} ${whatIsWrong(result, '16 caratteri')}: ` +
          'correggilo come risulta dalla tessera sanitaria o dal cedolino.',
        fields: [`workers[${i}].fiscalCode`],
      });
    });
  },
});
