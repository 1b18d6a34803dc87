/** The registry: common rules and, per regime, its dated parameters and its rules. */
export { regimes, regimeById, type RegimeDefinition, type RegimeSelection } from './registry.ts';
export { commonRules } from './common/index.ts';
