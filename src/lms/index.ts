/**
 * leadership-3d/lms: the SCORM 1.2/2004 runtime adapter, the cmi5 launch and statements, and the xAPI statements and sender the
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
export {
  CMI5_CATEGORY,
  CMI5_MOVEON_CATEGORY,
  CMI5_RESUME_STATE,
  CMI5_SESSION_EXTENSION,
  Cmi5Error,
  cmi5Allowed,
  cmi5Allows,
  cmi5Context,
  cmi5PreferencesUrl,
  cmi5Request,
  cmi5SessionId,
  cmi5StateUrl,
  cmi5Statement,
  cmi5Verdict,
  fetchCmi5Token,
  parseCmi5Launch,
  parseCmi5LaunchData,
  readCmi5Language,
  readCmi5LaunchData,
  type Cmi5Fetch,
  type Cmi5Launch,
  type Cmi5LaunchData,
  type Cmi5LaunchMode,
  type Cmi5Session,
  type Cmi5Verb,
} from './cmi5.js';
