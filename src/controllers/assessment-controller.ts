import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RATER_GROUPS } from '../scoring/index.js';
import { errorMessage, isRecord } from '../scoring/errors.js';
import { checkAnswers } from './check-answers.js';
import type {
  Answer,
  Form,
  Instrument,
  InstrumentItem,
  Norms,
  RaterGroup,
  RaterResponseSet,
  ResponseSet,
  Result,
  ScoreOptions,
} from '../scoring/index.js';
import {
  L3dAnswerEvent,
  L3dCompleteEvent,
  L3dErrorEvent,
  L3dPageChangeEvent,
  L3dStartEvent,
  type L3dErrorCode,
} from '../events/events.js';

export type AssessmentStatus = 'intro' | 'questions' | 'review' | 'report' | 'error';

/** The steps of the flow proper; `error` is shown over one of them. */
export type FlowStatus = Exclude<AssessmentStatus, 'error'>;

export type Answers = Readonly<Record<string, Answer | null>>;
export type Timings = Readonly<Record<string, number>>;

export interface AssessmentError {
  code: L3dErrorCode;
  message: string;
  /** The step to go back to once the problem is gone. */
  returnTo: FlowStatus;
}

/** Immutable: every change makes a new object, so a changed state is a changed reference. */
export interface AssessmentState {
  readonly status: AssessmentStatus;
  /** 0-based question page. */
  readonly page: number;
  readonly answers: Answers;
  /** Item id → milliseconds spent before answering it. */
  readonly timings: Timings;
  readonly result: Result | null;
  readonly error: AssessmentError | null;
  /** Observer form: the rater's relationship to the person, `null` until chosen. */
  readonly group: RaterGroup | null;
  /**
   * Observer form: drawn once per attempt and passed to the response code, so the same attempt
   * always gives the same code and two raters with the same answers get different ones.
   */
  readonly nonce: number;
  /** Observer form, once finished: the response code. */
  readonly code: string | null;
}

export interface AssessmentConfig {
  instrument: Instrument;
  form: Form;
  pageSize: number;
  norms?: Norms | undefined;
  /** Observer form: the group the host preset (`rater-group`); the rater then does not choose. */
  group?: RaterGroup | undefined;
  /** Observer form: makes the response code; the element sets it once the code module loaded. */
  encoder?: ResponseEncoder | undefined;
  /**
   * Scores the answers: the engine's `score`, which the element sets once the report's chunk
   * (which carries it) has loaded. Until then, finishing and a restored report wait for it.
   */
  scorer?: Scorer | undefined;
}

/** What `score` (from the scoring engine) is to the controller. */
export type Scorer = (responses: ResponseSet, options: ScoreOptions) => Result;

/** What `encodeResponseCode` (from the code module) is to the controller. */
export type ResponseEncoder = (
  responses: RaterResponseSet,
  options: { instrument: Instrument; nonce: number },
) => string;

/**
 * Nonces are 0 … 2^20 − 1, the range `encodeResponseCode` accepts (its `NONCE_LIMIT`; a Node test
 * keeps the two equal). Not imported from there: that would put the code module in the first load.
 */
export const NONCE_LIMIT = 2 ** 20;

export const isNonce = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < NONCE_LIMIT;

export const isRaterGroup = (value: unknown): value is RaterGroup =>
  RATER_GROUPS.includes(value as RaterGroup);

/** A uniform draw (2^32 is a multiple of 2^20) from the platform's cryptographic generator. */
const randomNonce = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! % NONCE_LIMIT;

/** What a snapshot or a host can put back: answers plus, optionally, where the respondent was. */
export interface RestoreData {
  answers: Answers;
  timings?: Timings | undefined;
  page?: number | undefined;
  status?: FlowStatus | undefined;
  /** Observer form; absent in snapshots from before raters chose a group (they are asked again). */
  group?: RaterGroup | null | undefined;
  /** Observer form; absent (or invalid): the attempt keeps the nonce it has. */
  nonce?: number | undefined;
}

export type AssessmentHost = ReactiveControllerHost & EventTarget;

// checked answers have their own module; re-exported where hosts and tests have found them
export { checkAnswers, type CheckedResponses } from './check-answers.js';

const INITIAL: AssessmentState = Object.freeze({
  status: 'intro',
  page: 0,
  answers: Object.freeze({}),
  timings: Object.freeze({}),
  result: null,
  error: null,
  group: null,
  nonce: 0,
  code: null,
});

const isAnswer = (value: unknown): value is Answer =>
  value === 1 || value === 2 || value === 3 || value === 4 || value === 5;

