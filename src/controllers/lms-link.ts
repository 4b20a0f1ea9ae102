import type { AssessmentController, AssessmentState } from './assessment-controller.js';
import type { LmsHost } from './lms-settings.js';
import type { LmsOptions } from './lms-controller.js';
import type { L3dCompleteEvent } from '../events/events.js';
import type { XapiAgent, XapiStatement } from '../lms/xapi.js';
import type { XapiAuth } from '../lms/lrs-sender.js';

// lms-score and lms-finish are attributes only (no reactive properties): they are deployment
// settings written into a launch page, read when the LMS is written to, and a property each
// would cost the first load ~45 B. They live here, with the links that read them, so the
// first-load entry (which holds lms-settings.ts) does not carry and export them.

/** True when the LMS is to get a score (`lms-score="raw"`; by default none). */
export const reportsScore = (host: LmsHost): boolean => host.getAttribute('lms-score') === 'raw';

/** True when the LMS session ends right after completion (`lms-finish="on-complete"`). */
export const finishesOnComplete = (host: LmsHost): boolean =>
  host.getAttribute('lms-finish') === 'on-complete';

/** What a link is given: the element, its answers and how to report problems. */
export interface LmsLinkContext {
  host: LmsHost;
  assessment: AssessmentController;
  options: LmsOptions;
  /** Fires a statement of the link's own (cmi5) as `l3d-xapi` and queues it for the LRS. */
  send(statement: XapiStatement): void;
}

/** The kind of step an xAPI statement reports, as the element builds them. */
export type StatementKind = 'initialized' | 'answered' | 'completed' | 'scored';

/**
 * Where a link sends the element's xAPI statements instead of the host's `xapi-*` settings
 * (cmi5: the LMS's LRS, actor and registration from the launch URL).
 */
export interface LinkXapi {
  endpoint: string;
  auth: XapiAuth;
  actor: XapiAgent;
  registration: string;
  /** The statement as the LMS must receive it, or null when the link sends its own instead. */
  stamp(kind: StatementKind, statement: XapiStatement): XapiStatement | null;
}

/**
 * One LMS protocol's session (SCORM, cmi5). Each is its own chunk, loaded by `LmsController`
 * only when the page runs that protocol, so a respondent never downloads the other one.
 */
export interface LmsLink {
  /** True while an LMS session is open: the LMS, not the browser, keeps the answers. */
  readonly active: boolean;
  /** True while the session is still being opened (resume data may yet arrive): the widget waits. */
  readonly starting: boolean;
  /** Set when the LMS takes the element's xAPI statements (cmi5). */
  readonly xapi?: LinkXapi | undefined;
  /** After each render: resume data is applied once the instrument is known. */
  update(): void;
  /** The respondent's page or step changed. */
  onState(state: AssessmentState): void;
  /** The respondent finished. */
  complete(event: L3dCompleteEvent): void;
  /** The page is hidden (`terminate` false), or left or the element removed for good (true). */
  save(terminate: boolean): void;
}

/** A link chunk's export: undefined when there is no LMS of that kind to talk to. */
export type LmsLinkFactory = (context: LmsLinkContext) => LmsLink | undefined;
