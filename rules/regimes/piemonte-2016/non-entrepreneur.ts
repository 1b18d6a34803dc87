import { defineRule } from '../../rule.ts';
import { addDays, formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2016Params } from './params.ts';
import { NON_ENTREPRENEUR } from './sources.ts';
import { formatNumberIt } from '../../calc/numbers.ts';
import { kindOf } from './year-2016.ts';

/**
 * Addendum of 27/04/2016: non-entrepreneur employers (professional studios
 * have their own category and are not concerned) up to 15 employees, average
 * of the last semester, for periods up to 30/06/2016. Without the average the
 * limit cannot be judged: a warning asks for it. Seed over rules.md: the same
 * notice requires their applications to come with a union agreement signed
 * before the start, so one without an agreement is refused here (a
 * supplementary one is refused by agreement-before-start, which requires the
 * agreement of every supplementary application); the signing date of an
 * agreement given is agreement-before-start's, as for every draft.
 */
export default defineRule<Piemonte2016Params>({
  id: 'piemonte-2016/non-entrepreneur',
  severity: 'error',
  scope: 'piemonte-2016',
  title: 'Datori non imprenditori: fino a 15 addetti e periodo entro il 30/06/2016',
  source: NON_ENTREPRENEUR,
  reasoning:
    'L’Addendum del 27/04/2016 ammette alla CIG in deroga i datori di lavoro non imprenditori fino a 15 addetti (media dell’ultimo semestre) ' +
    'solo fino al 30/06/2016: dal 1° luglio 2016 questi datori accedono al Fondo di Integrazione Salariale. ' +
    'Le loro domande devono essere corredate di un accordo sindacale firmato prima dell’inizio, anche tramite la Commissione Sindacale.',
  check({ draft, params, report }) {
    if (draft.employer.category !== 'non-imprenditore') return;
    const lastDay = params.nonEntrepreneurLastDay;
    if (draft.period.start > lastDay) {
      report({
        message:
          `I datori di lavoro non imprenditori possono chiedere la CIG in deroga solo fino al ${formatDateIt(lastDay)}: ` +
          `la data inizio (${formatDateIt(draft.period.start)}) è successiva. Dal giorno dopo va chiesto il Fondo di Integrazione Salariale.`,
        fields: ['period.start'],
      });
    } else if (draft.period.end > lastDay) {
      report({
        message:
          `I datori di lavoro non imprenditori possono chiedere la CIG in deroga solo fino al ${formatDateIt(lastDay)}: ` +
          `porta la data fine al massimo al ${formatDateIt(lastDay)}.`,
        fields: ['period.end'],
      });
    }
    // The supplementary application's missing agreement is agreement-before-start's finding: said once.
    if (!draft.agreement && kindOf(draft.kind) !== 'supplementare-2016-2017') {
      report({
        message:
          'Manca l’accordo sindacale: le domande dei datori di lavoro non imprenditori devono esserne corredate ' +
          `(anche tramite la Commissione Sindacale), con firma entro il ${formatDateIt(addDays(draft.period.start, -1))}. Allega l’accordo.`,
        fields: ['agreement'],
      });
    }
    const average = draft.employer.averageEmployeesLastSemester;
    if (average === undefined) {
      report({
        severity: 'warning',
        message:
          `Indica la media dei dipendenti dell’ultimo semestre: i datori non imprenditori sono ammessi fino a ${params.nonEntrepreneurMaxEmployees} addetti.`,
        fields: ['employer.averageEmployeesLastSemester'],
      });
    } else if (average > params.nonEntrepreneurMaxEmployees) {
      report({
        message:
          `La media dei dipendenti dell’ultimo semestre è ${formatNumberIt(average)}: i datori non imprenditori sono ammessi fino a ` +
          `${params.nonEntrepreneurMaxEmployees} addetti. Con più addetti va chiesto il Fondo di Integrazione Salariale.`,
        fields: ['employer.averageEmployeesLastSemester'],
      });
    }
  },
});
