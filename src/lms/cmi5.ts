/**
 * cmi5, the xAPI-based successor to SCORM, from the assignable unit's (AU's) side: the launch
 * parameters, the one-time auth token, the `LMS.LaunchData` and learner-preferences documents,
 * the AU's own resume document, and the cmi5-defined statements with the rules an LMS enforces
 * (order, once-only verbs, launch mode, mastery score). Requests go through an injected `fetch`,
 * nothing is sent that the launch did not name; DOM-free.
 */
import { randomUuid, type XapiAgent, type XapiResult, type XapiStatement } from './xapi.js';

const W3ID = 'https://w3id.org/xapi/cmi5/context/';
/** Context extension with the LMS's id of this AU session (every statement carries it). */
export const CMI5_SESSION_EXTENSION = `${W3ID}extensions/sessionid`;
/** Category of cmi5-defined statements (never on the "allowed" ones). */
export const CMI5_CATEGORY = `${W3ID}categories/cmi5`;
/** Category of the statements the LMS's moveOn rule looks at: completed, passed, failed. */
export const CMI5_MOVEON_CATEGORY = `${W3ID}categories/moveon`;
/** The AU-owned State document with the resume data (cmi5 has no suspend_data). */
export const CMI5_RESUME_STATE = 'urn:leadership-3d:resume';

export type Cmi5Fetch = (
  url: string,
  init: RequestInit,
) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

/** What went wrong, by step: the launch URL, the token, `LMS.LaunchData`, or a State request. */
export class Cmi5Error extends Error {
  override name = 'Cmi5Error';
  constructor(
    readonly step: 'launch' | 'token' | 'launch-data' | 'state',
    message: string,
  ) {
    super(message);
  }
}

/** The five launch parameters (cmi5 §8.1). */
export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: XapiAgent;
  registration: string;
  activityId: string;
}

export type Cmi5LaunchMode = 'Normal' | 'Browse' | 'Review';

/** What the AU uses of `LMS.LaunchData` (cmi5 §10). */
export interface Cmi5LaunchData {
  contextTemplate: Partial<XapiStatement['context']>;
  launchMode: Cmi5LaunchMode;
  moveOn?: string | undefined;
  /** 0–1: only then are passed/failed sent. */
  masteryScore?: number | undefined;
  /** Absolute http(s) URL only: anything else (e.g. `javascript:`) is dropped. */
  returnURL?: string | undefined;
}

/** One AU session: the launch, its LaunchData and the session id every statement carries. */
export interface Cmi5Session {
  launch: Cmi5Launch;
  data: Cmi5LaunchData;
  sessionId: string;
  uuid?: (() => string) | undefined;
  now?: (() => Date) | undefined;
}

