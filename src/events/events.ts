import type {
  Answer,
  Form,
  RaterResponseSet,
  ResponseSet,
  Result,
  Result360,
} from '../scoring/index.js';
import type { XapiStatement } from '../lms/xapi.js';

/**
 * Public events of `<leadership-3d>`. Each is a plain `Event` subclass with a typed `detail`,
 * so `el.addEventListener('l3d-answer', (e) => e.detail.value)` type-checks without casts.
 * All bubble and cross shadow roots; none is cancelable. They fire for what the respondent
 * does (and for errors), never for changes the host makes through properties or methods.
 */

const init = { bubbles: true, composed: true } as const;

export interface L3dStartDetail {
  instrumentId: string;
  instrumentVersion: string;
  form: Form;
  /** True when saved answers were picked up from storage rather than a new start. */
  resumed: boolean;
}

/** The respondent started the questionnaire, or came back to one saved in this browser. */
export class L3dStartEvent extends Event {
  static readonly eventName = 'l3d-start';
  constructor(readonly detail: L3dStartDetail) {
    super(L3dStartEvent.eventName, init);
  }
}

export interface L3dAnswerDetail {
  itemId: string;
  /** 1–5, or `null` for "Not observed". */
  value: Answer | null;
  /** Items with an answer (including "Not observed") after this one. */
  answered: number;
  total: number;
}

/** The respondent answered or changed the answer to one item. */
export class L3dAnswerEvent extends Event {
  static readonly eventName = 'l3d-answer';
  constructor(readonly detail: L3dAnswerDetail) {
    super(L3dAnswerEvent.eventName, init);
  }
}

export interface L3dPageChangeDetail {
  /** 0-based index of the question page now shown. */
  page: number;
  pageCount: number;
}

/** The respondent moved to another page of questions (including the first, after Start). */
export class L3dPageChangeEvent extends Event {
  static readonly eventName = 'l3d-page-change';
  constructor(readonly detail: L3dPageChangeDetail) {
    super(L3dPageChangeEvent.eventName, init);
  }
}

interface CompleteDetailBase {
  /** What `score(responses)` returns. */
  result: Result;
  instrumentId: string;
  instrumentVersion: string;
}

/** A respondent to the self form finished. */
export interface L3dSelfCompleteDetail extends CompleteDetailBase {
  form: 'self';
  responses: ResponseSet;
}

/** A rater (the observer form) finished: their answers, their group and the response code. */
export interface L3dObserverCompleteDetail extends CompleteDetailBase {
  form: 'observer';
  /** The answers with the rater's relationship to the person (`group`). */
  responses: RaterResponseSet;
  /**
   * The response code shown to the rater, e.g. `L3D-1ABCD-…`: their answers and group, no name.
   * `decodeResponseCode` from `leadership-3d/codes` reads it back.
   */
  code: string;
}

/** Narrow on `form`: an observer's detail also has `code` and `responses.group`. */
export type L3dCompleteDetail = L3dSelfCompleteDetail | L3dObserverCompleteDetail;

/**
 * The respondent finished; the answers are scored. For the observer form it fires once the
 * response code is ready (the code module loads when the rater finishes, usually within ms).
 */
export class L3dCompleteEvent extends Event {
  static readonly eventName = 'l3d-complete';
  constructor(readonly detail: L3dCompleteDetail) {
    super(L3dCompleteEvent.eventName, init);
  }
}

/** Stable codes a host can branch on. */
export type L3dErrorCode =
  | 'invalid-instrument'
  | 'instrument-fetch-failed'
  | 'invalid-responses'
  | 'unknown-lang'
  | 'invalid-locale'
  | 'storage-corrupt'
  | 'storage-version-mismatch'
  | 'storage-unavailable'
  | 'storage-full'
  | 'scoring-failed'
  | 'lms-unavailable'
  | 'lms-write-failed'
  | 'lms-resume-invalid'
  | 'xapi-send-failed'
  | 'invalid-rater-group'
  | 'rater-unavailable'
  | 'response-code-failed'
  // <l3d-360>
  | 'invalid-code'
  | 'invalid-result'
  | 'invalid-norms'
  // <l3d-report>: a `plan` property that is not a development plan
  | 'invalid-plan';

export interface L3dErrorDetail {
  code: L3dErrorCode;
  /** For developers (English, may name fields); the respondent sees a plain-language text. */
  message: string;
}

/** Something could not be used. The widget never throws into the page; it reports here. */
export class L3dErrorEvent extends Event {
  static readonly eventName = 'l3d-error';
  constructor(readonly detail: L3dErrorDetail) {
    super(L3dErrorEvent.eventName, init);
  }
}

/** An xAPI statement the widget built (the detail is the statement, ready for an LRS). */
export class L3dXapiEvent extends Event {
  static readonly eventName = 'l3d-xapi';
  constructor(readonly detail: XapiStatement) {
    super(L3dXapiEvent.eventName, init);
  }
}

export interface L3d360ChangeDetail {
  /** Which input the person changed. */
  input: 'self' | 'codes' | 'norms' | 'previous';
  /** The 360° numbers now shown (`null` until there is a self-assessment or a rater). */
  report: Result360 | null;
  /** The response codes now in the view, in canonical spelling, in the order added. */
  codes: string[];
}

/**
 * The person changed what `<l3d-360>` compares: loaded or removed a self-assessment, norms or
 * an earlier result, or added or removed codes. Not fired for the host's own property changes.
 */
export class L3d360ChangeEvent extends Event {
  static readonly eventName = 'l3d-360-change';
  constructor(readonly detail: L3d360ChangeDetail) {
    super(L3d360ChangeEvent.eventName, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'l3d-360-change': L3d360ChangeEvent;
    'l3d-start': L3dStartEvent;
    'l3d-answer': L3dAnswerEvent;
    'l3d-page-change': L3dPageChangeEvent;
    'l3d-complete': L3dCompleteEvent;
    'l3d-error': L3dErrorEvent;
    'l3d-xapi': L3dXapiEvent;
  }
}
