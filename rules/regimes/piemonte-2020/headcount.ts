import { defineRule } from '../../rule.ts';
import { formatDateIt } from '../../calc/dates.ts';
import type { Piemonte2020Params } from './params.ts';
import { headcount, isSmallEmployer } from './shared.ts';
import { formatNumberIt } from '../../calc/numbers.ts';
import { AGREEMENT_REQUIRED, HEADCOUNT, SMALL_EMPLOYER } from './sources.ts';

/** "1 dipendente equivalente", "5,2 dipendenti equivalenti": the fte as the messages say it. */
const equivalents = (fte: number) => (fte === 1 ? '1 dipendente equivalente' : `${formatNumberIt(fte, 4)} dipendenti equivalenti`);

/**
 * `computed.fte` and `computed.smallEmployer`: the whole staff in forza at the
 * period's start (workforce, defaulting to workers), part-time and
 * intermittent by their fte, agency and parasubordinate not counted, a worker
 * on leave who is replaced not counted. The counting details come from seed
 * 002 (Piemonte 2016), which seed 001 does not repeat: "5,2 è più di 5".
 */
export const headcountRule = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/headcount',
  severity: 'info',
  scope: 'piemonte-2020',
  title: 'Organico in equivalenti a tempo pieno all\'inizio del periodo',
  source: HEADCOUNT,
  reasoning:
    'La soglia dei 5 dipendenti decide se serve l\'accordo sindacale o la dichiarazione aziendale: si conta tutto l\'organico ' +
    'dell\'azienda alla data di inizio, part-time e intermittenti in proporzione; 5,2 è già più di 5.',
  check({ draft, params, facts, report, compute }) {
    const { fte, people } = headcount(draft, facts);
    const small = isSmallEmployer(fte, params);
    compute('fte', fte);
    compute('smallEmployer', small);
    report({
      message:
        `Organico al ${formatDateIt(draft.period.start)}: ${equivalents(fte)} a tempo pieno ` +
        `(${people} ${people === 1 ? 'persona' : 'persone'}). ` +
        (small
          ? `Fino a ${params.smallEmployerMaxFte}: non serve l'accordo sindacale, va allegata la dichiarazione aziendale.`
          : `Più di ${params.smallEmployerMaxFte}: serve l'accordo sindacale.`),
      fields: [draft.workforce ? 'workforce' : 'workers'],
    });
  },
});

export const smallEmployerDeclaration = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/small-employer-declaration',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Fino a 5 dipendenti: allegare la dichiarazione aziendale',
  source: SMALL_EMPLOYER,
  reasoning:
    'Le aziende fino a 5 dipendenti non hanno bisogno dell\'accordo sindacale, ma devono allegare una dichiarazione che giustifichi il ricorso alla CIGD; ' +
    'chi supera i 5 addetti ma rientra nella soglia a tempo pieno compila il prospetto di calcolo della dichiarazione.',
  check({ draft, params, facts, report }) {
    const { fte, people } = headcount(draft, facts);
    if (!isSmallEmployer(fte, params)) return;
    const declared = (draft.attachments ?? []).some((a) => a.role === 'dichiarazione');
    if (!declared) {
      report({
        message:
          `Con ${equivalents(fte)} (fino a ${params.smallEmployerMaxFte}) va allegata la dichiarazione aziendale ` +
          'che giustifica il ricorso alla CIGD: aggiungere l\'allegato "dichiarazione".',
        fields: ['attachments'],
      });
    }
    if (people > params.smallEmployerMaxFte) {
      report({
        severity: 'info',
        message:
          `L'organico conta ${people} persone ma ${equivalents(fte)} a tempo pieno: ` +
          'compilare nella dichiarazione il prospetto per il calcolo del numero di dipendenti.',
        fields: ['attachments'],
      });
    }
  },
});

/** Only the union agreement's presence: its content is checked by the agreement-* rules. */
export const agreementRequired = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/agreement-required',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Più di 5 dipendenti: serve l\'accordo sindacale',
  source: AGREEMENT_REQUIRED,
  reasoning:
    'Oltre i 5 dipendenti equivalenti la normativa richiede la consultazione sindacale e l\'accordo va allegato alla domanda.',
  check({ draft, params, facts, report }) {
    const { fte } = headcount(draft, facts);
    if (isSmallEmployer(fte, params) || draft.agreement) return;
    report({
      message:
        `Con ${equivalents(fte)} (più di ${params.smallEmployerMaxFte}) serve l'accordo sindacale: ` +
        'indicarne i dati e allegarlo alla domanda.',
      fields: ['agreement'],
    });
  },
});
