import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2020Params } from './params.ts';
import { workerSubject } from '../common/labels.ts';
import { AGENCY_WORKERS, IN_FORZA } from './sources.ts';

/**
 * In forza on 23/02/2020: hired on or before it and not left before it (a
 * worker whose `leftOn` is the 23rd was still in forza that day).
 */
export const hiredByCutoff = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/hired-by-cutoff',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Solo lavoratori in forza al 23/02/2020',
  source: IN_FORZA,
  reasoning:
    'Accedono alla CIGD 2020 solo i lavoratori in forza al 23 febbraio 2020; AMINDER impedisce di inserire chi è stato assunto dopo.',
  check({ draft, params, report }) {
    const cutoff = params.cutoffDate;
    draft.workers.forEach((w, i) => {
      if (w.hiredOn > cutoff) {
        report({
          message:
            `${workerSubject(w, i)} è stato assunto il ${formatDateIt(w.hiredOn)}, dopo il ${formatDateIt(cutoff)}: ` +
            'non può accedere alla CIGD. Toglierlo dalla domanda.',
          fields: [`workers[${i}].hiredOn`],
        });
      } else if (w.leftOn !== undefined && w.leftOn < cutoff) {
        report({
          message:
            `${workerSubject(w, i)} ha cessato il rapporto il ${formatDateIt(w.leftOn)}, prima del ${formatDateIt(cutoff)}: ` +
            'non era in forza a quella data. Toglierlo dalla domanda.',
          fields: [`workers[${i}].leftOn`],
        });
      }
    });
  },
});

export const agencyWorkers = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/agency-workers',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'I lavoratori somministrati non accedono alla CIGD',
  source: AGENCY_WORKERS,
  reasoning:
    'Secondo la Circolare INPS n. 47/2020 i lavoratori in somministrazione ricevono l\'assegno ordinario del loro Fondo di Solidarietà, non la CIG in deroga.',
  check({ draft, report }) {
    draft.workers.forEach((w, i) => {
      if (w.contract !== 'agency') return;
      report({
        message:
          `${workerSubject(w, i)} è in somministrazione: non accede alla CIGD ma all'assegno ordinario del Fondo di Solidarietà. ` +
          'Toglierlo dalla domanda.',
        fields: [`workers[${i}].contract`],
      });
    });
  },
});
