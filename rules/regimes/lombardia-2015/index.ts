import type { RegimeDefinition } from '../index.ts';
import { defineParams } from '../../params.ts';

// TODO(rules helper): params.ts and one file per rule.
export const lombardia2015: RegimeDefinition = {
  id: 'lombardia-2015',
  title: 'Lombardia – CIGD 2015, Addendum lettera f (ELBA)',
  params: defineParams('lombardia-2015', [{ from: '2000-01-01', source: '', values: {} }]),
  rules: [],
};
