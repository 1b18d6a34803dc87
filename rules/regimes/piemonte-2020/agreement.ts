import { defineRule } from '../../rule.ts';
import { addDays, daysBetween, formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2020Params } from './params.ts';
import { nineWeeks } from './shared.ts';
import { AGREEMENT_PERIOD, AGREEMENT_SPAN, AGREEMENT_WORKERS, UNION_CONSULTATION } from './sources.ts';

export const agreementWorkers = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/agreement-workers',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Non più lavoratori di quelli previsti dall\'accordo',
  source: AGREEMENT_WORKERS,
  reasoning:
    'I lavoratori della domanda devono rientrare nel numero previsto dall\'accordo sindacale: altrimenti la Regione mette la domanda in rettifica.',
  check({ draft, report }) {
    const agreement = draft.agreement;
    if (!agreement || draft.workers.length <= agreement.workers) return;
    report({
      message:
        `La domanda comprende ${draft.workers.length} lavoratori ma l'accordo ne prevede ${agreement.workers}: ` +
        `togliere ${draft.workers.length - agreement.workers} lavoratori o allegare un accordo che li comprenda tutti.`,
      fields: ['agreement.workers'],
    });
  },
});

export const agreementPeriod = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/agreement-period',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Il periodo richiesto deve stare dentro quello dell\'accordo',
  source: AGREEMENT_PERIOD,
  reasoning:
    'La data inizio della domanda non può precedere quella dell\'accordo sindacale, né la data fine superarla: la Regione chiederebbe di allineare i dati.',
  check({ draft, report }) {
    const agreement = draft.agreement;
    if (!agreement) return;
    if (draft.period.start < agreement.start) {
      report({
        message:
          `Il periodo inizia il ${formatDateIt(draft.period.start)}, prima dell'inizio dell'accordo (${formatDateIt(agreement.start)}): ` +
          `la data inizio deve essere almeno il ${formatDateIt(agreement.start)}.`,
        fields: ['period.start'],
      });
    }
    if (draft.period.end > agreement.end) {
      report({
        message:
          `Il periodo finisce il ${formatDateIt(draft.period.end)}, dopo la fine dell'accordo (${formatDateIt(agreement.end)}): ` +
          `la data fine può essere al massimo il ${formatDateIt(agreement.end)}.`,
        fields: ['period.end'],
      });
    }
  },
});

/**
 * The days still available, counted on from this application's start (the
 * unit's 63 days minus the earlier applications'), should fall inside the
 * agreement, so that it serves the next application too.
 */
export const agreementSpan = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/agreement-span',
  severity: 'info',
  scope: 'piemonte-2020',
  title: 'Conviene un accordo che copra tutte le 9 settimane',
  source: AGREEMENT_SPAN,
  reasoning:
    'Se l\'accordo copre tutte le settimane ancora disponibili, potrà essere allegato anche alla domanda successiva senza un\'ulteriore intesa.',
  check({ draft, params, facts, report }) {
    const agreement = draft.agreement;
    if (!agreement) return;
    const { usedBefore } = nineWeeks(draft, facts, params);
    const available = params.totalDays - usedBefore;
    if (available <= 0 || draft.period.end < draft.period.start) return;
    const lastAvailable = addDays(draft.period.start, available - 1);
    if (agreement.end >= lastAvailable) return;
    report({
      message:
        `L'accordo termina il ${formatDateIt(agreement.end)}: restano ${available} giorni nelle 9 settimane, fino al ` +
        `${formatDateIt(lastAvailable)}. Un accordo fino a quella data potrà servire anche per la prossima domanda.`,
      fields: ['agreement.end'],
    });
  },
});

export const unionConsultation = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/union-consultation',
  severity: 'warning',
  scope: 'piemonte-2020',
  title: 'Commissione sindacale: solo dopo 7 giorni dalla comunicazione ai sindacati',
  source: UNION_CONSULTATION,
  reasoning:
    'Ci si rivolge alla Commissione Sindacale regionale solo se le rappresentanze di categoria, avvisate con la comunicazione preventiva, ' +
    'non chiedono l\'esame congiunto entro 7 giorni.',
  check({ draft, params, report }) {
    const agreement = draft.agreement;
    if (!agreement || agreement.kind !== 'commissione-sindacale') return;
    if (!agreement.unionsNotifiedOn) {
      report({
        message:
          'Accordo con la Commissione sindacale: indicare la data della comunicazione preventiva alle rappresentanze sindacali di categoria.',
        fields: ['agreement.unionsNotifiedOn'],
      });
      return;
    }
    const waited = daysBetween(agreement.unionsNotifiedOn, agreement.signedOn);
    if (waited >= params.unionResponseDays) return;
    const earliest = addDays(agreement.unionsNotifiedOn, params.unionResponseDays);
    report({
      message:
        `L'accordo con la Commissione sindacale è firmato il ${formatDateIt(agreement.signedOn)}, ${waited < 0 ? 'prima della' : `${waited} giorni dopo la`} ` +
        `comunicazione ai sindacati (${formatDateIt(agreement.unionsNotifiedOn)}): i sindacati hanno ${params.unionResponseDays} giorni per chiedere ` +
        `l'esame congiunto. La Commissione può firmare dal ${formatDateIt(earliest)}.`,
      fields: ['agreement.signedOn'],
    });
  },
});
