import { defineRule } from '../../rule.ts';
import type { Lombardia2015Params } from './params.ts';
import { INPS_PROTOCOL } from './sources.ts';

/**
 * Section E: the application goes to INPS first (Mod. IG15/Deroga – cod.
 * SR100, with the agreement), then to the Region with INPS's protocol; the
 * payment is direct. A blank protocol counts as none. Two findings, one per
 * field.
 */
export default defineRule<Lombardia2015Params>({
  id: 'lombardia-2015/inps-protocol',
  severity: 'error',
  scope: 'lombardia-2015',
  title: 'Protocollo della domanda INPS e pagamento diretto (sezione E)',
  source: INPS_PROTOCOL,
  reasoning:
    'Le domande della lettera f) si presentano prima all’INPS e poi, acquisito il protocollo, alla Regione su Finanziamenti on line: ' +
    'nella sezione E) Dati INPS vanno dichiarate l’avvenuta presentazione all’INPS con il suo protocollo e la modalità del pagamento diretto. ' +
    'I dati delle due domande devono coincidere.',
  check({ draft, report }) {
    const inps = draft.inps;
    if (!inps?.protocol?.trim()) {
      report({
        message:
          'Manca il protocollo della domanda INPS (sezione E – Dati INPS): presenta prima la domanda all’INPS (Mod. IG15/Deroga – ' +
          'cod. SR100, con l’accordo sindacale), poi dichiarane l’avvenuta presentazione e inserisci il protocollo ricevuto.',
        fields: ['inps.protocol'],
      });
    }
    if (inps?.directPayment !== true) {
      report({
        message: 'Nella sezione E – Dati INPS indica come modalità di pagamento il «pagamento diretto».',
        fields: ['inps.directPayment'],
      });
    }
  },
});
