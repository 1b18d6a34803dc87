import type { RegimeDefinition } from '../registry.ts';
import { piemonte2020Params, piemonte2020Selection, type Piemonte2020Params } from './params.ts';
import startDate from './start-date.ts';
import applicationLength from './application-length.ts';
import { atMostTwoApplications, totalNineWeeks } from './nine-weeks.ts';
import { agencyWorkers, hiredByCutoff } from './workers.ts';
import { employerExcluded, fiveRegions, otherSchemeFirst } from './employer.ts';
import intermittentCap from './intermittent-cap.ts';
import { agreementRequired, headcountRule, smallEmployerDeclaration } from './headcount.ts';
import { agreementPeriod, agreementSpan, agreementWorkers, unionConsultation } from './agreement.ts';
import { pdfAttachment, submissionDeadlineRule } from './submission.ts';
import oneUnit from './one-unit.ts';
import { reportBlank, reportMatchesRequest, reportNotYetOpen, reportOrder } from './reports.ts';
import { sr41DeadlineRule, sr41Iban, sr41MatchesReport } from './sr41.ts';
import correctionStatus from './correction-status.ts';

/** Piemonte CIGD 2020 (seed 001), in the order of rules.md. */
export const piemonte2020: RegimeDefinition<Piemonte2020Params> = {
  id: 'piemonte-2020',
  title: 'Piemonte – CIGD 2020 (Accordo Quadro 26/03/2020)',
  params: piemonte2020Params,
  selection: piemonte2020Selection,
  rules: [
    startDate,
    applicationLength,
    totalNineWeeks,
    atMostTwoApplications,
    hiredByCutoff,
    agencyWorkers,
    employerExcluded,
    otherSchemeFirst,
    fiveRegions,
    intermittentCap,
    headcountRule,
    smallEmployerDeclaration,
    agreementRequired,
    agreementWorkers,
    agreementPeriod,
    agreementSpan,
    unionConsultation,
    pdfAttachment,
    submissionDeadlineRule,
    oneUnit,
    reportNotYetOpen,
    reportOrder,
    reportBlank,
    reportMatchesRequest,
    sr41DeadlineRule,
    sr41MatchesReport,
    sr41Iban,
    correctionStatus,
  ],
};
