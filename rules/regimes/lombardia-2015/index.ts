import type { RegimeDefinition } from '../registry.ts';
import { lombardia2015Params, lombardia2015Selection, type Lombardia2015Params } from './params.ts';
import elbaOnly from './elba-only.ts';
import max90Days from './max-90-days.ts';
import ends2015 from './ends-2015.ts';
import startAfterAgreement from './start-after-agreement.ts';
import agreementKind from './agreement-kind.ts';
import inpsProtocol from './inps-protocol.ts';
import actualData from './actual-data.ts';

/** Lombardia CIGD 2015, Addendum letter f, artisan firms adhering to ELBA (seed 003), in the order of rules.md. */
export const lombardia2015: RegimeDefinition<Lombardia2015Params> = {
  id: 'lombardia-2015',
  title: 'Lombardia – CIGD 2015, Addendum lettera f (ELBA)',
  params: lombardia2015Params,
  selection: lombardia2015Selection,
  rules: [
    elbaOnly,
    max90Days,
    ends2015,
    startAfterAgreement,
    agreementKind,
    inpsProtocol,
    actualData,
  ],
};
