/** leadership-3d/schema: zod schemas and never-throwing parsers for untrusted JSON. */
export {
  instrumentSchema,
  responseSetSchema,
  parseInstrument,
  parseResponses,
  type ParseResult,
  type SchemaIssue,
} from './instrument.js';
export { parseNorms, parseResultFile, planInFile, RESULT_FILE_FORMAT } from './report-inputs.js';
export {
  checkPlan,
  PLAN_LIMITS,
  type DevelopmentPlan,
  type PlanProblem,
  type PlanCheck,
} from './plan.js';
export { parseLocale, englishLocale, type LocaleParseResult } from './locale.js';
export type { LocaleData, InstrumentTexts } from '../i18n/types.js';
