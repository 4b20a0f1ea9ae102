/**
 * The vocabulary of the library, declared once. Types derive from these lists, the zod schemas
 * build their enums from them (`z.enum(DIMENSIONS)`), and every other folder imports them from
 * here instead of restating a value.
 */

/** The three dimensions of strategic leadership, in report order. */
export const DIMENSIONS = ['technical', 'relational', 'business'] as const;
export type DimensionId = (typeof DIMENSIONS)[number];

/** Which wording of the items the respondent saw: "I …" or "This person …". */
export const FORMS = ['self', 'observer'] as const;
export type Form = (typeof FORMS)[number];

/** Relationship of an observer to the person rated. */
export const RATER_GROUPS = ['manager', 'peer', 'direct-report', 'other'] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number];

/** Dreyfus stages of development, lowest first. */
export const STAGES = ['novice', 'advanced-beginner', 'competent', 'proficient', 'expert'] as const;
export type StageId = (typeof STAGES)[number];

/** Where the widget keeps answers between page loads. */
export const PERSIST_MODES = ['session', 'local', 'none'] as const;
export type PersistMode = (typeof PERSIST_MODES)[number];

/** What an LMS gets as a score (`lms-score`); the first is the default: a diagnostic has no pass mark. */
export const LMS_SCORES = ['none', 'raw'] as const;
export type LmsScore = (typeof LMS_SCORES)[number];

/** When the LMS session ends (`lms-finish`); the first is the default. */
export const LMS_FINISHES = ['on-leave', 'on-complete'] as const;
export type LmsFinish = (typeof LMS_FINISHES)[number];

/** The `format` field of the files the library writes and reads back. */
export const FILE_FORMATS = {
  /** A self-assessment's download: result, responses and instrument id/version. */
  result: 'leadership-3d-result',
  /** A 360° rater's download: their responses, group and response code. */
  raterResponse: 'leadership-3d-rater-response',
} as const;
export type FileFormat = (typeof FILE_FORMATS)[keyof typeof FILE_FORMATS];

/**
 * What `<leadership-3d name="…">` submits with its form (`value-format`); the first is the
 * default: the scored result.
 */
export const VALUE_FORMATS = ['result', 'responses', 'both'] as const;
export type ValueFormat = (typeof VALUE_FORMATS)[number];
