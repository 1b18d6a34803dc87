import type { RegimeDefinition } from '../index.ts';
import { defineParams } from '../../params.ts';

// TODO(rules helper): params.ts and one file per rule.
export const lombardia2012: RegimeDefinition = {
  id: 'lombardia-2012',
  title: 'Lombardia – CIGD 2012 (calendario sospensioni e rendicontazione)',
  params: defineParams('lombardia-2012', [{ from: '2000-01-01', source: '', values: {} }]),
  rules: [],
};
