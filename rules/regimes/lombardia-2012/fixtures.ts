/**
 * A compliant lombardia-2012 application that the tables of cases change:
 * a small print shop near Milan, May and June 2012 (after the 16/04/2012
 * change). Mario Rossi is suspended at zero hours for both months, with the
 * seed's own month-long communications (02/05–31/05/2012 184 hours,
 * 01/06–29/06/2012 168 hours); Laura Bianchi for a few days, week by week.
 * Used only by tests.
 */
import type { Draft } from '../../schema.ts';
import { VALID_WORKER_CFS } from '../../testing.ts';

export const MARIO = VALID_WORKER_CFS[0];
export const LAURA = VALID_WORKER_CFS[1];
export const TODAY = '2012-07-20';

export function lombardia2012Draft(): Draft {
  return {
    format: 'cigd-draft/1',
    status: 'presentata',
    protocol: 'FOL-2012-118204',
    submittedOn: '2012-05-10',
    employer: { name: 'Tipografia Brambilla S.r.l.', fiscalCode: '01234567897', category: 'impresa' },
    unit: { id: 'U1', name: 'Stabilimento di Sesto San Giovanni', comune: 'Sesto San Giovanni', region: 'Lombardia' },
    period: { start: '2012-05-02', end: '2012-06-29' },
    workers: [
      { fiscalCode: MARIO, name: 'Mario Rossi', hiredOn: '2005-03-01', contract: 'full-time' },
      { fiscalCode: LAURA, name: 'Laura Bianchi', hiredOn: '2009-09-14', contract: 'full-time' },
    ],
    suspensions: [
      { workerFiscalCode: MARIO, start: '2012-05-02', end: '2012-05-31', hours: 184, sentOn: '2012-04-27' },
      { workerFiscalCode: LAURA, start: '2012-05-14', end: '2012-05-18', hours: 16, sentOn: '2012-05-14' },
      { workerFiscalCode: LAURA, start: '2012-05-21', end: '2012-05-25', hours: 8, sentOn: '2012-05-18' },
      { workerFiscalCode: MARIO, start: '2012-06-01', end: '2012-06-29', hours: 168, sentOn: '2012-05-25' },
    ],
    reports: [
      { month: '2012-05', submittedOn: '2012-06-14', hours: { [MARIO]: 184, [LAURA]: 24 } },
      { month: '2012-06', submittedOn: '2012-07-13', hours: { [MARIO]: 168, [LAURA]: 0 } },
    ],
  };
}

/**
 * Seed 004's own example: Mario Rossi suspended from 16/01/2012, 70 hours in
 * January and 150 in February (month-long communications, as the first
 * quarter allowed), working all March. No reports: each table adds its own.
 */
export function seedFirstQuarterDraft({ submittedOn, suspensionsSentOn }: { submittedOn: string; suspensionsSentOn: string }): Draft {
  const draft = lombardia2012Draft();
  draft.period = { start: '2012-01-16', end: '2012-03-31' };
  draft.submittedOn = submittedOn;
  draft.workers = draft.workers.slice(0, 1);
  draft.suspensions = [
    { workerFiscalCode: MARIO, start: '2012-01-16', end: '2012-01-31', hours: 70, sentOn: suspensionsSentOn },
    { workerFiscalCode: MARIO, start: '2012-02-01', end: '2012-02-29', hours: 150, sentOn: suspensionsSentOn },
  ];
  draft.reports = [];
  return draft;
}
