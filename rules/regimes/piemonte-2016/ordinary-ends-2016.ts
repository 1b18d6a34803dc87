import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2016Params } from './params.ts';
import { ORDINARY_ENDS_2016 } from './sources.ts';
import { kindOf } from './year-2016.ts';

/** Only the supplementary and the apprentices' applications may reach into 2017. */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/ordinary-ends-2016',
  severity: 'error',
  scope: 'piemonte-2016',
  title: 'Le domande ordinarie finiscono entro il 31/12/2016',
  source: ORDINARY_ENDS_2016,
  reasoning:
    'Le domande ordinarie del 2016 non possono superare il 31 dicembre 2016: sconfinare nel 2017 è possibile solo con la domanda ' +
    'supplementare (imprese fino a 5 dipendenti che hanno esaurito i giorni del 2016, imprese in cessazione) o con quella per apprendisti di imprese in CIGS.',
  check({ draft, params, report }) {
    if (kindOf(draft.kind) !== 'ordinaria') return;
    const { start, end } = draft.period;
    if (end <= params.ordinaryLastDay) return;
    const lastDay = formatDateIt(params.ordinaryLastDay);
    if (start > params.ordinaryLastDay) {
      report({
        message:
          `Una domanda ordinaria non può iniziare dopo il ${lastDay} (data inizio ${formatDateIt(start)}): con inizio nel 2017 sono ammesse ` +
          'solo le domande per apprendisti di imprese in CIGS. Se è questo il caso scegli il tipo di domanda «apprendisti CIGS».',
        fields: ['period.start', 'kind'],
      });
      return;
    }
    report({
      message:
        `Una domanda ordinaria non può finire dopo il ${lastDay} (data fine ${formatDateIt(end)}): porta la data fine al massimo al ${lastDay}. ` +
        'Proseguire nel 2017 è possibile solo con la domanda supplementare 2016-2017, per le imprese fino a 5 dipendenti che hanno ' +
        'esaurito i giorni del 2016 o in cessazione.',
      fields: ['period.end'],
    });
  },
});
