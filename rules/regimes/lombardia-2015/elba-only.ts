import { defineRule } from '../../rule.ts';
import type { EmployerCategory, Lombardia2015Params } from './params.ts';
import { ELBA_ONLY } from './sources.ts';

/** The employer's category in the operator's words. */
const CATEGORY_NAMES: Record<EmployerCategory, string> = {
  impresa: 'impresa (non artigiana)',
  artigiana: 'impresa artigiana',
  agricola: 'impresa agricola',
  'studio-professionale': 'studio professionale',
  'non-imprenditore': 'datore di lavoro non imprenditore',
  domestico: 'datore di lavoro domestico',
  'agenzia-somministrazione': 'agenzia di somministrazione',
};

/**
 * Letter f of the Addendum is only for artisan firms adhering to ELBA: the
 * category must be `artigiana` and the adhesion declared (`employer.elbaMember`
 * true; in section A the "tipologia aziendale" is "Impresa aderente ad ELBA
 * (domande lettera f Addendum 2015)"). Each missing condition is its own
 * finding, on its own field; an adhesion not stated (absent) is refused like
 * one stated false, since the Region authorises only agreements ELBA lists.
 */
export default defineRule<Lombardia2015Params>({
  id: 'lombardia-2015/elba-only',
  severity: 'error',
  scope: 'lombardia-2015',
  title: 'Solo imprese artigiane aderenti a ELBA',
  source: ELBA_ONLY,
  reasoning:
    'Le domande di CIG in deroga della lettera f) dell’Addendum del 01/12/2015 sono riservate alle imprese artigiane aderenti all’Ente ' +
    'Lombardo Bilaterale dell’Artigianato (ELBA) che hanno sottoscritto gli accordi censiti da ELBA: la Regione le autorizza seguendo ' +
    'l’elenco cronologico che ELBA le trasmette, e nella sezione A) va selezionata la tipologia «Impresa aderente ad ELBA».',
  check({ draft, params, report }) {
    const { category, elbaMember } = draft.employer;
    if (category !== params.eligibleCategory) {
      report({
        message:
          `Le domande della lettera f) dell’Addendum 2015 possono essere presentate solo da imprese artigiane aderenti a ELBA: ` +
          `il datore di lavoro risulta ${CATEGORY_NAMES[category] ?? category}. Se l’impresa è artigiana correggi la categoria in ` +
          '«impresa artigiana»; altrimenti questa procedura non è utilizzabile.',
        fields: ['employer.category'],
      });
    }
    if (elbaMember !== true) {
      report({
        message:
          (elbaMember === false
            ? 'L’impresa risulta non aderente a ELBA: '
            : 'Manca l’adesione a ELBA: ') +
          'le domande della lettera f) sono riservate alle imprese aderenti all’Ente Lombardo Bilaterale dell’Artigianato. ' +
          'Se l’impresa aderisce, dichiaralo selezionando nella sezione A) la tipologia aziendale «Impresa aderente ad ELBA ' +
          '(domande lettera f Addendum 2015)».',
        fields: ['employer.elbaMember'],
      });
    }
  },
});
