import type { RegimeDefinition } from '../registry.ts';
import { piemonte2016Params, piemonte2016Selection, type Piemonte2016Params } from './params.ts';
import annual92Days from './annual-92-days.ts';
import ordinaryEnds2016 from './ordinary-ends-2016.ts';
import supplementaryEligible from './supplementary-eligible.ts';
import supplementaryLength from './supplementary-length.ts';
import agreementBeforeStart from './agreement-before-start.ts';
import submitWithin20Days from './submit-within-20-days.ts';
import crossYearEntry from './cross-year-entry.ts';
import crossYearFollowUp from './cross-year-follow-up.ts';
import apprenticesCigs from './apprentices-cigs.ts';
import summaryAttachment from './summary-attachment.ts';
import nonEntrepreneur from './non-entrepreneur.ts';

/** Piemonte CIGD 2016-2017 (seed 002), in the order of rules.md. */
export const piemonte2016: RegimeDefinition<Piemonte2016Params> = {
  id: 'piemonte-2016',
  title: 'Piemonte – CIGD 2016-2017',
  params: piemonte2016Params,
  selection: piemonte2016Selection,
  rules: [
    annual92Days,
    ordinaryEnds2016,
    supplementaryEligible,
    supplementaryLength,
    agreementBeforeStart,
    submitWithin20Days,
    crossYearEntry,
    crossYearFollowUp,
    apprenticesCigs,
    summaryAttachment,
    nonEntrepreneur,
  ],
};
