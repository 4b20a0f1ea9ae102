/**
 * xAPI statements for a run of the questionnaire: `initialized`, `answered` per item,
 * `completed` and `scored`, with the ADL verbs, stable activity ids per instrument and item,
 * `context.registration` and the dimension scores as a result extension. Plain data, DOM-free.
 */
import type { Answer, DimensionId, Form, Result } from '../scoring/index.js';
import { isoDuration } from './time.js';

export interface XapiVerb {
  id: string;
  display: Record<string, string>;
}

/** The ADL verbs used (http://adlnet.gov/expapi/verbs/…). */
export const XAPI_VERBS = {
  initialized: {
    id: 'http://adlnet.gov/expapi/verbs/initialized',
    display: { 'en-US': 'initialized' },
  },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  scored: { id: 'http://adlnet.gov/expapi/verbs/scored', display: { 'en-US': 'scored' } },
} as const satisfies Record<string, XapiVerb>;

/** An xAPI Agent: identified by one of mbox, mbox_sha1sum, openid or account. */
export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: Record<string, string>;
    description?: Record<string, string>;
    interactionType?: 'likert';
    scale?: { id: string; description: Record<string, string> }[];
  };
}

export interface XapiResult {
  score?: { scaled: number; raw: number; min: number; max: number };
  completion?: boolean;
  success?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

/** An xAPI 1.0.3 statement as this library writes it. */
export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context: {
    registration: string;
    platform: string;
    language?: string;
    /** cmi5 adds `category` and the LMS's `grouping` (its context template). */
    contextActivities?: Partial<
      Record<'parent' | 'grouping' | 'category' | 'other', XapiActivity[]>
    >;
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

/** Default IRI base of activity ids and extension keys (a URN: no domain is claimed). */
export const DEFAULT_ACTIVITY_BASE = 'urn:leadership-3d';

/** Result extension key with the scores of every dimension (`{ technical: { score, band, stage }, … }`). */
export const dimensionScoresExtension = (base = DEFAULT_ACTIVITY_BASE): string =>
  `${base}:extension:dimension-scores`;
/** Context extension key with the form (`self` or `observer`). */
export const formExtension = (base = DEFAULT_ACTIVITY_BASE): string => `${base}:extension:form`;

/** What every statement of one run shares. */
export interface XapiRun {
  actor: XapiAgent;
  /** A UUID for this attempt (`context.registration`). */
  registration: string;
  instrument: {
    id: string;
    version: string;
    title: string;
    lang: string;
    scale: { labels: readonly string[]; notObserved?: string | undefined };
    items: readonly { id: string; self: string; observer: string }[];
  };
  form: Form;
  /** IRI prefix of activity ids; default `urn:leadership-3d`. */
  activityBase?: string | undefined;
  /** Injected in tests; default `crypto.randomUUID`. */
  uuid?: (() => string) | undefined;
  now?: (() => Date) | undefined;
}

const part = (value: string): string => encodeURIComponent(value);

/** Stable id of the instrument (per id and version): `urn:leadership-3d:instrument:<id>:<version>`. */
export const instrumentActivityId = (run: Pick<XapiRun, 'instrument' | 'activityBase'>): string =>
  `${run.activityBase ?? DEFAULT_ACTIVITY_BASE}:instrument:${part(run.instrument.id)}:${part(run.instrument.version)}`;

/** Stable id of one item: the instrument's id + `:item:<item id>`. */
export const itemActivityId = (
  run: Pick<XapiRun, 'instrument' | 'activityBase'>,
  itemId: string,
): string => `${instrumentActivityId(run)}:item:${part(itemId)}`;

/**
 * A random RFC 4122 v4 UUID. `crypto.randomUUID` exists only in secure contexts, and many LMSs
 * and intranets still serve courses over plain http: there it is built from
 * `crypto.getRandomValues`, which every browser has.
 */
export function randomUuid(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function instrumentActivity(run: XapiRun): XapiActivity {
  return {
    objectType: 'Activity',
    id: instrumentActivityId(run),
    definition: {
      type: 'http://adlnet.gov/expapi/activities/assessment',
      name: { [run.instrument.lang]: run.instrument.title },
    },
  };
}

function itemActivity(run: XapiRun, itemId: string): XapiActivity {
  const { instrument, form } = run;
  const item = instrument.items.find((i) => i.id === itemId);
  const text = item && (form === 'observer' ? item.observer : item.self);
  const lang = instrument.lang;
  const scale = instrument.scale.labels.map((label, i) => ({
    id: String(i + 1),
    description: { [lang]: label },
  }));
  if (form === 'observer' && instrument.scale.notObserved)
    scale.push({ id: 'not-observed', description: { [lang]: instrument.scale.notObserved } });
  return {
    objectType: 'Activity',
    id: itemActivityId(run, itemId),
    definition: {
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      // LRS reports list activities by name: the item's text, or its id when it has none.
      name: { [lang]: text || itemId },
      ...(text ? { description: { [lang]: text } } : {}),
      interactionType: 'likert',
      scale,
    },
  };
}

function statement(
  run: XapiRun,
  verb: XapiVerb,
  object: XapiActivity,
  result?: XapiResult,
  parent = false,
): XapiStatement {
  const base = run.activityBase ?? DEFAULT_ACTIVITY_BASE;
  return {
    id: (run.uuid ?? randomUuid)(),
    actor: run.actor,
    verb,
    object,
    ...(result ? { result } : {}),
    context: {
      registration: run.registration,
      platform: 'leadership-3d',
      language: run.instrument.lang,
      ...(parent ? { contextActivities: { parent: [instrumentActivity(run)] } } : {}),
      extensions: { [formExtension(base)]: run.form },
    },
    timestamp: (run.now ?? (() => new Date()))().toISOString(),
  };
}

/** The respondent started (or resumed) the questionnaire. */
export const initializedStatement = (run: XapiRun): XapiStatement =>
  statement(run, XAPI_VERBS.initialized, instrumentActivity(run));

/** One answer: `result.response` is `"1"`…`"5"` or `"not-observed"`; duration from the item's timing. */
export function answeredStatement(
  run: XapiRun,
  answer: { itemId: string; value: Answer | null; durationMs?: number | undefined },
): XapiStatement {
  const result: XapiResult = {
    response: answer.value === null ? 'not-observed' : String(answer.value),
    ...(answer.durationMs !== undefined ? { duration: isoDuration(answer.durationMs) } : {}),
  };
  return statement(run, XAPI_VERBS.answered, itemActivity(run, answer.itemId), result, true);
}

/** The respondent finished: `result.completion` true, duration of the answering time. */
export const completedStatement = (run: XapiRun, durationMs: number): XapiStatement =>
  statement(run, XAPI_VERBS.completed, instrumentActivity(run), {
    completion: true,
    duration: isoDuration(durationMs),
  });

/**
 * The overall score: the mean of the dimension scores that could be scored (0–100), or null
 * when none could. The SCORM score and the xAPI `scored` statement both use it.
 */
export function overallScore(result: Pick<Result, 'dimensions'>): number | null {
  const scores = Object.values(result.dimensions)
    .map((d) => d.score)
    .filter((s): s is number => typeof s === 'number');
  if (!scores.length) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
}

/** The scores: overall in `result.score`, every dimension in the dimension-scores extension. */
export function scoredStatement(run: XapiRun, result: Pick<Result, 'dimensions'>): XapiStatement {
  const overall = overallScore(result);
  const dimensions = Object.fromEntries(
    (Object.entries(result.dimensions) as [DimensionId, Result['dimensions'][DimensionId]][]).map(
      ([id, d]) => [id, { score: d.score, band: d.band, stage: d.stage }],
    ),
  );
  return statement(run, XAPI_VERBS.scored, instrumentActivity(run), {
    ...(overall !== null
      ? { score: { scaled: Math.round(overall * 100) / 10_000, raw: overall, min: 0, max: 100 } }
      : {}),
    extensions: { [dimensionScoresExtension(run.activityBase)]: dimensions },
  });
}
