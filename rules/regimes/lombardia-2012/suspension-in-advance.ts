import { defineRule } from '../../rule.ts';
import { formatDateIt, minDate } from '../../calc/dates.ts';
import { firstWorkingDayOfWeek } from '../../calc/holidays.ts';
import type { Lombardia2012Params } from './params.ts';
import { IN_ADVANCE } from './sources.ts';
import { calendar, paramsOn, span } from './shared.ts';
import { ofWorker, workerByCode } from '../common/labels.ts';

/**
 * From 16/04/2012 (by the communication's own start) a suspension is
 * communicated in advance: by the first working day of its week (Monday, or
 * the next day that is not a public holiday) and in any case by its start.
 * Seed over rules.md: a communication for the same worker starting in the week
 * of one sent on an earlier day (the same dates, or the dates or hours
 * corrected) is the correction the seed prescribes for errors "relativi
 * all’inserimento dei periodi o delle ore" ("inviando una nuova comunicazione
 * di sospensione con i dati corretti"): it is not late, the original is
 * judged. One starting in a later week is a new communication, judged on its
 * own even when its dates overlap an earlier one (shared.ts, `corrects`).
 */
export default defineRule<Lombardia2012Params>({
  id: 'lombardia-2012/suspension-in-advance',
  severity: 'error',
  scope: 'lombardia-2012',
  title: 'Comunicazioni di sospensione inviate in anticipo (dal 16/04/2012)',
  source: IN_ADVANCE,
  reasoning:
    'Dal 16 aprile 2012 (decreto 2640/2012) il calendario delle sospensioni è programmato: la comunicazione arriva alla Regione ' +
    'entro il primo giorno lavorativo della settimana a cui si riferisce e comunque non dopo l’inizio della sospensione.',
  check({ draft, report, facts }) {
    // A correction re-sends a communication already made: the first one is the one judged.
    const resent = calendar(draft, facts).corrections;
    (draft.suspensions ?? []).forEach((s, i) => {
      if (!paramsOn(s.start).inAdvance || resent.has(s)) return;
      const latest = minDate(firstWorkingDayOfWeek(s.start), s.start);
      if (s.sentOn <= latest) return;
      report({
        message:
          `La comunicazione di sospensione ${ofWorker(workerByCode(draft, facts)(s.workerFiscalCode))} (${span(s)}) è stata inviata il ` +
          `${formatDateIt(s.sentOn)}: andava inviata entro il ${formatDateIt(latest)}, primo giorno lavorativo della settimana ` +
          'e comunque non dopo l’inizio della sospensione. Se la data di invio è sbagliata correggila; altrimenti comunica ' +
          'le prossime settimane entro il loro primo giorno lavorativo.',
        fields: [`suspensions[${i}].sentOn`],
      });
    });
  },
});
