import type { RegimeDefinition } from '../index.ts';
import { piemonte2020Params, type Piemonte2020Params } from './params.ts';
import applicationLength from './application-length.ts';

export const piemonte2020: RegimeDefinition<Piemonte2020Params> = {
  id: 'piemonte-2020',
  title: 'Piemonte – CIGD 2020 (Accordo Quadro 26/03/2020)',
  params: piemonte2020Params,
  rules: [applicationLength],
};