/**
 * The state of one respondent's pass through the questionnaire. Methods named after what the
 * respondent does (`start`, `answer`, `next`, `back`, `goToPage`, `review`, `finish`) fire the
 * public events on the host; the ones a host calls (`configure`, `reset`, `restore`,
 * `replaceAnswers`) fire none. Works with any host that can request updates and dispatch
 * events, so it is testable without rendering.
 */
export class AssessmentController implements ReactiveController {
  #state: AssessmentState;
  #config: AssessmentConfig;
  #listeners = new Set<(state: AssessmentState) => void>();
  /** When the current page appeared or the last answer was given: the start of the next timing. */
  #mark: number;
  /**
   * The state in which Finish began to wait for the scorer. Any change since (the respondent
   * went back, the host reset) drops the wait, as states are never reused. A restored report
   * needs no such mark: it is the report without a result.
   */
  #finishing: AssessmentState | null = null;

  constructor(
    private readonly host: AssessmentHost,
    config: AssessmentConfig,
    private readonly now: () => number = () => performance.now(),
    private readonly drawNonce: () => number = randomNonce,
  ) {
    this.#state = Object.freeze({ ...INITIAL, nonce: drawNonce() });
    this.#config = { ...config };
    this.#mark = now();
    host.addController(this);
  }

  get state(): AssessmentState {
    return this.#state;
  }

  get instrument(): Instrument {
    return this.#config.instrument;
  }

  get form(): Form {
    return this.#config.form;
  }

  get pageSize(): number {
    return this.#config.pageSize;
  }

  get total(): number {
    return this.instrument.items.length;
  }

  get pageCount(): number {
    return Math.max(1, Math.ceil(this.total / this.pageSize));
  }

