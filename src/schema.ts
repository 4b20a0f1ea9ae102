/** leadership-3d/schema: zod schemas and never-throwing parsers for untrusted JSON. */
export {
  instrumentSchema,
  responseSetSchema,
  parseInstrument,
  parseResponses,
  type ParseResult,
  type SchemaIssue,
} from './instrument/schema.js';
export { parseNorms, parseResultFile, RESULT_FILE_FORMAT } from './instrument/report-inputs.js';
export { parseLocale, englishLocale, type LocaleParseResult } from './instrument/locale-schema.js';
export type { LocaleData, InstrumentTexts } from './instrument/locales/types.js';
