import type { RegimeDefinition } from '../index.ts';
import { defineParams } from '../../params.ts';

// TODO(rules helper): params.ts and one file per rule.
export const piemonte2016: RegimeDefinition = {
  id: 'piemonte-2016',
  title: 'Piemonte – CIGD 2016-2017',
  params: defineParams('piemonte-2016', [{ from: '2000-01-01', source: '', values: {} }]),
  rules: [],
};
