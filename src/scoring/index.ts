/**
 * leadership-3d/scoring: the pure scoring engine. No DOM, no dependencies; every function takes
 * plain data, returns plain JSON-serialisable data, and throws only {@link ScoringError}.
 */
export { score, percentiles, pomp, reverseKey } from './score.js';
export { score360, gap, MIN_RATERS, MIN_GAP } from './score360.js';
export { reliableChange } from './change.js';
export { cohortStats } from './cohort.js';
export { analyze, createAnalyzer } from './analyze.js';
export { mean, sd, cronbachAlpha, normalCdf, percentileRank } from './stats.js';
export { stageFor, STAGE_CUTS, EXPERT_FACET_FLOOR, LEADING_MARGIN } from './stages.js';
export { FLAG_RULES } from './flags.js';
export { instrument } from './builtin-instrument.js';
export { DIMENSIONS, RATER_GROUPS, STAGES } from './vocabulary.js';
export { ScoringError, type ScoringErrorCode } from './errors.js';
export type * from './types.js';