const UUID = /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i;
const HTTP = /^https?:\/\/\S+$/i;
const IRI = /^[a-z][\w+.-]*:\S+$/i;
const json = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The launch parameters from a query string; a missing or malformed one throws `Cmi5Error`. */
export function parseCmi5Launch(search: string): Cmi5Launch {
  const params = new URLSearchParams(search);
  const fail = (message: string): never => {
    throw new Cmi5Error('launch', `cmi5 launch URL: ${message}`);
  };
  const read = (name: string, pattern: RegExp, what: string): string => {
    const value = params.get(name)?.trim();
    if (!value) return fail(`no "${name}" parameter`);
    return pattern.test(value) ? value : fail(`"${name}" is not ${what}`);
  };
  const launch = {
    endpoint: read('endpoint', HTTP, 'an http(s) URL'),
    fetch: read('fetch', HTTP, 'an http(s) URL'),
    registration: read('registration', UUID, 'a UUID'),
    activityId: read('activityId', IRI, 'an IRI'),
  };
  const actor = json(read('actor', /^\{/, 'a JSON object'));
  // cmi5 §8.1.3: the LMS identifies the learner by an account (homePage and name).
  if (!isObject(actor) || !isObject(actor.account))
    fail('"actor" is not an xAPI Agent with an account');
  return { ...launch, actor: actor as XapiAgent };
}

/**
 * POSTs once to the fetch URL (it is single-use: a second POST gets cmi5 error 1) and returns
 * the `Authorization` value, `Basic <token>`.
 */
export async function fetchCmi5Token(launch: Cmi5Launch, fetch: Cmi5Fetch): Promise<string> {
  let text: string;
  try {
    const response = await fetch(launch.fetch, { method: 'POST', credentials: 'omit' });
    text = `HTTP ${response.status} ${await response.text()}`;
  } catch (error) {
    text = String(error);
  }
  const token = json(text.replace(/^HTTP \d+ /, ''));
  if (isObject(token) && typeof token['auth-token'] === 'string' && token['auth-token'])
    return `Basic ${token['auth-token']}`;
  // The body says why: e.g. {"error-code":"1","error-text":"Already in use"} (cmi5 §8.2.3).
  throw new Cmi5Error('token', `cmi5 fetch URL gave no token: ${text.slice(0, 200)}`);
}

/** An xAPI resource of this learner (the State API adds the AU and the registration). */
const xapiUrl = (launch: Cmi5Launch, path: string, query: Record<string, string>): string =>
  `${launch.endpoint.replace(/\/+$/, '')}/${path}?${new URLSearchParams({
    ...query,
    agent: JSON.stringify(launch.actor),
  })}`;

/** A State API document of this AU, learner and registration. */
export const cmi5StateUrl = (launch: Cmi5Launch, stateId: string): string =>
  xapiUrl(launch, 'activities/state', {
    stateId,
    activityId: launch.activityId,
    registration: launch.registration,
  });

/** The learner's `cmi5LearnerPreferences` agent profile. */
export const cmi5PreferencesUrl = (launch: Cmi5Launch): string =>
  xapiUrl(launch, 'agents/profile', { profileId: 'cmi5LearnerPreferences' });

/**
 * One State or Agent Profile request. GET resolves to the document's text, or undefined when
 * there is none (404); PUT (with `body`) to ''. Any other status or a network error throws.
 */
export async function cmi5Request(
  fetch: Cmi5Fetch,
  url: string,
  auth: string,
  body?: string,
  keepalive = false,
): Promise<string | undefined> {
  const put = body !== undefined;
  const response = await fetch(url, {
    method: put ? 'PUT' : 'GET',
    headers: {
      Authorization: auth,
      'X-Experience-API-Version': '1.0.3',
      ...(put ? { 'Content-Type': 'text/plain' } : {}),
    },
    ...(put ? { body } : {}),
    keepalive,
    credentials: 'omit',
  });
  if (!put && response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return put ? '' : response.text();
}

/** `LMS.LaunchData`, read and checked; a failed request or a malformed document throws. */
export async function readCmi5LaunchData(
  launch: Cmi5Launch,
  fetch: Cmi5Fetch,
  auth: string,
): Promise<Cmi5LaunchData> {
  let text: string | undefined;
  try {
    text = await cmi5Request(fetch, cmi5StateUrl(launch, 'LMS.LaunchData'), auth);
  } catch (error) {
    throw new Cmi5Error('launch-data', `LMS.LaunchData could not be read: ${String(error)}`);
  }
  return parseCmi5LaunchData(text);
}

/** Checks a LaunchData document: a context template and a launch mode are required. */
export function parseCmi5LaunchData(text: string | undefined): Cmi5LaunchData {
  const doc = json(text ?? '');
  const fail = (message: string): never => {
    throw new Cmi5Error('launch-data', `LMS.LaunchData ${message}`);
  };
  if (!isObject(doc)) return fail(text === undefined ? 'does not exist' : 'is not a JSON object');
  const { contextTemplate, launchMode, moveOn, masteryScore, returnURL } = doc;
  if (!isObject(contextTemplate)) fail('has no contextTemplate');
  if (launchMode !== 'Normal' && launchMode !== 'Browse' && launchMode !== 'Review')
    fail(`has an unknown launchMode: ${String(launchMode)}`);
  if (
    masteryScore !== undefined &&
    (typeof masteryScore !== 'number' || masteryScore < 0 || masteryScore > 1)
  )
    fail('has a masteryScore outside 0–1');
  // Other fields (launchMethod, launchParameters, entitlementKey) are not used.
  return {
    ...(doc as unknown as Cmi5LaunchData),
    moveOn: typeof moveOn === 'string' ? moveOn : undefined,
    returnURL: typeof returnURL === 'string' && HTTP.test(returnURL) ? returnURL : undefined,
  };
}

/** The learner's first preferred language (a BCP 47 tag), or undefined: optional, never fails. */
export async function readCmi5Language(
  launch: Cmi5Launch,
  fetch: Cmi5Fetch,
  auth: string,
): Promise<string | undefined> {
  const doc = json(
    (await cmi5Request(fetch, cmi5PreferencesUrl(launch), auth).catch(String)) ?? '',
  );
  const list = isObject(doc) && doc.languagePreference;
  return typeof list === 'string' ? list.split(',')[0]!.trim() || undefined : undefined;
}

/** The session id the LMS put in the context template (it must; a fresh one if it did not). */
export const cmi5SessionId = (data: Cmi5LaunchData): string => {
  const id = data.contextTemplate.extensions?.[CMI5_SESSION_EXTENSION];
  return typeof id === 'string' && id ? id : randomUuid();
};

type Context = XapiStatement['context'];

/**
 * The context of a statement in this session: the LMS's template merged with the statement's
 * own (activity lists joined, extensions combined), the launch registration, the session id,
 * and `categories` (only cmi5-defined statements get the cmi5 category).
 */
export function cmi5Context(
  session: Cmi5Session,
  own: Partial<Context> | undefined,
  categories: readonly string[] = [],
): Context {
  const template = session.data.contextTemplate;
  const activities: NonNullable<Context['contextActivities']> = {};
  const lists = [
    template.contextActivities,
    own?.contextActivities,
    { category: categories.map((id) => ({ objectType: 'Activity' as const, id })) },
  ];
  for (const list of lists)
    for (const [key, value] of Object.entries(list ?? {}) as [keyof typeof activities, []][])
      if (value.length) activities[key] = [...(activities[key] ?? []), ...value];
  return {
    platform: 'leadership-3d',
    ...template,
    ...own,
    registration: session.launch.registration,
    contextActivities: activities,
    extensions: {
      ...template.extensions,
      ...own?.extensions,
      [CMI5_SESSION_EXTENSION]: session.sessionId,
    },
  };
}

/** The verbs of cmi5-defined statements this AU sends. */
export type Cmi5Verb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

/** A cmi5-defined statement: launch actor, the AU's activity id as object, the cmi5 context. */
export function cmi5Statement(
  session: Cmi5Session,
  verb: Cmi5Verb,
  result?: XapiResult,
): XapiStatement {
  const moveOn = verb === 'completed' || verb === 'passed' || verb === 'failed';
  return {
    id: (session.uuid ?? randomUuid)(),
    actor: session.launch.actor,
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: session.launch.activityId },
    ...(result ? { result } : {}),
    context: cmi5Context(
      session,
      undefined,
      moveOn ? [CMI5_CATEGORY, CMI5_MOVEON_CATEGORY] : [CMI5_CATEGORY],
    ),
    timestamp: (session.now ?? (() => new Date()))().toISOString(),
  };
}

/**
 * One of the element's statements as a cmi5 "allowed" statement: the launch actor and the
 * session's context, no cmi5 category. `withScore` false drops `result.score` (`lms-score="none"`:
 * a gradebook would turn any score into a grade); the dimension scores stay as an extension.
 */
export function cmi5Allowed(
  session: Cmi5Session,
  statement: XapiStatement,
  withScore: boolean,
): XapiStatement {
  const { result, ...rest } = statement;
  const { score, ...unscored } = result ?? {};
  const kept = withScore ? result : score ? unscored : result;
  return {
    ...rest,
    actor: session.launch.actor,
    ...(kept ? { result: kept } : {}),
    context: cmi5Context(session, statement.context),
  };
}

/**
 * The cmi5 rules for what may be sent now, given the verbs already sent in this session
 * (`allowed` stands for any cmi5 "allowed" statement): `initialized` once and first; nothing
 * after `terminated`; `completed` once; one of `passed`/`failed`; in Browse and Review only
 * `initialized` and `terminated`.
 */
export function cmi5Allows(
  mode: Cmi5LaunchMode,
  sent: ReadonlySet<string>,
  verb: Cmi5Verb | 'allowed',
): boolean {
  if (sent.has('terminated')) return false;
  if (verb === 'initialized') return !sent.has(verb);
  if (!sent.has('initialized')) return false;
  if (verb === 'terminated') return true;
  if (mode !== 'Normal') return false;
  if (verb === 'passed' || verb === 'failed') return !sent.has('passed') && !sent.has('failed');
  return verb === 'allowed' || !sent.has(verb);
}

/**
 * passed or failed, only when the LMS gave a mastery score and there is a score (scaled 0–1);
 * the diagnostic has no pass mark of its own.
 */
export const cmi5Verdict = (
  data: Pick<Cmi5LaunchData, 'masteryScore'>,
  scaled: number | null,
): 'passed' | 'failed' | null =>
  data.masteryScore === undefined || scaled === null
    ? null
    : scaled >= data.masteryScore
      ? 'passed'
      : 'failed';
