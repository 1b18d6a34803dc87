import { defineRule } from '../../rule.ts';
import { addDays, daysBetween, formatDateIt } from '../../calc/dates.ts';
import { applicationDays, type Period } from '../../calc/days.ts';
import type { Lombardia2015Params } from './params.ts';
import { START_AFTER_AGREEMENT } from './sources.ts';

function daysText(days: number): string {
  return days === 1 ? '1 giorno' : `${days} giorni`;
}

/**
 * The suspensions may start on the day the agreement is signed or later
 * (signing on the start day is fine, unlike Piemonte); the days before
 * signing are not recognised, and the Region cuts the period (and the hours,
 * when they exceed INPS's maxima for the shorter period).
 *
 * Gives `computed.recognisedPeriod` as `{ start, end }` whenever there is an
 * agreement and the period is in order: from the later of start and signing
 * to the end (the whole period when signed by the start). No agreement: not
 * computed (agreement-kind asks for one).
 *
 * An agreement signed after the period's end leaves no day recognised
 * ("non riconoscerà il periodo di cassa antecedente alla data di stipula"):
 * `computed.recognisedPeriod` is null and the message says the application
 * cannot be paid. The finding keeps the warning severity of rules.md, the
 * public contract other tools read; the message carries the weight.
 */
export default defineRule<Lombardia2015Params>({
  id: 'lombardia-2015/start-after-agreement',
  severity: 'warning',
  scope: 'lombardia-2015',
  title: 'La CIGD decorre al più presto dalla firma dell’accordo sindacale',
  source: START_AFTER_AGREEMENT,
  reasoning:
    'La decorrenza delle sospensioni può partire dalla data di sottoscrizione dell’accordo sindacale: se l’accordo è firmato dopo ' +
    'l’inizio delle sospensioni, la Regione non riconosce i giorni precedenti alla firma e decurta il periodo e, se superano i massimali ' +
    'INPS del periodo ridotto, anche le ore. La data inizio CIGD deve coincidere con la firma o essere successiva.',
  check({ draft, report, compute }) {
    const agreement = draft.agreement;
    const { start, end } = draft.period;
    if (!agreement || end < start) return; // no agreement: agreement-kind; disorder: common/period-order
    const signedOn = agreement.signedOn;
    if (signedOn <= start) {
      compute('recognisedPeriod', { start, end } satisfies Period);
      return;
    }
    if (signedOn > end) {
      compute('recognisedPeriod', null);
      report({
        message:
          `L’accordo sindacale è firmato il ${formatDateIt(signedOn)}, dopo la fine del periodo di CIGD (${formatDateIt(end)}): ` +
          'la Regione non riconosce alcun giorno di sospensione precedente alla firma. Indica le sospensioni effettive a partire ' +
          `dal ${formatDateIt(signedOn)} o allega l’accordo firmato prima dell’inizio.`,
        fields: ['period.start', 'agreement.signedOn'],
      });
      return;
    }
    const recognised: Period = { start: signedOn, end };
    compute('recognisedPeriod', recognised);
    const lost = daysBetween(start, signedOn);
    report({
      message:
        `La CIGD inizia il ${formatDateIt(start)}, prima della firma dell’accordo sindacale (${formatDateIt(signedOn)}): la Regione non ` +
        (lost === 1
          ? `riconosce il giorno ${formatDateIt(start)} `
          : `riconosce i ${lost} giorni dal ${formatDateIt(start)} al ${formatDateIt(addDays(signedOn, -1))} `) +
        `e riconosce solo il periodo dal ${formatDateIt(signedOn)} al ${formatDateIt(end)} (${daysText(applicationDays(recognised))}). ` +
        `Porta la data inizio al ${formatDateIt(signedOn)} o a una data successiva, e riduci le ore se superano i massimali INPS del periodo ridotto.`,
      fields: ['period.start', 'agreement.signedOn'],
    });
  },
});
