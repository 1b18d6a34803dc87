import { defineRule } from '../../rule.ts';
import type { Draft } from '../../schema.ts';
import type { Piemonte2020Params } from './params.ts';
import { EXCLUDED, FIVE_REGIONS, OTHER_SCHEMES } from './sources.ts';

const EXCLUDED_WHY: Record<string, string> = {
  domestico: 'i datori di lavoro domestico sono esclusi dalla CIGD',
  artigiana: 'le aziende artigiane, anche con un solo dipendente, devono rivolgersi al proprio Fondo Bilaterale (FSBA)',
  'agenzia-somministrazione': 'le agenzie di somministrazione devono rivolgersi al proprio Fondo Bilaterale',
};

export const employerExcluded = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/employer-excluded',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Datori esclusi: domestici, artigiani, agenzie di somministrazione',
  source: EXCLUDED,
  reasoning:
    'Il lavoro domestico è escluso; artigiani e agenzie di somministrazione hanno il proprio Fondo Bilaterale e non possono in alcun caso chiedere la CIG in deroga.',
  check({ draft, params, report }) {
    const category = draft.employer.category;
    if (!params.excludedCategories.includes(category)) return;
    report({
      message: `Questo datore non può chiedere la CIG in deroga: ${EXCLUDED_WHY[category] ?? 'categoria esclusa'}.`,
      fields: ['employer.category'],
    });
  },
});

const SCHEME_NAMES: Record<string, string> = {
  cigo: 'CIG Ordinaria (all\'INPS)',
  fis: 'assegno ordinario del FIS (all\'INPS)',
  'fondo-bilaterale': 'assegno ordinario del Fondo di Solidarietà Bilaterale',
  fsba: 'assegno del fondo bilaterale dell\'artigianato (FSBA)',
};

/**
 * A warning, not an error: whether the employer can really use the other
 * scheme (e.g. CIGO days left) is for the operator to judge. CIGS alone does
 * not warn: firms that cannot access CIGO may suspend a CIGS and ask CIGD.
 */
export const otherSchemeFirst = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/other-scheme-first',
  severity: 'warning',
  scope: 'piemonte-2020',
  title: 'Chi ha CIGO, FIS, un fondo bilaterale o la CISOA li chiede prima',
  source: OTHER_SCHEMES,
  reasoning:
    'La CIG in deroga è residuale: chi accede a CIGO, FIS o a un Fondo di Solidarietà deve chiedere quelle prestazioni; ' +
    'le aziende agricole usano la CISOA per i dipendenti a tempo indeterminato finché non hanno esaurito le giornate annue.',
  check({ draft, params, report }) {
    const covered = (draft.employer.coveredBy ?? []).filter((s) => params.schemesFirst.includes(s));
    if (covered.length > 0) {
      report({
        message:
          `Il datore è coperto da: ${covered.map((s) => SCHEME_NAMES[s] ?? s).join('; ')}. ` +
          'Va chiesta quella prestazione, non la CIG in deroga.',
        fields: ['employer.coveredBy'],
      });
    }
    if (agriculturalWithCisoa(draft)) {
      report({
        message:
          'Azienda agricola con giornate CISOA non esaurite: per i dipendenti a tempo indeterminato va chiesta la CISOA; ' +
          'la CIG in deroga spetta ai dipendenti a tempo determinato.',
        fields: ['employer.cisoaExhausted'],
      });
    }
  },
});

/** Agricultural, CISOA not exhausted, and not stated to be outside CISOA (a `coveredBy` list without it). */
function agriculturalWithCisoa(draft: Draft): boolean {
  const { category, cisoaExhausted, coveredBy } = draft.employer;
  if (category !== 'agricola' || cisoaExhausted === true) return false;
  return coveredBy === undefined || coveredBy.length === 0 || coveredBy.includes('cisoa');
}

/** Regions with units: the declared number, or the distinct regions of `employer.units` when larger. */
export function regionsWithUnits(draft: Draft): number {
  const listed = new Set((draft.employer.units ?? []).map((u) => u.region.trim().toLowerCase()).filter((r) => r !== ''));
  return Math.max(draft.employer.regionsWithUnits ?? 0, listed.size);
}

export const fiveRegions = defineRule<Piemonte2020Params>({
  id: 'piemonte-2020/five-regions',
  severity: 'error',
  scope: 'piemonte-2020',
  title: 'Unità in 5 o più regioni: la domanda va al Ministero del Lavoro',
  source: FIVE_REGIONS,
  reasoning:
    'Per i datori con unità operative in cinque o più regioni o province autonome la CIG in deroga è riconosciuta dal Ministero del Lavoro, non dalla Regione.',
  check({ draft, params, report }) {
    const regions = regionsWithUnits(draft);
    if (regions < params.ministryRegions) return;
    const declared = (draft.employer.regionsWithUnits ?? 0) >= regions;
    report({
      message:
        `Il datore ha unità operative in ${regions} regioni o province autonome: ` +
        'la domanda va presentata al Ministero del Lavoro e delle Politiche Sociali, non alla Regione Piemonte.',
      fields: [declared ? 'employer.regionsWithUnits' : 'employer.units'],
    });
  },
});
