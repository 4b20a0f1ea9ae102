/**
 * leadership-3d/lms: the SCORM 1.2/2004 runtime adapter and the xAPI statements and sender the
 * `<leadership-3d>` element uses, for hosts that build their own integration. Everything here
 * is plain, DOM-free TypeScript (no Lit, no zod): give it a window-like object, an API, a
 * `fetch`. The element wires it up by itself with `lms="auto"` and `xapi-endpoint`.
 */
export {
  findScormApi,
  candidateWindows,
  type FindOptions,
  type FoundScormApi,
  type Scorm12Api,
  type Scorm2004Api,
  type ScormVersion,
  type WindowLike,
} from './scorm-api.js';
export {
  ScormSession,
  SUSPEND_DATA_LIMIT,
  COMMIT_EVERY_MS,
  decimal,
  scaledScore,
  scormIdentifier,
  scormText,
  type Timers,
  type ScormCompletion,
  type ScormFailure,
  type ScormInteraction,
  type ScormLaunch,
  type ScormObjective,
} from './scorm-runtime.js';
export {
  encodeSuspendData,
  decodeSuspendData,
  itemSetHash,
  type DecodeResult,
  type EncodeResult,
  type SuspendInstrument,
  type SuspendState,
} from './suspend-data.js';
export { isoDuration, scorm12Duration } from './time.js';
export {
  XAPI_VERBS,
  DEFAULT_ACTIVITY_BASE,
  answeredStatement,
  completedStatement,
  dimensionScoresExtension,
  formExtension,
  initializedStatement,
  instrumentActivityId,
  itemActivityId,
  overallScore,
  randomUuid,
  scoredStatement,
  type XapiActivity,
  type XapiAgent,
  type XapiResult,
  type XapiRun,
  type XapiStatement,
  type XapiVerb,
} from './xapi.js';
export { LrsSender, type LrsSenderOptions, type XapiAuth } from './lrs-sender.js';
