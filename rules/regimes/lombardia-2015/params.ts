/**
 * Lombardia CIGD 2015, Addendum of 01/12/2015 letter f (artisan firms
 * adhering to ELBA), seed 003: the Region's "Ulteriori indicazioni per la
 * presentazione delle domande di CIG in deroga di cui alla lett. f)".
 *
 * One version: the document is a single set of instructions for the letter f
 * applications of 2015, all of which are sent after the Addendum. Each value
 * names the passage of the seed it comes from.
 */
import { defineParams } from '../../params.ts';
import type { Draft } from '../../schema.ts';
import type { RegimeSelection } from '../registry.ts';

/** The letter f) applications of 2015: periods of 2015, "e comunque non oltre il 31 dicembre 2015" (after letter e). */
const FIRST_DAY = '2015-01-01';
const LAST_DAY = '2015-12-31';

export type AgreementKind = NonNullable<Draft['agreement']>['kind'];
export type EmployerCategory = Draft['employer']['category'];

export type Lombardia2015Params = {
  /** "possono essere avanzate solo da aziende artigiane aderenti all’Ente Lombardo Bilaterale dell’Artigianato" (Premessa). */
  eligibleCategory: EmployerCategory;
  /** "un periodo inferiore ai 30 giorni ma non superiore ai 90 giorni" (after letter e): no minimum, at most 90 calendar days. */
  maxDays: number;
  /** "… e comunque non oltre il 31 dicembre 2015" (after letter e). */
  lastDay: string;
  /** The agreement menu of section G (letter d): "accordo sindacale ai sensi dell'art. 3 comma 17 della L.92/12", "… regionale artigianato del 16/10/15", "… standard". */
  agreementKinds: readonly AgreementKind[];
  /** Art. 3 c. 17 L. 92/2012 agreements: "sottoscritti entro il 23/9/2015" (accordi sindacali, point 1; letter d). */
  art3SignedBy: string;
  /** … "con inizio delle sospensioni in data antecedente al 24 settembre 2015" (same passages). */
  art3StartBefore: string;
  /** Agreements under the regional artisan agreement of 16/10/2015: "con data inizio periodo dal 24/9/2015" (point 2; letter d). */
  artigianatoStartFrom: string;
  /** Standard agreements under the Addendum: "La causale da indicare nell’accordo sindacale è "crisi aziendale”" (point 3). */
  standardCause: string;
};

export const lombardia2015Params = defineParams<Lombardia2015Params>('lombardia-2015', [
  {
    from: FIRST_DAY,
    source: '003_48727d6c2cb8523b.txt, Ulteriori indicazioni … lett. f) dell’Addendum all’Accordo Quadro 2015 (Addendum del 01/12/2015)',
    values: {
      eligibleCategory: 'artigiana',
      maxDays: 90,
      lastDay: LAST_DAY,
      agreementKinds: ['art3-c17-l92-2012', 'artigianato-2015-10-16', 'standard'],
      art3SignedBy: '2015-09-23',
      art3StartBefore: '2015-09-24',
      artigianatoStartFrom: '2015-09-24',
      standardCause: 'crisi aziendale',
    },
  },
]);

/** Drafts of this rule set (rules.md, "Choosing the rule set"): Lombardia, period start in 2015. */
export const lombardia2015Selection: RegimeSelection = { region: 'lombardia', startFrom: FIRST_DAY, startTo: LAST_DAY };
