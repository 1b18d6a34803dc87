import { defineRule } from '../../rule.ts';
import type { Piemonte2020Params } from './params.ts';
import { CORRECTION } from './sources.ts';
import { DRAFT_STATUS_IT } from '../../labels.ts';

/** Seed 000 (AMINDER service sheet): Rettifica only in PRESENTATA and VERIFICATA - DA RETTIFICARE. A draft with no status counts as neither. */
export default defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/correction-status',
  severity: 'info',
  scope: 'piemonte-2020',
  title: 'Rettifica solo per domande PRESENTATA o VERIFICATA - DA RETTIFICARE',
  source: CORRECTION,
  reasoning:
    'La funzione Rettifica di AMINDER è disponibile solo per le domande in stato PRESENTATA o VERIFICATA - DA RETTIFICARE; ' +
    'negli altri casi bisogna scrivere alla casella dedicata della Regione spiegando il problema.',
  check({ draft, params, report }) {
    if (draft.intent !== 'rettifica') return;
    if (draft.status && params.correctableStatuses.includes(draft.status)) return;
    const state = draft.status ? `in stato ${DRAFT_STATUS_IT[draft.status] ?? draft.status}` : 'senza stato';
    report({
      message:
        `La domanda è ${state}: la funzione Rettifica non è disponibile (solo per PRESENTATA e VERIFICATA - DA RETTIFICARE). ` +
        `Per modificarla o annullarla scrivere a ${params.regionMailbox} specificando il problema` +
        (draft.protocol ? ` e il protocollo ${draft.protocol}.` : '.'),
      fields: ['status'],
    });
  },
});