  /** Items with an answer, "Not observed" included. */
  get answeredCount(): number {
    return Object.keys(this.#state.answers).length;
  }

  /** The items of a page, in instrument order. */
  pageItems(page: number = this.#state.page): InstrumentItem[] {
    return this.instrument.items.slice(page * this.pageSize, (page + 1) * this.pageSize);
  }

  /** 0-based page of an item, or -1 for an unknown id. */
  pageOf(itemId: string): number {
    const index = this.instrument.items.findIndex((item) => item.id === itemId);
    return index < 0 ? -1 : Math.floor(index / this.pageSize);
  }

  unanswered(): InstrumentItem[] {
    return this.instrument.items.filter((item) => !(item.id in this.#state.answers));
  }

  /** The answers as a response set the scoring engine accepts (a fresh copy); with `group` once an observer has one. */
  get responses(): ResponseSet {
    const { group } = this;
    return {
      instrumentId: this.instrument.id,
      instrumentVersion: this.instrument.version,
      form: this.form,
      ...(this.form === 'observer' && group ? { group } : {}),
      answers: { ...this.#state.answers },
      timings: { ...this.#state.timings },
    };
  }

  /** Observer form: the rater's group, preset by the host or chosen by the rater; else `null`. */
  get group(): RaterGroup | null {
    return this.#config.group ?? this.#state.group;
  }

  /** Observer form with a group: the responses as a rater's; otherwise `null`. */
  get raterResponses(): RaterResponseSet | null {
    const { group } = this;
    return this.form === 'observer' && group ? { ...this.responses, group } : null;
  }

  /** True for an observer without a group: Start and Finish wait for the choice. */
  get needsGroup(): boolean {
    return this.form === 'observer' && this.group === null;
  }

  /** Called with the new state after every change; returns an unsubscribe function. */
  subscribe(listener: (state: AssessmentState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A page shown before the element left and came back is timed from its return. */
  hostConnected(): void {
    this.#mark = this.now();
  }

  // ---- what the respondent does: these fire events -------------------------------------

  start(): void {
    if (this.#state.status !== 'intro' || this.needsGroup) return;
    this.#showPage(0);
    this.#emit(new L3dStartEvent({ ...this.#identity(), form: this.form, resumed: false }));
    this.#emitPage();
  }

  /** The rater says how they know the person (observer form, before finishing). No event. */
  chooseGroup(group: RaterGroup): void {
    const { status } = this.#state;
    if (this.form !== 'observer' || !isRaterGroup(group) || group === this.#state.group) return;
    if (status === 'intro' || status === 'questions' || status === 'review') this.#set({ group });
  }

  /** Records an answer on the current page; returns false when it was not accepted. */
  answer(itemId: string, value: Answer | null): boolean {
    const { status, answers, timings } = this.#state;
    if (status !== 'questions') return false;
    if (!this.pageItems().some((item) => item.id === itemId)) return false;
    if (!(isAnswer(value) || (value === null && this.form === 'observer'))) return false;
    if (answers[itemId] === value && itemId in answers) return false;
    const now = this.now();
    const spent = Math.round((timings[itemId] ?? 0) + Math.max(0, now - this.#mark));
    this.#mark = now;
    this.#set({
      answers: Object.freeze({ ...answers, [itemId]: value }),
      timings: Object.freeze({ ...timings, [itemId]: spent }),
    });
    this.#emit(
      new L3dAnswerEvent({ itemId, value, answered: this.answeredCount, total: this.total }),
    );
    return true;
  }

  goToPage(page: number): void {
    const { status } = this.#state;
    if (status !== 'questions' && status !== 'review') return;
    if (!Number.isInteger(page) || page < 0 || page >= this.pageCount) return;
    if (status === 'questions' && page === this.#state.page) return;
    this.#showPage(page);
    this.#emitPage();
  }

  next(): void {
    const { status, page } = this.#state;
    if (status !== 'questions') return;
    if (page < this.pageCount - 1) this.goToPage(page + 1);
    else this.review();
  }

  /** One step back: previous page, the last page from the review, the intro from page one. */
  back(): void {
    const { status, page } = this.#state;
    if (status === 'review') this.goToPage(this.pageCount - 1);
    else if (status === 'questions' && page > 0) this.goToPage(page - 1);
    else if (status === 'questions') this.#set({ status: 'intro' });
  }

  review(): void {
    if (this.#state.status === 'questions') this.#set({ status: 'review' });
  }

  /**
   * Scores the answers and shows the report (for an observer: the response code); a scoring
   * problem becomes an error state.
   */
  finish(): void {
    const { status } = this.#state;
    if (status !== 'review' && status !== 'questions') return;
    if (this.needsGroup) return;
    const { scorer } = this.#config;
    if (!scorer) {
      this.#finishing = this.#state;
      return this.host.requestUpdate(); // the element sees `waitingForScorer` and loads it
    }
    const responses = this.responses;
    let result: Result;
    try {
      result = scorer(responses, { instrument: this.instrument, norms: this.#config.norms });
    } catch (error) {
      this.fail('scoring-failed', errorMessage(error));
      return;
    }
    const rater = this.raterResponses;
    const code = rater && this.#encode(rater);
    if (code === undefined) return;
    this.#set({ status: 'report', result, code });
    const identity = this.#identity();
    this.#emit(
      new L3dCompleteEvent(
        rater && code
          ? { form: 'observer', result, responses: rater, code, ...identity }
          : { form: 'self', result, responses, ...identity },
      ),
    );
  }

  /** Picks up a saved session: like `restore`, and announces it as a resumed start. */
  resume(data: RestoreData): boolean {
    if (!this.restore(data)) return false;
    const { status } = this.#state;
    if (status === 'questions' || status === 'review')
      this.#emit(new L3dStartEvent({ ...this.#identity(), form: this.form, resumed: true }));
    return true;
  }

  // ---- what the host does: no events, except for errors ---------------------------------

  /** Changes the instrument, form, page size or norms. Keeps the answers; clamps the page. */
  configure(config: Partial<AssessmentConfig>): void {
    const group = this.group;
    this.#config = { ...this.#config, ...config };
    if (this.#state.page >= this.pageCount) this.#set({ page: this.pageCount - 1 });
    if (this.group !== group && this.#state.code !== null) this.#set({ code: null });
    this.#restoreCode();
    if (!this.#config.scorer) return;
    if (this.#finishing === this.#state) this.finish();
    else if (this.#unscoredReport) this.#rescore();
    this.#finishing = null;
  }

  /** Whether `scorer` has been set. */
  get hasScorer(): boolean {
    return this.#config.scorer !== undefined;
  }

  /** Whether finishing (or a restored report) is waiting for `scorer`: the element loads it. */
  get waitingForScorer(): boolean {
    return !this.hasScorer && (this.#finishing === this.#state || this.#unscoredReport);
  }

  /** A restored report before the scorer came: shown as loading until it is scored. */
  get #unscoredReport(): boolean {
    return this.#state.status === 'report' && this.#state.result === null;
  }

  /**
   * The scorer could not be loaded: what waited for it stops at the review, answers kept, with
   * the error shown (its Continue leads back to the review, whose Finish tries again).
   */
  scorerUnavailable(message: string): void {
    if (!this.waitingForScorer) return;
    this.#finishing = null;
    this.#set({ status: 'review', result: null, code: null });
    this.fail('scoring-failed', message);
  }

  /** A new attempt: no answers, no group, a new nonce. */
  reset(): void {
    this.#mark = this.now();
    this.#set({ ...INITIAL, nonce: this.drawNonce() });
  }

  /** Puts answers (and optionally the step and page) back; false when the data is not valid. */
  restore(data: RestoreData): boolean {
    const checked = checkAnswers(this.instrument, this.form, data.answers, data.timings ?? {});
    if (!checked.ok) return false;
    const page = Math.min(Math.max(0, Math.trunc(data.page ?? 0)), this.pageCount - 1);
    const group = this.form === 'observer' && isRaterGroup(data.group) ? data.group : null;
    const nonce = isNonce(data.nonce) ? data.nonce : this.#state.nonce;
    let status = data.status ?? 'intro';
    // A finished rater from before groups existed picks one on the review, then finishes again.
    if (status === 'report' && this.form === 'observer' && !(this.#config.group ?? group))
      status = 'review';
    this.#mark = this.now();
    this.#set({
      ...INITIAL,
      answers: checked.answers,
      timings: checked.timings,
      page,
      status,
      group,
      nonce,
    });
    if (status === 'report') this.#rescore();
    return true;
  }

  /**
   * Replaces all answers with a host's response set. Returns null when applied, otherwise why
   * not (the current answers are then untouched).
   */
  replaceAnswers(responses: unknown): string | null {
    let fields: Record<string, unknown>;
    try {
      if (!isRecord(responses)) return 'responses: expected a response set object';
      // read once: a host's getter or proxy may throw, and must not throw into its own setter
      const { instrumentId, instrumentVersion, form, answers, timings } = responses;
      fields = { instrumentId, instrumentVersion, form, answers, timings };
    } catch (error) {
      return `responses: could not be read (${errorMessage(error)})`;
    }
    const { instrumentId, instrumentVersion, form } = fields;
    if (instrumentId !== this.instrument.id || instrumentVersion !== this.instrument.version)
      return `responses: expected instrument "${this.instrument.id}" version "${this.instrument.version}"`;
    if (form !== this.form) return `responses.form: expected "${this.form}"`;
    const checked = checkAnswers(this.instrument, this.form, fields.answers, fields.timings);
    if (!checked.ok) return `responses.${checked.message}`;
    this.#set({ answers: checked.answers, timings: checked.timings });
    if (this.#state.status === 'report') this.#rescore();
    return null;
  }

  /** Shows an error in place of the flow (answers are kept) and reports it. */
  fail(code: L3dErrorCode, message: string): void {
    const { status, error } = this.#state;
    const returnTo = status === 'error' ? (error?.returnTo ?? 'intro') : status;
    this.#set({ status: 'error', error: { code, message, returnTo } });
    this.#emit(new L3dErrorEvent({ code, message }));
  }

  /** Leaves the error state for the step it interrupted. */
  recover(): void {
    const { error } = this.#state;
    if (!error) return;
    this.#mark = this.now();
    this.#set({ status: error.returnTo, error: null });
  }

  // ---- private helpers --------------------------------------------------------------------

  #identity(): { instrumentId: string; instrumentVersion: string } {
    return { instrumentId: this.instrument.id, instrumentVersion: this.instrument.version };
  }

  #showPage(page: number): void {
    this.#mark = this.now();
    this.#set({ status: 'questions', page });
  }

  #emitPage(): void {
    this.#emit(new L3dPageChangeEvent({ page: this.#state.page, pageCount: this.pageCount }));
  }

  /** A restored report is scored again; if it no longer scores, the review is shown instead. */
  #rescore(): void {
    const { scorer } = this.#config;
    // without it: the report without a result, which `configure` scores once the scorer is set
    if (!scorer) return this.#set({ status: 'report', result: null, code: null });
    try {
      const result = scorer(this.responses, {
        instrument: this.instrument,
        norms: this.#config.norms,
      });
      this.#set({ status: 'report', result, code: null });
    } catch {
      this.#set({ status: 'review', result: null, code: null });
    }
    this.#restoreCode();
  }

  /**
   * A restored observer's completion gets its code back once the encoder is there: the same
   * answers, group and nonce give the same code. No event: the rater finished before.
   */
  #restoreCode(): void {
    const { status, code } = this.#state;
    const rater = this.raterResponses;
    if (status !== 'report' || code || !rater || !this.#config.encoder) return;
    const made = this.#encode(rater);
    if (made) this.#set({ code: made });
  }

  /** The response code; a refusal (answers the code cannot carry) sends the rater back to the review. */
  #encode(rater: RaterResponseSet): string | undefined {
    try {
      const { encoder } = this.#config;
      if (!encoder) throw new Error('The response code module is not loaded');
      return encoder(rater, { instrument: this.instrument, nonce: this.#state.nonce });
    } catch (error) {
      this.#set({ status: 'review', result: null, code: null });
      this.fail('response-code-failed', errorMessage(error));
      return undefined;
    }
  }

  #set(patch: Partial<AssessmentState>): void {
    this.#state = Object.freeze({ ...this.#state, ...patch });
    this.host.requestUpdate();
    for (const listener of this.#listeners) listener(this.#state);
  }

  #emit(event: Event): void {
    this.host.dispatchEvent(event);
  }
}
