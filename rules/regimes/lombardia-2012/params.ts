/**
 * Lombardia CIGD 2012, seed 004 (the Region's note of 19/04/2012 on the
 * suspension calendar and the monthly reports, after decree 2640 of
 * 28/03/2012). Two versions: from 16/04/2012 the communications are sent in
 * advance, week by week; before that day (the first quarter and 1-15 April,
 * "a sanatoria") one communication per month is enough.
 *
 * The engine reads the version in force at the period's start; the rules
 * about single communications read the version in force on each
 * communication's own start (`paramsAt`), since one application can straddle
 * the change.
 */
import { defineParams } from '../../params.ts';
import type { RegimeSelection } from '../index.ts';

/** The 2012 applications the note governs: from the first quarter ("a sanatoria") to "interventi … con durata fino al 31 dicembre 2012". */
const FIRST_DAY = '2012-01-01';
const LAST_DAY = '2012-12-31';

export type Lombardia2012Params = {
  /** The application is sent within this many days of the start of the suspensions. */
  submissionDays: number;
  /** The monthly report is due by this day of the following month. */
  reportDayOfNextMonth: number;
  /** Communications sent in advance: by the first working day of their week and by their start. */
  inAdvance: boolean;
  /** Communications cover one week, unless a whole-month suspension at zero hours. */
  weekly: boolean;
  /** A deadline is "due soon" within this many days (as in the other regimes). */
  dueSoonDays: number;
  /**
   * The last month of the first-quarter "sanatoria" (YYYY-MM): on 19/04/2012 the reporting
   * function did not exist yet ("a breve sarà implementata … Sarà cura della Regione Lombardia
   * comunicare … la data"), so the reports of January–March 2012 are entered later, when the Region
   * opens it ("quando sarà implementato il sistema informativo, per il mese di gennaio … 70 ore").
   * Months up to this one have no "by the 15th" deadline.
   */
  reportSanatoriaLastMonth: string;
};

const SOURCE = '004_b896d9eb88ba3526.txt, Nota del 19 aprile 2012';

export const lombardia2012Params = defineParams<Lombardia2012Params>('lombardia-2012', [
  {
    from: FIRST_DAY,
    source: `${SOURCE}: termine di 20 giorni, rendiconto entro il 15 del mese successivo (i rendiconti del 1° trimestre a sanatoria, quando sarà implementato il sistema informativo), comunicazioni mensili a sanatoria per il 1° trimestre e per l’1-15 aprile`,
    values: { submissionDays: 20, reportDayOfNextMonth: 15, inAdvance: false, weekly: false, dueSoonDays: 7, reportSanatoriaLastMonth: '2012-03' },
  },
  {
    from: '2012-04-16',
    source: `${SOURCE}: «Dal 16 aprile le comunicazioni di sospensione programmate devono essere inviate preventivamente»`,
    values: { submissionDays: 20, reportDayOfNextMonth: 15, inAdvance: true, weekly: true, dueSoonDays: 7, reportSanatoriaLastMonth: '2012-03' },
  },
]);

/** Drafts of this rule set (rules.md, "Choosing the rule set"): Lombardia, period start in 2012. */
export const lombardia2012Selection: RegimeSelection = { region: 'lombardia', startFrom: FIRST_DAY, startTo: LAST_DAY };
