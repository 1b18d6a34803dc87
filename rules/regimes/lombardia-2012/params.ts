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
import type { RegimeSelection } from '../registry.ts';

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
   * The last month (YYYY-MM) whose report is entered only once the Region opens the reporting
   * function: on 19/04/2012 it "a breve sarà implementata … Sarà cura della Regione Lombardia
   * comunicare, nelle forme opportune, la data in cui sarà possibile inserire anche la
   * rendicontazione", and the seed's example enters January–March 2012 then: "quando sarà
   * implementato il sistema informativo, per il mese di gennaio per quel lavoratore saranno inserite
   * 70 ore, per febbraio 150 ore, per marzo 0 (zero) ore". Months up to this one get no deadline and
   * are never late. For later months the seed gives the 15th-of-next-month rule ("entro il 15 del
   * mese successivo", `reportDayOfNextMonth`). ("A sanatoria, per il 1° trimestre 2012" is about the
   * communications of suspension, one per month: `weekly: false`.)
   */
  reportsEnteredLaterThrough: string;
};

const SOURCE = '004_b896d9eb88ba3526.txt, Nota del 19 aprile 2012';

/** The values the note sets once for all of 2012: written once, in force in both versions. */
const WHOLE_YEAR = {
  submissionDays: 20,
  reportDayOfNextMonth: 15,
  dueSoonDays: 7,
  reportsEnteredLaterThrough: '2012-03',
} satisfies Partial<Lombardia2012Params>;

export const lombardia2012Params = defineParams<Lombardia2012Params>('lombardia-2012', [
  {
    from: FIRST_DAY,
    source:
      `${SOURCE}: termine di 20 giorni («entro 20 giorni dall’inizio delle sospensioni»); rendiconto «entro il 15 del mese ` +
      'successivo», tranne i mesi di gennaio–marzo 2012, che si inseriscono quando la funzione sarà attiva («quando sarà ' +
      'implementato il sistema informativo, per il mese di gennaio … saranno inserite 70 ore, per febbraio 150 ore, per ' +
      'marzo 0 (zero) ore»); comunicazioni mensili («A sanatoria, per il 1° trimestre 2012, … la comunicazione di ' +
      'sospensione riferita a ciascun mese») e per l’1-15 aprile «un’unica comunicazione di sospensione»',
    values: { ...WHOLE_YEAR, inAdvance: false, weekly: false },
  },
  {
    from: '2012-04-16',
    source: `${SOURCE}: «Dal 16 aprile le comunicazioni di sospensione programmate devono essere inviate preventivamente»; «il periodo settimanale»`,
    values: { ...WHOLE_YEAR, inAdvance: true, weekly: true },
  },
]);

export const lombardia2012Selection: RegimeSelection = { region: 'lombardia', startFrom: FIRST_DAY, startTo: LAST_DAY };
