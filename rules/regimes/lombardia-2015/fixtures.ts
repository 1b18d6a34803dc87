/**
 * Compliant base drafts of lombardia-2015, one per agreement kind of the
 * seed, that the tables of cases change. Each passes every rule on TODAY.
 * Used only by tests.
 */
import type { Draft } from '../../schema.ts';
import { VALID_WORKER_CFS } from '../../testing.ts';

/** The evaluation date of the cases: the applications of letter f are sent after the Addendum of 01/12/2015. */
export const TODAY = '2016-01-20';

/**
 * One of the seed's 46 agreements "con data inizio periodo dal 24/9/2015 …
 * sottoscritti nel periodo 24/9/2015 31/12/2015 in attuazione dell'accordo
 * regionale artigianato del 16/10/15": a carpentry workshop in Bergamo,
 * suspensions 05/10/2015–18/12/2015 (75 days) from the day the agreement was
 * signed, sent with the INPS protocol after the period.
 */
export function artigianatoDraft(): Draft {
  return {
    format: 'cigd-draft/1',
    kind: 'elba-addendum-f',
    status: 'presentata',
    protocol: 'FOL-2015-000871',
    submittedOn: '2016-01-12',
    employer: {
      name: 'Falegnameria Brambilla di Luigi Brambilla',
      fiscalCode: '01234567897',
      category: 'artigiana',
      elbaMember: true,
      regionsWithUnits: 1,
      units: [{ id: 'BG1', name: 'Laboratorio', comune: 'Bergamo', region: 'Lombardia', employees: 4 }],
    },
    unit: { id: 'BG1', name: 'Laboratorio', comune: 'Bergamo', region: 'Lombardia' },
    period: { start: '2015-10-05', end: '2015-12-18' },
    agreement: {
      kind: 'artigianato-2015-10-16', signedOn: '2015-10-05', start: '2015-10-05', end: '2015-12-31', workers: 2,
      cause: 'crisi aziendale/occupazionale',
    },
    inps: { protocol: 'INPS.4900.08/01/2016.0001234', directPayment: true },
    workers: [
      { fiscalCode: VALID_WORKER_CFS[4], name: 'Luca Galli', hiredOn: '2010-09-01', contract: 'full-time', requestedHours: 240 },
      { fiscalCode: VALID_WORKER_CFS[5], name: 'Paolo Castelli', hiredOn: '2013-02-11', contract: 'full-time', requestedHours: 200 },
    ],
    attachments: [{ name: 'accordo-sindacale.pdf', type: 'application/pdf', role: 'accordo' }],
  };
}

/**
 * One of the seed's "2 accordi sottoscritti entro il 23/9/2015 con inizio
 * delle sospensioni in data antecedente al 24 settembre 2015 ma riferiti a
 * domande non pervenute all’INPS nei termini": agreement under art. 3 c. 17
 * L. 92/2012 signed 31/08/2015, suspensions 01/09/2015–29/11/2015 (90 days).
 */
export function art3Draft(): Draft {
  return {
    ...artigianatoDraft(),
    period: { start: '2015-09-01', end: '2015-11-29' },
    agreement: {
      kind: 'art3-c17-l92-2012', signedOn: '2015-08-31', start: '2015-09-01', end: '2015-11-30', workers: 2,
      cause: 'crisi aziendale/occupazionale',
    },
  };
}

/**
 * An agreement under the Addendum, on the standard model with cause "crisi
 * aziendale": signed 02/12/2015, suspensions for December only
 * (02/12/2015–31/12/2015, 30 days).
 */
export function standardDraft(): Draft {
  return {
    ...artigianatoDraft(),
    period: { start: '2015-12-02', end: '2015-12-31' },
    agreement: {
      kind: 'standard', signedOn: '2015-12-02', start: '2015-12-02', end: '2015-12-31', workers: 2, cause: 'crisi aziendale',
    },
  };
}
