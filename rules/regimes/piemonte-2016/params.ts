/**
 * Piemonte CIGD 2016-2017, seed 002 (the Region's notices of 29/04/2016,
 * 05/12/2016, 12/12/2016 and 22/12/2016).
 *
 * One version: every check of this regime reads the values at the period's
 * start, but the later notices do not amend earlier limits for later periods,
 * they add cases that apply to all 2016-2017 applications (the 88-day
 * tolerance of the 19/12/2016 agreement, for one, is used to judge
 * supplementary applications whatever day they start). Each value names the
 * notice it comes from.
 */
import { defineParams } from '../../params.ts';
import type { RegimeSelection } from '../registry.ts';

/** The two years of the 05/12/2016 notice «CIG in deroga – Gestione 2016-2017»: 2016 and the periods carried into 2017. */
const FIRST_DAY = '2016-01-01';
const LAST_DAY = '2017-12-31';

export type Piemonte2016Params = {
  /** The year whose ordinary days are counted (05/12/2016). */
  yearStart: string;
  /** Ordinary applications may not end after this day (05/12/2016). */
  ordinaryLastDay: string;
  /** 3 months = 92 calendar days per local unit in 2016 (05/12/2016, 29/04/2016). */
  annualDays: number;
  /** A unit that asked at least this many days "reached" the 3 months (22/12/2016, 4-day tolerance). */
  supplementaryMinDays2016: number;
  /** "fino a 5 dipendenti": fte ≤ this (05/12/2016; 5.2 is more than 5). */
  smallEmployerMaxFte: number;
  /** The supplementary period: at most 60 days … (12/12/2016) */
  supplementaryMaxDays: number;
  /** … starting by this day (12/12/2016, 22/12/2016). */
  supplementaryLatestStart: string;
  /** Applications from 2016 into 2017: sent within this many days of the start (05/12/2016). */
  crossYearSubmissionDays: number;
  /** The day AMINDER's entry of a cross-year application starts (12/12/2016, step 1). */
  aminderEntryStart: string;
  /** The Region's mailbox for the cross-year correction (12/12/2016, step 2). */
  correctionMailbox: string;
  /** Days the Region has to fix the dates before the anomaly is reported (12/12/2016, step 4). */
  correctionFollowUpDays: number;
  /** Apprentices of firms in CIGS: start between these days … (05/12/2016) */
  apprenticesEarliestStart: string;
  apprenticesLatestStart: string;
  /** … end by this day at the latest (and by the CIGS end) (05/12/2016) … */
  apprenticesLatestEnd: string;
  /** … sent by this day (05/12/2016, 12/12/2016). */
  apprenticesSubmissionBy: string;
  /** From this day, ordinary 2016 applications attach the summary of 2016 (12/12/2016). */
  summaryAttachmentFrom: string;
  /** Non-entrepreneur employers: periods up to this day … (29/04/2016) */
  nonEntrepreneurLastDay: string;
  /** … and at most this many employees, average of the last semester. */
  nonEntrepreneurMaxEmployees: number;
  /** A deadline is "due soon" within this many days (as in piemonte-2020). */
  dueSoonDays: number;
};

export const piemonte2016Params = defineParams<Piemonte2016Params>('piemonte-2016', [
  {
    from: FIRST_DAY,
    source: '002_862ff14ecdb491e6.txt, comunicati e avvisi del 29/04/2016, 05/12/2016, 12/12/2016 e 22/12/2016',
    values: {
      yearStart: FIRST_DAY,
      ordinaryLastDay: '2016-12-31',
      annualDays: 92,
      supplementaryMinDays2016: 88,
      smallEmployerMaxFte: 5,
      supplementaryMaxDays: 60,
      supplementaryLatestStart: '2016-12-31',
      crossYearSubmissionDays: 20,
      aminderEntryStart: '2017-01-01',
      correctionMailbox: 'cigsinderoga@regione.piemonte.it',
      correctionFollowUpDays: 15,
      apprenticesEarliestStart: '2017-01-01',
      apprenticesLatestStart: '2017-03-31',
      apprenticesLatestEnd: LAST_DAY,
      apprenticesSubmissionBy: '2016-12-19',
      summaryAttachmentFrom: '2016-12-15',
      nonEntrepreneurLastDay: '2016-06-30',
      nonEntrepreneurMaxEmployees: 15,
      dueSoonDays: 7,
    },
  },
]);

/** Drafts of this rule set (rules.md, "Choosing the rule set"): Piemonte, period start in 2016 or 2017. */
export const piemonte2016Selection: RegimeSelection = { region: 'piemonte', startFrom: FIRST_DAY, startTo: LAST_DAY };
