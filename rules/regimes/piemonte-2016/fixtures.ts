/**
 * Compliant base drafts of piemonte-2016, one per kind, that the tables of
 * cases change. Each passes every rule on its `today`. Used only by tests.
 */
import type { Draft } from '../../schema.ts';
import { VALID_WORKER_CFS } from '../../testing.ts';

/**
 * An ordinary application of a small shop in Asti, inside 2016, sent before
 * 15/12/2016: 60 days asked earlier in 2016 + 30 now = 90 of 92.
 */
export const ORDINARY_TODAY = '2016-11-10';
export function ordinary2016Draft(): Draft {
  return {
    format: 'cigd-draft/1',
    status: 'presentata',
    protocol: '2016/004512',
    submittedOn: '2016-10-10',
    employer: {
      name: 'Ferramenta Bianchi S.a.s.',
      fiscalCode: '01234567897',
      category: 'impresa',
      units: [{ id: 'U1', name: 'Negozio di Asti', comune: 'Asti', region: 'Piemonte', employees: 3 }],
    },
    unit: { id: 'U1', name: 'Negozio di Asti', comune: 'Asti', region: 'Piemonte' },
    period: { start: '2016-10-03', end: '2016-11-01' },
    previousApplications: [{ unitId: 'U1', start: '2016-03-01', end: '2016-04-29', kind: 'ordinaria' }],
    agreement: { kind: 'categorie', signedOn: '2016-09-28', start: '2016-10-03', end: '2016-12-31', workers: 3 },
    workers: [
      { fiscalCode: VALID_WORKER_CFS[0], name: 'Mario Rossi', hiredOn: '2010-02-01', contract: 'full-time' },
      { fiscalCode: VALID_WORKER_CFS[1], name: 'Laura Bianchi', hiredOn: '2014-09-15', contract: 'full-time' },
      { fiscalCode: VALID_WORKER_CFS[2], name: 'Giuseppe Verdi', hiredOn: '2015-03-02', contract: 'part-time', fte: 0.5 },
    ],
    attachments: [{ name: 'accordo.pdf', type: 'application/pdf', role: 'accordo' }],
  };
}

/**
 * The seed's own example of the supplementary period (notice of 12/12/2016):
 * start 30/12/2016, 60 days, end 27/02/2017. The unit used its 92 days in
 * 2016 (04/01–04/04/2016); 3 full-time workers; agreement signed the day
 * before; sent on the 10th day.
 */
export const SUPPLEMENTARY_TODAY = '2017-01-12';
export function supplementaryDraft(): Draft {
  return {
    ...ordinary2016Draft(),
    kind: 'supplementare-2016-2017',
    protocol: '2017/000123',
    submittedOn: '2017-01-09',
    period: { start: '2016-12-30', end: '2017-02-27' },
    previousApplications: [{ unitId: 'U1', start: '2016-01-04', end: '2016-04-04', kind: 'ordinaria' }],
    agreement: { kind: 'categorie', signedOn: '2016-12-29', start: '2016-12-30', end: '2017-02-27', workers: 3 },
    workers: [
      { fiscalCode: VALID_WORKER_CFS[0], name: 'Mario Rossi', hiredOn: '2010-02-01', contract: 'full-time' },
      { fiscalCode: VALID_WORKER_CFS[1], name: 'Laura Bianchi', hiredOn: '2014-09-15', contract: 'full-time' },
      { fiscalCode: VALID_WORKER_CFS[2], name: 'Giuseppe Verdi', hiredOn: '2015-03-02', contract: 'full-time' },
    ],
  };
}

/**
 * Apprentices of a firm in CIGS until 30/06/2017: 2017 period inside the
 * CIGS, sent on 16/12/2016.
 */
export const APPRENTICES_TODAY = '2016-12-16';
export function apprenticesDraft(): Draft {
  return {
    ...ordinary2016Draft(),
    kind: 'apprendisti-cigs',
    protocol: '2016/005210',
    submittedOn: '2016-12-16',
    employer: {
      name: 'Metalmeccanica Subalpina S.p.A.',
      fiscalCode: '01234567897',
      category: 'impresa',
      coveredBy: ['cigs'],
      cigsEnd: '2017-06-30',
      units: [{ id: 'U1', name: 'Stabilimento di Collegno', comune: 'Collegno', region: 'Piemonte', employees: 40 }],
    },
    unit: { id: 'U1', name: 'Stabilimento di Collegno', comune: 'Collegno', region: 'Piemonte' },
    period: { start: '2017-01-02', end: '2017-03-31' },
    previousApplications: [],
    agreement: { kind: 'categorie', signedOn: '2016-12-12', start: '2017-01-02', end: '2017-06-30', workers: 2 },
    workers: [
      { fiscalCode: VALID_WORKER_CFS[3], name: 'Francesca Neri', hiredOn: '2015-09-01', contract: 'apprentice' },
      { fiscalCode: VALID_WORKER_CFS[4], name: 'Luca Galli', hiredOn: '2016-02-01', contract: 'apprentice' },
    ],
  };
}
