import { defineRule } from '../../rule.ts';
import { addDays, formatDateIt } from '../../calc/dates.ts';
import type { Lombardia2015Params } from './params.ts';
import { AGREEMENT_KIND, STANDARD_CAUSE_QUOTE } from './sources.ts';
import { agreementKindLabel, normaliseCause } from './shared.ts';

/**
 * The three agreements of letter f, each for its own case:
 * - `art3-c17-l92-2012`: signed by 23/09/2015, suspensions starting before
 *   24/09/2015 (signed on 23/09 and starting on 23/09 is fine; 24/09 is not);
 * - `artigianato-2015-10-16`: period starting from 24/09/2015;
 * - `standard` (under the Addendum): cause "crisi aziendale" (case, spaces and
 *   quotation marks aside).
 * Each problem is its own finding.
 *
 * Seed over rules.md: rules.md judges only the kind against its dates; the
 * seed requires the application to come "corredate dai relativi accordi
 * sindacali" by firms "che hanno sottoscritto gli accordi di cui sopra", and
 * its menu offers only these three kinds. So a draft with no agreement, or
 * with another kind (`categorie`, `commissione-sindacale`), is an error too.
 */
export default defineRule<Lombardia2015Params>({
  id: 'lombardia-2015/agreement-kind',
  severity: 'error',
  scope: 'lombardia-2015',
  title: 'Tipologia di accordo sindacale coerente con date e causale',
  source: AGREEMENT_KIND,
  reasoning:
    'Le domande della lettera f) vanno corredate da uno dei tre accordi previsti dall’Addendum, ciascuno per il suo caso: l’accordo ai ' +
    'sensi dell’art. 3 comma 17 della L. 92/2012 per i soli accordi firmati entro il 23/09/2015 con sospensioni iniziate prima del ' +
    '24/09/2015; l’accordo regionale artigianato del 16/10/15 per i periodi con inizio dal 24/09/2015; l’accordo standard per gli ' +
    `accordi stipulati in attuazione dell’Addendum, con causale «crisi aziendale» (${STANDARD_CAUSE_QUOTE}). Le aziende con accordo ` +
    'art. 3 comma 17 la cui domanda è già pervenuta all’INPS nei termini non devono presentare la domanda di CIG in deroga.',
  check({ draft, params, report }) {
    const agreement = draft.agreement;
    const labels = params.agreementKinds.map((k) => `«${agreementKindLabel(k)}»`).join(', ');
    if (!agreement) {
      report({
        message:
          'Manca l’accordo sindacale: le domande della lettera f) vanno presentate con l’accordo sottoscritto. ' +
          `Inserisci l’accordo e selezionane la tipologia fra ${labels}.`,
        fields: ['agreement'],
      });
      return;
    }
    if (!params.agreementKinds.includes(agreement.kind)) {
      report({
        message:
          `La tipologia di accordo «${agreement.kind}» non è prevista per le domande della lettera f): seleziona ${labels}.`,
        fields: ['agreement.kind'],
      });
      return;
    }
    const { start } = draft.period;
    const label = agreementKindLabel(agreement.kind);
    if (agreement.kind === 'art3-c17-l92-2012') {
      if (agreement.signedOn > params.art3SignedBy) {
        report({
          message:
            `L’${label} vale solo per gli accordi sottoscritti entro il ${formatDateIt(params.art3SignedBy)}: questo è firmato il ` +
            `${formatDateIt(agreement.signedOn)}. Correggi la data di sottoscrizione o seleziona la tipologia dell’accordo effettivo ` +
            `(«${agreementKindLabel('artigianato-2015-10-16')}» o «${agreementKindLabel('standard')}»).`,
          fields: ['agreement.signedOn', 'agreement.kind'],
        });
      }
      if (start >= params.art3StartBefore) {
        report({
          message:
            `L’${label} vale solo per sospensioni iniziate prima del ${formatDateIt(params.art3StartBefore)}: la data inizio è il ` +
            `${formatDateIt(start)}. Con inizio dal ${formatDateIt(params.artigianatoStartFrom)} seleziona l’accordo effettivo ` +
            `(«${agreementKindLabel('artigianato-2015-10-16')}» o «${agreementKindLabel('standard')}»), altrimenti la data inizio ` +
            `può essere al massimo il ${formatDateIt(addDays(params.art3StartBefore, -1))}.`,
          fields: ['period.start', 'agreement.kind'],
        });
      }
      return;
    }
    if (agreement.kind === 'artigianato-2015-10-16') {
      if (start < params.artigianatoStartFrom) {
        report({
          message:
            `L’${label} vale per i periodi con inizio dal ${formatDateIt(params.artigianatoStartFrom)}: la data inizio è il ` +
            `${formatDateIt(start)}. Porta la data inizio almeno al ${formatDateIt(params.artigianatoStartFrom)} oppure, se l’accordo ` +
            `è stato sottoscritto ai sensi dell’art. 3 comma 17 della L.92/12 entro il ${formatDateIt(params.art3SignedBy)}, ` +
            'seleziona quella tipologia.',
          fields: ['period.start', 'agreement.kind'],
        });
      }
      return;
    }
    // standard
    const cause = agreement.cause?.trim();
    if (normaliseCause(cause) === normaliseCause(params.standardCause)) return;
    report({
      message:
        (cause
          ? `La causale dell’${label} è «${cause}»: `
          : `Manca la causale dell’${label}: `) +
        `per gli accordi stipulati in attuazione dell’Addendum la causale deve essere «${params.standardCause}». ` +
        `Indica «${params.standardCause}» come causale dell’accordo.`,
      fields: ['agreement.cause'],
    });
  },
});
