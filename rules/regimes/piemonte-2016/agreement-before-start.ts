import { defineRule } from '../../rule.ts';
import { addDays, formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2016Params } from './params.ts';
import { AGREEMENT_BEFORE_START } from './sources.ts';
import { kindOf } from './year-2016.ts';

/**
 * The union agreement (or the joint examination at the Region) must be signed
 * at least one day before the CIGD starts: signed on the day before is fine,
 * on the start day is not. Seed over rules.md: the notice of 12/12/2016 makes
 * the agreement compulsory for the supplementary application ("corredata da
 * un accordo sindacale"), so such a draft without one is an error too; for the
 * others (the 05/12/2016 notice says "se richiesto") only the date is judged.
 * A non-entrepreneur's application without one is non-entrepreneur's finding,
 * with the 29/04/2016 notice that requires it.
 */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/agreement-before-start',
  severity: 'error',
  scope: 'piemonte-2016',
  title: 'Accordo sindacale firmato almeno un giorno prima dell’inizio',
  source: AGREEMENT_BEFORE_START,
  reasoning:
    'L’accordo sindacale o l’esame congiunto in sede regionale deve essere sottoscritto almeno un giorno prima dell’inizio della CIGD: ' +
    'i giorni precedenti la firma non sono coperti e la Regione non autorizza la domanda. L’accordo è obbligatorio per la domanda ' +
    'supplementare (Avviso del 12/12/2016).',
  check({ draft, report }) {
    const latestSigning = addDays(draft.period.start, -1);
    const agreement = draft.agreement;
    if (!agreement) {
      if (kindOf(draft.kind) === 'supplementare-2016-2017') {
        report({
          message:
            'Manca l’accordo sindacale (o il verbale di esame congiunto in sede regionale, per le imprese in cessazione): ' +
            `la domanda supplementare deve esserne corredata, con firma entro il ${formatDateIt(latestSigning)}.`,
          fields: ['agreement'],
        });
      }
      return;
    }
    if (agreement.signedOn <= latestSigning) return;
    report({
      message:
        `L’accordo sindacale è firmato il ${formatDateIt(agreement.signedOn)}: deve essere firmato almeno un giorno prima dell’inizio ` +
        `della CIGD, cioè entro il ${formatDateIt(latestSigning)}. Sposta la data inizio almeno al ${formatDateIt(addDays(agreement.signedOn, 1))} ` +
        'o allega un accordo firmato prima.',
      fields: ['agreement.signedOn', 'period.start'],
    });
  },
});
