/**
 * Piemonte CIGD 2020 (Accordo Quadro 26/03/2020), seed 001 unless noted.
 * One version: the regime was not amended within the seeds.
 */
import { defineParams } from '../../params.ts';
import type { RegimeSelection } from '../registry.ts';

/** "9 settimane con decorrenza non precedente al 23 febbraio 2020": the cutoff, the regime's first day. */
const CUTOFF = '2020-02-23';

export type Piemonte2020Params = {
  /** Workers must be in forza on this day; no period may start before it. */
  cutoffDate: string;
  /** 9 weeks = 63 calendar days over all applications. */
  totalDays: number;
  /** One application: at most 5 weeks = 35 days … */
  maxApplicationDays: number;
  /** … and at least 5 days. */
  minApplicationDays: number;
  /** The Region asks for no more than two applications. */
  advisedMaxApplications: number;
  /** "fino a 5 dipendenti": fte ≤ this is a small employer (no union agreement). */
  smallEmployerMaxFte: number;
  /** Units in this many regions or more: the Ministry, not the Region. */
  ministryRegions: number;
  /** Unions have this many days to ask for the joint examination. */
  unionResponseDays: number;
  /** Application due by the end of the N-th month after the start month. */
  submissionMonthsAfterStart: number;
  /** SR41 due within N months of the period's end. */
  sr41MonthsAfterEnd: number;
  /** Intermittent cap: days in 9 weeks and the standard month. */
  intermittentNineWeeksDays: number;
  intermittentMonthDays: number;
  intermittentMonthsPerYear: number;
  /** A deadline is "due soon" within this many days. */
  dueSoonDays: number;
  /** Employer categories that can never ask for CIGD here (domestic; artisans and agencies: their bilateral fund). */
  excludedCategories: string[];
  /** Schemes to ask first: CIGO, FIS, bilateral funds (FSBA is the artisans' one). */
  schemesFirst: string[];
  /** Application statuses in which AMINDER's Rettifica function works (seed 000). */
  correctableStatuses: string[];
  /** The Region's mailbox for any other change (seed 000). */
  regionMailbox: string;
};

export const piemonte2020Params = defineParams<Piemonte2020Params>('piemonte-2020', [
  {
    from: CUTOFF,
    source: '001_97bd8f50a7fc0b82.txt, Regole generali di gestione della CIGD (and the sections each rule cites); 002, requisito dimensionale; 000, Avvisi',
    values: {
      cutoffDate: CUTOFF,
      totalDays: 63,
      maxApplicationDays: 35,
      minApplicationDays: 5,
      advisedMaxApplications: 2,
      smallEmployerMaxFte: 5,
      ministryRegions: 5,
      unionResponseDays: 7,
      submissionMonthsAfterStart: 2,
      sr41MonthsAfterEnd: 6,
      intermittentNineWeeksDays: 63,
      intermittentMonthDays: 30,
      intermittentMonthsPerYear: 12,
      dueSoonDays: 7,
      excludedCategories: ['domestico', 'artigiana', 'agenzia-somministrazione'],
      schemesFirst: ['cigo', 'fis', 'fondo-bilaterale', 'fsba'],
      correctableStatuses: ['presentata', 'verificata-da-rettificare'],
      regionMailbox: 'cigsinderoga@regione.piemonte.it',
    },
  },
]);

/** Drafts of this rule set (rules.md, "Choosing the rule set"): Piemonte, period start on or after the cutoff (`cutoffDate`). */
export const piemonte2020Selection: RegimeSelection = { region: 'piemonte', startFrom: CUTOFF };
