import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { score } from '../scoring/index.js';
import type {
  Answer,
  Form,
  Instrument,
  InstrumentItem,
  Norms,
  ResponseSet,
  Result,
} from '../scoring/index.js';
import {
  L3dAnswerEvent,
  L3dCompleteEvent,
  L3dErrorEvent,
  L3dPageChangeEvent,
  L3dStartEvent,
  type L3dErrorCode,
} from '../elements/events.js';

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
}

export interface AssessmentConfig {
  instrument: Instrument;
  form: Form;
  pageSize: number;
  norms?: Norms | undefined;
}

/** What a snapshot or a host can put back: answers plus, optionally, where the respondent was. */
export interface RestoreData {
  answers: Answers;
  timings?: Timings | undefined;
  page?: number | undefined;
  status?: FlowStatus | undefined;
}

export type AssessmentHost = ReactiveControllerHost & EventTarget;

export type CheckedResponses =
  { ok: true; answers: Answers; timings: Timings } | { ok: false; message: string };

const INITIAL: AssessmentState = Object.freeze({
  status: 'intro',
  page: 0,
  answers: Object.freeze({}),
  timings: Object.freeze({}),
  result: null,
  error: null,
});

const isAnswer = (value: unknown): value is Answer =>
  value === 1 || value === 2 || value === 3 || value === 4 || value === 5;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks untrusted answers (from storage or a host) by the scoring engine's own rules: known
 * item ids, answers 1–5 or null, timings ≥ 0. Returns fresh copies, never the input objects.
 */
export function checkAnswers(
  instrument: Instrument,
  form: Form,
  answers: unknown,
  timings: unknown = {},
): CheckedResponses {
  if (!isRecord(answers)) return { ok: false, message: 'answers: expected an object' };
  if (!isRecord(timings)) return { ok: false, message: 'timings: expected an object' };
  try {
    score(
      {
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        form,
        answers: answers as Record<string, Answer | null>,
        timings: timings as Record<string, number>,
      },
      { instrument },
    );
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return {
    ok: true,
    answers: Object.freeze(Object.fromEntries(Object.entries(answers))) as Answers,
    timings: Object.freeze(Object.fromEntries(Object.entries(timings))) as Timings,
  };
}

/**
 * The state of one respondent's pass through the questionnaire. Methods named after what the
 * respondent does (`start`, `answer`, `next`, `back`, `goToPage`, `review`, `finish`) fire the
 * public events on the host; the ones a host calls (`configure`, `reset`, `restore`,
 * `replaceAnswers`) fire none. Works with any host that can request updates and dispatch
 * events, so it is testable without rendering.
 */
export class AssessmentController implements ReactiveController {
  #state: AssessmentState = INITIAL;
  #config: AssessmentConfig;
  #listeners = new Set<(state: AssessmentState) => void>();
  /** When the current page appeared or the last answer was given: the start of the next timing. */
  #mark: number;

  constructor(
    private readonly host: AssessmentHost,
    config: AssessmentConfig,
    private readonly now: () => number = () => performance.now(),
  ) {
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

  /** The answers as a response set the scoring engine accepts (a fresh copy). */
  get responses(): ResponseSet {
    return {
      instrumentId: this.instrument.id,
      instrumentVersion: this.instrument.version,
      form: this.form,
      answers: { ...this.#state.answers },
      timings: { ...this.#state.timings },
    };
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
    if (this.#state.status !== 'intro') return;
    this.#showPage(0);
    this.#emit(new L3dStartEvent({ ...this.#identity(), form: this.form, resumed: false }));
    this.#emitPage();
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

  /** Scores the answers and shows the report; a scoring problem becomes an error state. */
  finish(): void {
    const { status } = this.#state;
    if (status !== 'review' && status !== 'questions') return;
    const responses = this.responses;
    let result: Result;
    try {
      result = score(responses, { instrument: this.instrument, norms: this.#config.norms });
    } catch (error) {
      this.fail('scoring-failed', error instanceof Error ? error.message : String(error));
      return;
    }
    this.#set({ status: 'report', result });
    this.#emit(new L3dCompleteEvent({ result, responses, ...this.#identity() }));
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
    this.#config = { ...this.#config, ...config };
    if (this.#state.page >= this.pageCount) this.#set({ page: this.pageCount - 1 });
  }

  reset(): void {
    this.#mark = this.now();
    this.#set(INITIAL);
  }

  /** Puts answers (and optionally the step and page) back; false when the data is not valid. */
  restore(data: RestoreData): boolean {
    const checked = checkAnswers(this.instrument, this.form, data.answers, data.timings ?? {});
    if (!checked.ok) return false;
    const page = Math.min(Math.max(0, Math.trunc(data.page ?? 0)), this.pageCount - 1);
    const status = data.status ?? 'intro';
    this.#mark = this.now();
    this.#set({ ...INITIAL, answers: checked.answers, timings: checked.timings, page, status });
    if (status === 'report') this.#rescore();
    return true;
  }

  /**
   * Replaces all answers with a host's response set. Returns null when applied, otherwise why
   * not (the current answers are then untouched).
   */
  replaceAnswers(responses: unknown): string | null {
    if (!isRecord(responses)) return 'responses: expected a response set object';
    const { instrumentId, instrumentVersion, form } = responses;
    if (instrumentId !== this.instrument.id || instrumentVersion !== this.instrument.version)
      return `responses: expected instrument "${this.instrument.id}" version "${this.instrument.version}"`;
    if (form !== this.form) return `responses.form: expected "${this.form}"`;
    const checked = checkAnswers(this.instrument, this.form, responses.answers, responses.timings);
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
    try {
      const result = score(this.responses, {
        instrument: this.instrument,
        norms: this.#config.norms,
      });
      this.#set({ status: 'report', result });
    } catch {
      this.#set({ status: 'review', result: null });
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
