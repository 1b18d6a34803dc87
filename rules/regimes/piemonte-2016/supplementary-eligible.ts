import { defineRule } from '../../rule.ts';
import { headcountOn } from '../../calc/headcount.ts';
import type { Piemonte2016Params } from './params.ts';
import { SUPPLEMENTARY_ELIGIBLE } from './sources.ts';
import { kindOf, ordinaryDays2016Before } from './year-2016.ts';
import { formatNumberIt } from '../../calc/numbers.ts';

/**
 * Who may ask the supplementary 60 days: a firm (professional studios
 * included) with up to 5 employees, full-time equivalent, over its whole
 * workforce at the period's start (5.2 is more than 5: notice of 05/12/2016),
 * whose unit asked at least 88 days of ordinary CIGD in 2016 (the 4-day
 * tolerance of the 19/12/2016 agreement, notice of 22/12/2016); or a firm in
 * cessation, of any size. The 88 days are counted per local unit, as the
 * notice says ("unità locali che hanno totalizzato almeno 88 giornate").
 * Gives `computed.fte`, `computed.smallEmployer` and `computed.daysAsked2016`.
 */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/supplementary-eligible',
  severity: 'error',
  scope: 'piemonte-2016',
  title: 'Domanda supplementare solo per imprese fino a 5 dipendenti con almeno 88 giorni nel 2016, o in cessazione',
  source: SUPPLEMENTARY_ELIGIBLE,
  reasoning:
    'Il periodo supplementare di 60 giorni spetta alle imprese fino a 5 dipendenti (organico dell’impresa alla data inizio, part-time in ' +
    'proporzione: 5,2 è più di 5) che hanno raggiunto il limite del 2016, cioè almeno 88 giornate richieste per l’unità locale, ' +
    'e alle imprese in cessazione totale o parziale, senza limiti dimensionali.',
  check({ draft, params, report, compute, facts }) {
    if (kindOf(draft.kind) !== 'supplementare-2016-2017') return;
    const fte = facts.memo('piemonte-2016/fte', () => headcountOn(draft.workforce ?? draft.workers, draft.period.start).fte);
    const daysAsked2016 = ordinaryDays2016Before(draft, params, facts);
    const small = fte <= params.smallEmployerMaxFte;
    compute('fte', fte);
    compute('smallEmployer', small);
    compute('daysAsked2016', daysAsked2016);
    if (draft.employer.inCessation) return;
    const enough = daysAsked2016 >= params.supplementaryMinDays2016;
    if (small && enough) return;

    const reasons: string[] = [];
    if (!small) {
      reasons.push(
        `l’organico dell’impresa alla data inizio, calcolato a tempo pieno, è di ${formatNumberIt(fte)} dipendenti ` +
          `(più di ${params.smallEmployerMaxFte}: anche 5,2 supera il limite)`,
      );
    }
    if (!enough) {
      reasons.push(
        `per l’unità locale risultano ${daysAsked2016} giornate di CIGD ordinaria richieste nel 2016 ` +
          `(ne servono almeno ${params.supplementaryMinDays2016})`,
      );
    }
    report({
      message:
        `La domanda supplementare 2016-2017 spetta solo alle imprese fino a ${params.smallEmployerMaxFte} dipendenti con almeno ` +
        `${params.supplementaryMinDays2016} giornate di CIGD richieste nel 2016, o alle imprese in cessazione: ${reasons.join('; ')}. ` +
        'Se l’impresa è in cessazione indicalo; altrimenti la domanda supplementare non è ammessa.',
      fields: [
        'kind',
        ...(small ? [] : ['workforce']),
        ...(enough ? [] : ['previousApplications']),
        'employer.inCessation',
      ],
    });
  },
});
