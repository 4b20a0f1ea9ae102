import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { ContextProvider } from '@lit/context';
import { instrument as builtin } from '../../scoring/builtin-instrument.js';
import { RATER_GROUPS } from '../../scoring/index.js';
import type {
  Form,
  Instrument,
  Norms,
  RaterGroup,
  ResponseSet,
  Result,
} from '../../scoring/index.js';
import { enFlow } from '../../i18n/locales/en.js';
import { formatMessage, type MessageValues } from '../../i18n/format.js';
import type { FlowMessages, LocaleData } from '../../i18n/types.js';
import { localizeInstrument } from '../../i18n/localize.js';
import {
  AssessmentController,
  checkAnswers,
  isRaterGroup,
  type AssessmentError,
  type AssessmentState,
} from '../../controllers/assessment-controller.js';
import {
  PersistenceController,
  defaultStorageKey,
  parseSnapshot,
  snapshotOf,
  type PersistMode,
  type Snapshot,
} from '../../controllers/persistence-controller.js';
import { assessmentContext, type AssessmentView } from '../../controllers/context.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { LmsLoader } from '../../controllers/lms-loader.js';
import type { XapiAgent, XapiStatement } from '../../lms/xapi.js';
import type { XapiAuth } from '../../lms/lrs-sender.js';
import { L3dErrorEvent, type L3dErrorCode } from '../../events/events.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { primaryButton } from '../../internal/button.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { leadership3dStyles } from './leadership-3d.styles.js';
import {
  L3dQuestion,
  type L3dQuestionChangeEvent,
} from '../l3d-question/l3d-question.component.js';
import { L3dProgress } from '../l3d-progress/l3d-progress.component.js';
import type { RaterView } from './rater-view.js';
import { L3dElement } from '../../internal/l3d-element.js';

const DEFAULT_PAGE_SIZE = 8;
/** Reading and answering one short behaviour statement takes about this long. */
const SECONDS_PER_ITEM = 12;
const PERSIST_MODES: readonly PersistMode[] = ['session', 'local', 'none'];
const INSTRUMENT_ERRORS: readonly L3dErrorCode[] = [
  'invalid-instrument',
  'instrument-fetch-failed',
];
/** Errors the respondent can step past: their answers are intact and the flow still works. */
const CONTINUABLE: readonly L3dErrorCode[] = [
  'invalid-responses',
  'scoring-failed',
  'response-code-failed',
];

type InstrumentSource = { kind: 'object'; value: unknown } | { kind: 'url'; url: string };
type Loaded =
  { ok: true; instrument: Instrument } | { ok: false; code: L3dErrorCode; message: string };
type FocusRequest = { kind: 'heading' } | { kind: 'question'; itemId: string };

// Shared by every widget on the page: the report (and Chart.js) is fetched once, on demand.
let reportModule: Promise<unknown> | undefined;
// Likewise the observer form's own part (anonymity, group, response code), when first needed.
let raterModule: Promise<typeof import('./rater-view.js')> | undefined;

/** `show-report="false"` turns the report off; the attribute absent means on. */
const showReportConverter = {
  fromAttribute: (value: string | null): boolean => value !== 'false',
  toAttribute: (value: boolean): string => String(value),
};

type FlowErrorText = keyof FlowMessages['error']['text'];
/** Errors that read, for the respondent, like another one. */
const ERROR_TEXT: Partial<Record<L3dErrorCode, FlowErrorText>> = {
  // A part of the widget that did not load is, to a rater, a questionnaire that did not load.
  'rater-unavailable': 'instrument-fetch-failed',
  // Answers that the code cannot carry: as unexpected as answers the engine cannot score.
  'response-code-failed': 'scoring-failed',
};

/**
 * The whole 3D leadership diagnostic: an intro, pages of questions, a review of unanswered
 * items and the developmental report. Answers are saved in the browser after every change and
 * picked up again after a reload. With `form="observer"` a rater says how they know the person,
 * answers about them, and ends with a response code to send them instead of a report. Bad input
 * from the host (instrument, responses, lang) shows a plain message and an `l3d-error` event; it
 * never throws into the page.
 *
 * @summary The 3D leadership questionnaire, from intro to report.
 * @tagname leadership-3d
 *
 * @fires l3d-start - `{ instrumentId, instrumentVersion, form, resumed }` when the respondent starts, or comes back to saved answers.
 * @fires l3d-answer - `{ itemId, value, answered, total }` after each answer the respondent gives or changes.
 * @fires l3d-page-change - `{ page, pageCount }` (0-based page) when the respondent moves to a page of questions.
 * @fires l3d-complete - `{ form, result, responses, instrumentId, instrumentVersion }` when the respondent finishes; for the observer form also `code` (the response code) and `responses.group`.
 * @fires l3d-error - `{ code, message }` when something cannot be used; see the README for the codes.
 * @fires l3d-xapi - An xAPI statement (`initialized`, `answered`, `completed`, `scored`) for each step of the respondent.
 *
 * @csspart base - The card around every step.
 * @csspart heading - The heading of each step (receives focus when the step changes).
 * @csspart button - Every button.
 * @csspart button-primary - The main action of a step (Start, Next, Finish).
 * @csspart question - Each `<l3d-question>`.
 * @csspart progress - The `<l3d-progress>` above the questions.
 *
 * @cssprop --l3d-color-primary - Main buttons, selected answers, progress.
 * @cssprop --l3d-color-on-primary - Text on the main buttons.
 * @cssprop --l3d-color-technical - Accent of the technical dimension.
 * @cssprop --l3d-color-relational - Accent of the relational dimension.
 * @cssprop --l3d-color-business - Accent of the business dimension.
 * @cssprop --l3d-color-text - Text.
 * @cssprop --l3d-color-muted - Secondary text.
 * @cssprop --l3d-color-background - Background of the card.
 * @cssprop --l3d-color-surface - Background of questions and notes.
 * @cssprop --l3d-color-border - Borders of buttons and answers.
 * @cssprop --l3d-color-focus - Focus ring.
 * @cssprop --l3d-color-error - Error messages.
 * @cssprop --l3d-font-family - Font.
 * @cssprop --l3d-radius - Corner radius.
 * @cssprop --l3d-spacing - Base spacing unit.
 * @cssprop --l3d-max-width - Maximum width of the card.
 */
export class Leadership3d extends L3dElement {
  static override dependencies = { 'l3d-question': L3dQuestion, 'l3d-progress': L3dProgress };

  static override styles = [themeStyles, buttonStyles, leadership3dStyles];

  /** URL of an instrument JSON to use instead of the built-in one; validated before use. */
  @property({ attribute: 'instrument-src' }) instrumentSrc?: string;

  /** `self` ("I …") or `observer` ("This person …", with "Not observed"). */
  @property({ reflect: true }) form: Form = 'self';

  /**
   * Language of every text: `en` (default), `es` or `ar` (right to left) are built in. An
   * unknown language shows English and fires `l3d-error` with `unknown-lang`.
   */
  @property() override lang = '';

  /**
   * A locale the host supplies (see the README): it wins over `lang`. It is checked first; an
   * incomplete one fires `l3d-error` with `invalid-locale`, naming the keys, and is not used.
   */
  @property({ attribute: false }) locale?: LocaleData;

  /** Where answers are kept between page loads: `session` (default), `local` or `none`. */
  @property() persist: PersistMode = 'session';

  /** Storage key; by default one per instrument id, version and form. */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** Questions per page (≥ 1). */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /**
   * SCORM reporting: `auto` and `scorm` find a SCORM 2004 or 1.2 API in the LMS frames and
   * report progress, score and completion there (`scorm` also says when none is found);
   * `none` (default) never looks.
   */
  @property() lms: 'none' | 'scorm' | 'auto' = 'none';

  /** xAPI base URL of an LRS: statements are posted to `<xapi-endpoint>/statements`. Nothing is sent without it. */
  @property({ attribute: 'xapi-endpoint' }) xapiEndpoint?: string;

  /** Returns the `Authorization` header value for the LRS (e.g. `Basic …`); called for each request. */
  @property({ attribute: false }) xapiAuth?: XapiAuth;

  /** The xAPI actor; by default an anonymous agent per registration. */
  @property({ attribute: false }) xapiActor?: XapiAgent;

  /** The xAPI registration (a UUID) of this attempt; by default a new one per page load. */
  @property({ attribute: false }) xapiRegistration?: string;

  /**
   * Observer form: the rater's relationship to the person (`manager`, `peer`, `direct-report`,
   * `other`), when the host already knows it; the rater is then not asked. Any other value
   * fires `l3d-error` with `invalid-rater-group` and the rater is asked.
   */
  @property({ attribute: 'rater-group' }) raterGroup?: RaterGroup;

  /**
   * Show the report at the end (default); `show-report="false"` shows a thank-you instead. The
   * observer form never shows a report: it ends with the response code.
   */
  @property({ attribute: 'show-report', converter: showReportConverter }) showReport = true;

  /** `light` or `dark`; without it the widget follows the system setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Comparison group for percentiles, passed to `score()`. */
  @property({ attribute: false }) norms?: Norms;

  @state() private loading = false;
  @state() private reportStatus: 'idle' | 'ready' | 'failed' = 'idle';

  @query('.heading') private heading?: HTMLElement | null;

  readonly #assessment = new AssessmentController(this, {
    instrument: builtin,
    form: 'self',
    pageSize: DEFAULT_PAGE_SIZE,
  });
  readonly #persistence = new PersistenceController(this, {
    mode: () => this.#mode,
    key: () => this.#storageKeyFor(this.#assessment.instrument, this.#assessment.form),
    onError: (code, message) => this.#reportError(code, message),
    onOtherTab: (data) => this.#followOtherTab(data),
  });
  readonly #provider = new ContextProvider(this, { context: assessmentContext });
  readonly #locale = new LocaleController(this, {
    lang: () => this.lang,
    locale: () => this.locale,
    instrument: () => this.#active ?? builtin,
    onError: (code, message) => this.#reportError(code, message),
  });
  readonly #lms = new LmsLoader(this, this.#assessment, {
    lms: () => (this.lms === 'scorm' || this.lms === 'auto' ? this.lms : 'none'),
    xapiEndpoint: () => this.xapiEndpoint?.trim() || undefined,
    xapiAuth: () => this.xapiAuth,
    xapiActor: () => this.xapiActor,
    xapiRegistration: () => this.xapiRegistration,
    ready: () => this.#active !== undefined && !this.loading,
    onError: (code, message) => this.#reportError(code, message),
  });

  /** The instrument to use once the session is (re)synchronised; undefined while none is known. */
  #active?: Instrument;
  /** The last valid instrument the host set as a property, the fallback when `instrument-src` goes. */
  #hostInstrument?: Instrument;
  #loadId = 0;
  #abort?: AbortController;
  /** Instrument, form and storage key of the session in the controller. */
  #session = '';
  #mode: PersistMode = 'session';
  #syncing = false;
  #pendingResponses?: { value: unknown };
  #focus?: FocusRequest;
  /** The respondent jumped from the review to a question: offer the way straight back. */
  #fromReview = false;
  /** The observer form's part, once its chunk has loaded. */
  #rater?: RaterView;
  #raterLoading = false;

  constructor() {
    super();
    this.#assessment.subscribe((state) => this.#save(state));
    this.#upgradeProperty('instrument');
    this.#upgradeProperty('responses');
  }

  /** The instrument in use. Setting it validates it first; until then the current one stays. */
  get instrument(): Instrument {
    return this.#assessment.instrument;
  }
  set instrument(value: Instrument) {
    void this.#loadInstrument({ kind: 'object', value });
  }

  /** The answers so far. Setting it (validated) replaces them; bad data keeps the old ones. */
  get responses(): ResponseSet {
    return this.#assessment.responses;
  }
  set responses(value: ResponseSet) {
    if (!this.#active) {
      // No instrument yet (still loading): apply once there is one.
      this.#pendingResponses = { value };
      return;
    }
    this.#syncSession();
    this.#applyResponses(value);
  }

  /** The scored result once the respondent has finished, otherwise `null`. */
  get result(): Result | null {
    return this.#assessment.state.result;
  }

  /** What would be saved now: for hosts that keep answers themselves. */
  get snapshot(): Snapshot {
    return snapshotOf(this.#assessment);
  }

  /** xAPI statements the LRS has not accepted yet, including those it refused (kept for the host). */
  get pendingStatements(): readonly XapiStatement[] {
    return this.#lms.pendingStatements;
  }

  /**
   * Clears the answers and the saved copy and goes back to the intro; an observer's next attempt
   * gets a new response-code nonce. Fires no event.
   */
  reset(): void {
    this.#focus = undefined;
    this.#fromReview = false;
    this.#rater?.reset();
    if (this.#active) this.#syncSession();
    this.#assessment.reset();
    this.#persistence.clear();
  }

  /**
   * Puts a snapshot (object or JSON text, as in `snapshot`) back. Returns false, changing
   * nothing, when it is malformed or belongs to another instrument, version or form. Fires no event.
   */
  restore(snapshot: Snapshot | string): boolean {
    let data: unknown = snapshot;
    if (typeof snapshot === 'string') {
      try {
        data = JSON.parse(snapshot);
      } catch {
        return false;
      }
    }
    if (!this.#active) return false;
    this.#syncSession();
    const parsed = parseSnapshot(data, this.#assessment.instrument, this.#assessment.form);
    if (parsed.kind !== 'ok') return false;
    return this.#assessment.restore(parsed.snapshot);
  }

  /**
   * Another tab saved this session (persist "local"): show what it saved. Not written back
   * (the write would bounce between the tabs), and no event: nothing was answered here.
   */
  #followOtherTab(data: unknown): void {
    if (!this.#active) return;
    const parsed = parseSnapshot(data, this.#assessment.instrument, this.#assessment.form);
    if (parsed.kind !== 'ok') return;
    this.#syncing = true;
    try {
      this.#assessment.restore(parsed.snapshot);
    } finally {
      this.#syncing = false;
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrumentSrc')) this.#onSourceChange(changed.get('instrumentSrc'));
    if (changed.has('raterGroup')) this.#checkRaterGroup();
    if (this.#form === 'observer') this.#loadRater();
    if (!this.#active && !this.loading && this.#assessment.state.status !== 'error')
      this.#active = builtin;
    if (this.#active) this.#syncSession();
    this.#provide();
  }

  override render(): TemplateResult {
    const strings = this.#strings;
    return html`
      <div part="base" class="base" lang=${this.#locale.lang} dir=${ifDefined(this.#locale.dir)}>
        ${
          this.#persistence.available || this.#mode === 'none'
            ? nothing
            : html`<p class="callout">${strings.storageUnavailable}</p>`
        }
        ${this.#renderStep(strings)}
      </div>
    `;
  }

  override updated(): void {
    const { status } = this.#assessment.state;
    const self = this.#assessment.form === 'self';
    if (status === 'report' && self && this.showReport && this.reportStatus === 'idle')
      void this.#loadReport();
    this.#applyFocus();
  }

  // ---- rendering ----------------------------------------------------------------------------

  #renderStep(s: FlowMessages): TemplateResult {
    const { state } = this.#assessment;
    if (state.status === 'error' && state.error) return this.#renderError(s, state.error);
    if (
      !this.#active ||
      this.loading ||
      this.#locale.settling ||
      this.#lms.settling ||
      (this.#form === 'observer' && !this.#rater)
    )
      return html`<p class="loading" role="status">${s.loading}</p>`;
    switch (state.status) {
      case 'questions':
        return this.#renderQuestions(s, state);
      case 'review':
        return this.#renderReview(s);
      case 'report':
        return this.#renderReport(s, state);
      default:
        return this.#renderIntro(s);
    }
  }

  #renderIntro(s: FlowMessages): TemplateResult {
    const { instrument, form, total } = this.#assessment;
    const minutes = Math.max(1, Math.round((total * SECONDS_PER_ITEM) / 60));
    const storage = this.#lms.scormActive ? s.intro.storageLms : s.intro.storage[this.#mode];
    return html`
      <h2 part="heading" class="heading" tabindex="-1">${instrument.title}</h2>
      <p class="lead">${s.intro.lead[form]}</p>
      <h3>${s.intro.measuresHeading}</h3>
      <ul class="dimensions">
        ${instrument.dimensions.map(
          (d) => html`<li class=${d.id}><strong>${d.label}</strong> ${d.description}</li>`,
        )}
      </ul>
      <h3>${s.intro.timeHeading}</h3>
      <p>${this.#t(s.intro.time, { minutes, items: total })}</p>
      <p>${s.intro.howToAnswer[form]}</p>
      <h3>${s.intro.privacyHeading}</h3>
      ${
        form === 'observer' && this.#rater
          ? this.#rater.intro(storage, s.intro.notSent)
          : html`
              <p>${storage} ${s.intro.notSent}</p>
              <p>${s.intro.purpose}</p>
            `
      }
      <div class="actions start">${primaryButton(s.intro.start, this.#onStart)}</div>
    `;
  }

  #renderQuestions(s: FlowMessages, state: AssessmentState): TemplateResult {
    const a = this.#assessment;
    const { instrument, form } = a;
    const items = a.pageItems();
    const first = state.page * a.pageSize + 1;
    const last = state.page === a.pageCount - 1;
    return html`
      ${this.#progress(s)}
      <h2 part="heading" class="heading" tabindex="-1">
        ${this.#t(items.length === 1 ? s.questions.headingOne : s.questions.headingRange, {
          from: first,
          to: first + items.length - 1,
          total: a.total,
        })}
      </h2>
      <p class="hint">${s.questions.hint[form]}</p>
      <div class="questions" @l3d-question-change=${this.#onAnswer}>
        ${repeat(
          items,
          (item) => item.id,
          (item, i) => html`
            <l3d-question
              part="question"
              data-item-id=${item.id}
              form=${form}
              theme=${ifDefined(this.theme)}
              number-label=${this.#t(s.questions.number, { n: first + i })}
              text-lang=${instrument.lang}
              .item=${item}
              .scale=${instrument.scale}
              .value=${item.id in state.answers ? state.answers[item.id] : undefined}
            ></l3d-question>
          `,
        )}
      </div>
      <div class="actions">
        <button type="button" part="button" class="button" @click=${this.#onBack}>
          ${s.questions.back}
        </button>
        ${
          this.#fromReview && !last
            ? html`<button type="button" part="button" class="button" @click=${this.#onReview}>
                ${s.questions.backToReview}
              </button>`
            : nothing
        }
        ${primaryButton(last ? s.questions.toReview : s.questions.next, this.#onNext)}
      </div>
    `;
  }

  #renderReview(s: FlowMessages): TemplateResult {
    const a = this.#assessment;
    const missing = a.unanswered();
    const position = new Map(a.instrument.items.map((item, i) => [item.id, i + 1]));
    return html`
      ${this.#progress(s)}
      <h2 part="heading" class="heading" tabindex="-1" aria-describedby="review-summary">
        ${s.review.heading}
      </h2>
      ${
        missing.length === 0
          ? html`<p id="review-summary">${this.#t(s.review.allAnswered, { total: a.total })}</p>`
          : html`
              <p id="review-summary">
                ${this.#t(s.review.unanswered, { count: missing.length, total: a.total })}
                ${s.review.jumpHint}
              </p>
              <ul class="unanswered">
                ${missing.map(
                  (item) => html`
                    <li>
                      <button
                        type="button"
                        part="button"
                        class="button jump"
                        @click=${() => this.#onJump(item.id)}
                      >
                        <span class="number"
                          >${this.#t(s.review.jump, { n: position.get(item.id) ?? 0 })}</span
                        >
                        <span>${a.form === 'observer' ? item.observer : item.self}</span>
                      </button>
                    </li>
                  `,
                )}
              </ul>
              <p class="callout">${s.review.minimumWarning}</p>
            `
      }
      ${this.#rater?.groupChoice() ?? nothing}
      <div class="actions">
        <button type="button" part="button" class="button" @click=${this.#onBack}>
          ${s.review.back}
        </button>
        ${primaryButton(
          this.showReport && a.form === 'self' ? s.review.finish : s.review.finishNoReport,
          this.#onFinish,
        )}
      </div>
    `;
  }

  #renderReport(s: FlowMessages, state: AssessmentState): TemplateResult {
    // An observer's end is the response code, never a report on the person they rated.
    if (this.#assessment.form === 'observer') return html`${this.#rater?.completion()}`;
    if (!this.showReport)
      return html`
        <h2 part="heading" class="heading" tabindex="-1">${s.thanks.heading}</h2>
        <p>${s.thanks.body}</p>
      `;
    if (this.reportStatus === 'ready')
      return html`<l3d-report
        lang=${this.#locale.lang}
        .locale=${this.#locale.data ?? undefined}
        theme=${ifDefined(this.theme)}
        .result=${state.result}
        .instrument=${this.#assessment.instrument}
      ></l3d-report>`;
    if (this.reportStatus === 'failed')
      return html`
        <h2 part="heading" class="heading" tabindex="-1">${s.thanks.heading}</h2>
        <p>${s.report.unavailable}</p>
      `;
    return html`<p class="loading" role="status">${s.report.loading}</p>`;
  }

  #renderError(s: FlowMessages, error: AssessmentError): TemplateResult {
    const text =
      s.error.text[(ERROR_TEXT[error.code] ?? error.code) as FlowErrorText] ??
      s.error.text['invalid-instrument'];
    return html`
      <div class="error" role="alert">
        <h2 part="heading" class="heading" tabindex="-1">${s.error.heading}</h2>
        <p>${text}</p>
        ${
          CONTINUABLE.includes(error.code)
            ? html`<div class="actions start">
                ${primaryButton(s.error.continue, this.#onContinue)}
              </div>`
            : nothing
        }
      </div>
    `;
  }

  /** "12 of 48 answered" above the questions and the review; it reads the count from context. */
  #progress(s: FlowMessages): TemplateResult {
    return html`<l3d-progress
      part="progress"
      class="progress"
      theme=${ifDefined(this.theme)}
      lang=${this.#locale.lang}
      .strings=${s.progress}
    ></l3d-progress>`;
  }

  // ---- what the respondent does -------------------------------------------------------------

  /** Every move between steps puts focus on the new step's heading. */
  #go(move: () => void): void {
    this.#focus = { kind: 'heading' };
    move();
  }

  #onStart = (): void => {
    if (this.#rater?.askForGroup()) return;
    this.#fromReview = false;
    this.#go(() => this.#assessment.start());
  };
  #onNext = (): void => this.#go(() => this.#assessment.next());
  #onBack = (): void => this.#go(() => this.#assessment.back());
  #onFinish = (): void => {
    if (!this.#rater?.askForGroup()) this.#go(() => this.#assessment.finish());
  };
  #onReview = (): void => this.#go(() => this.#assessment.review());

  #onJump(itemId: string): void {
    this.#fromReview = true;
    this.#focus = { kind: 'question', itemId };
    this.#assessment.goToPage(this.#assessment.pageOf(itemId));
  }

  #onContinue = (): void => this.#go(() => this.#assessment.recover());

  #onAnswer = (event: L3dQuestionChangeEvent): void => {
    event.stopPropagation();
    // A refused answer re-renders the group so the radio shows what is really recorded.
    if (!this.#assessment.answer(event.detail.itemId, event.detail.value)) this.requestUpdate();
  };

  // ---- instrument, session and storage ------------------------------------------------------

  get #strings(): FlowMessages {
    return this.#locale.data?.flow ?? enFlow;
  }

  /** A message with its values filled in, numbers formatted for the language in use. */
  #t(message: string, values: MessageValues): string {
    return formatMessage(message, values, this.#locale.lang);
  }

  /** The active instrument in the language in use (same ids and scoring, translated texts). */
  get #localizedActive(): Instrument {
    return localizeInstrument(this.#active!, this.#locale.data?.instrument, this.#locale.lang);
  }

  get #form(): Form {
    return this.form === 'observer' ? 'observer' : 'self';
  }

  /** The host's `rater-group`, when it is one of the four groups. */
  get #presetGroup(): RaterGroup | undefined {
    return isRaterGroup(this.raterGroup) ? this.raterGroup : undefined;
  }

  /** Reported once per value set: the property only changes when the value does. */
  #checkRaterGroup(): void {
    const value = this.raterGroup;
    if (value === undefined || value === null || isRaterGroup(value)) return;
    this.#reportError(
      'invalid-rater-group',
      `rater-group "${value}" is not one of ${RATER_GROUPS.join(', ')}; the rater is asked`,
    );
  }

  get #pageSize(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? size : DEFAULT_PAGE_SIZE;
  }

  #storageKeyFor(instrument: Instrument, form: Form): string {
    return this.storageKey?.trim() || defaultStorageKey(instrument, form);
  }

  #onSourceChange(previous: string | undefined): void {
    if (this.instrumentSrc) void this.#loadInstrument({ kind: 'url', url: this.instrumentSrc });
    else if (previous) {
      this.#cancelLoad();
      this.#active = this.#hostInstrument ?? builtin;
    }
  }

  #cancelLoad(): void {
    this.#loadId++;
    this.#abort?.abort();
    this.#abort = undefined;
    this.loading = false;
  }

  /** The latest request wins: a slow response to an earlier one is dropped. */
  async #loadInstrument(source: InstrumentSource): Promise<void> {
    this.#cancelLoad();
    const id = this.#loadId;
    if (source.kind === 'object' && source.value === builtin) {
      this.#hostInstrument = builtin;
      this.#useInstrument(builtin);
      return;
    }
    this.loading = true;
    const abort = source.kind === 'url' ? new AbortController() : undefined;
    this.#abort = abort;
    const loaded = await this.#validated(source, abort?.signal);
    if (id !== this.#loadId) return;
    this.loading = false;
    this.#abort = undefined;
    if (!loaded.ok) {
      this.#assessment.fail(loaded.code, loaded.message);
      return;
    }
    if (source.kind === 'object') this.#hostInstrument = loaded.instrument;
    this.#useInstrument(loaded.instrument);
  }

  async #validated(source: InstrumentSource, signal?: AbortSignal): Promise<Loaded> {
    let data = source.kind === 'object' ? source.value : undefined;
    if (source.kind === 'url') {
      let response: Response;
      try {
        response = await fetch(new URL(source.url, document.baseURI), {
          signal,
          credentials: 'same-origin',
          headers: { accept: 'application/json' },
        });
      } catch (error) {
        return { ok: false, code: 'instrument-fetch-failed', message: `${source.url}: ${error}` };
      }
      if (!response.ok)
        return {
          ok: false,
          code: 'instrument-fetch-failed',
          message: `${source.url}: HTTP ${response.status}`,
        };
      try {
        data = await response.json();
      } catch {
        return { ok: false, code: 'invalid-instrument', message: `${source.url}: not JSON` };
      }
    }
    try {
      // The schema (and zod) load only when a host brings its own instrument.
      const { parseInstrument } = await import('../../schema/instrument.js');
      const parsed = parseInstrument(data);
      if (parsed.ok) return { ok: true, instrument: parsed.value };
      const issues = parsed.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
      return { ok: false, code: 'invalid-instrument', message: issues.join('; ') };
    } catch (error) {
      return { ok: false, code: 'invalid-instrument', message: String(error) };
    }
  }

  #useInstrument(instrument: Instrument): void {
    this.#active = instrument;
    const { error } = this.#assessment.state;
    if (error && INSTRUMENT_ERRORS.includes(error.code)) this.#assessment.recover();
    this.requestUpdate();
  }

  /**
   * Brings the controller in line with the properties. A new instrument, form or storage key is
   * a different session: start clean and pick up what storage holds for it.
   */
  #syncSession(): void {
    const instrument = this.#localizedActive;
    const form = this.#form;
    const config = {
      instrument,
      form,
      pageSize: this.#pageSize,
      norms: this.norms,
      group: this.#presetGroup,
    };
    const session = `${instrument.id}@${instrument.version}:${form}|${this.#storageKeyFor(instrument, form)}`;
    const mode = PERSIST_MODES.includes(this.persist) ? this.persist : 'session';
    const modeChanged = mode !== this.#mode;
    this.#mode = mode;
    const { answers, timings } = this.#assessment.state;
    const sameSession =
      session === this.#session &&
      (instrument === this.#assessment.instrument ||
        checkAnswers(instrument, form, answers, timings).ok);
    if (sameSession) {
      this.#assessment.configure(config);
      if (modeChanged) this.#save(this.#assessment.state);
    } else {
      this.#session = session;
      this.#syncing = true;
      this.#assessment.reset();
      this.#assessment.configure(config);
      const loaded = this.#persistence.load(instrument, form);
      this.#syncing = false;
      if (loaded.kind === 'ok') this.#assessment.resume(loaded.snapshot);
      else if (loaded.kind === 'error' && loaded.code !== 'storage-unavailable')
        this.#reportError(loaded.code, loaded.message);
    }
    if (this.#pendingResponses) {
      const { value } = this.#pendingResponses;
      this.#pendingResponses = undefined;
      this.#applyResponses(value);
    }
  }

  /** For problems that do not stop the flow (storage); the rest go through `fail()`. */
  #reportError(code: L3dErrorCode, message: string): void {
    // Built apart from dispatchEvent so the manifest lists the documented `@fires` only.
    const event = new L3dErrorEvent({ code, message });
    this.dispatchEvent(event);
  }

  #applyResponses(value: unknown): void {
    const why = this.#assessment.replaceAnswers(value);
    const { error } = this.#assessment.state;
    if (why) this.#assessment.fail('invalid-responses', why);
    else if (error?.code === 'invalid-responses') this.#assessment.recover();
  }

  /** Written after every change; an untouched intro is not worth a write. */
  #save(state: AssessmentState): void {
    if (this.#syncing || !this.#active) return;
    const untouched = Object.keys(state.answers).length === 0 && state.group === null;
    if (state.status === 'intro' && untouched) return;
    this.#persistence.save(snapshotOf(this.#assessment));
  }

  #provide(): void {
    const a = this.#assessment;
    const current = this.#provider.value;
    if (
      current?.state === a.state &&
      current.instrument === a.instrument &&
      current.form === a.form
    )
      return;
    const view: AssessmentView = {
      state: a.state,
      instrument: a.instrument,
      form: a.form,
      answered: a.answeredCount,
      total: a.total,
      controller: a,
    };
    this.#provider.setValue(view);
  }

  async #loadReport(): Promise<void> {
    reportModule ??= import('../report-chunk.js');
    try {
      await reportModule;
      this.reportStatus = 'ready';
    } catch {
      reportModule = undefined;
      this.reportStatus = 'failed';
    }
  }

  /** The observer form's part; a chunk that cannot load stops the form (nothing to show). */
  #loadRater(): void {
    if (this.#rater || this.#raterLoading || this.#assessment.state.status === 'error') return;
    this.#raterLoading = true;
    // through the report's chunk, to keep the first load one file (see l3d-report.ts)
    raterModule ??= import('../report-chunk.js').then((m) => m.loadRaterView());
    raterModule
      .then(({ RaterView }) => {
        this.#rater = new RaterView(this, this.#assessment, {
          strings: () => this.#locale.data?.rater,
          t: (message, values) => this.#t(message, values),
          sendsNothing: () => !this.#lms.scormActive && !this.xapiEndpoint?.trim(),
          preset: () => this.#presetGroup !== undefined,
        });
        this.requestUpdate();
      })
      .catch((error: unknown) => {
        raterModule = undefined;
        this.#assessment.fail('rater-unavailable', `The observer form could not load: ${error}`);
      })
      .finally(() => (this.#raterLoading = false));
  }

  #applyFocus(): void {
    const request = this.#focus;
    if (!request) return;
    if (request.kind === 'question') {
      const question = this.renderRoot.querySelector<HTMLElement>(
        `l3d-question[data-item-id="${CSS.escape(request.itemId)}"]`,
      );
      if (!question) return;
      this.#focus = undefined;
      // The question renders its radios in its own update, after ours.
      void (question as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(
        () => question.focus(),
      );
      return;
    }
    const report = this.renderRoot.querySelector('l3d-report');
    if (report) {
      this.#focus = undefined;
      void report.updateComplete.then(() => report.focus());
      return;
    }
    // The report is still loading: keep the request for when it arrives.
    if (!this.heading) return;
    this.#focus = undefined;
    this.heading.focus();
  }

  /** A property set before the element was defined would hide the accessor; re-set it. */
  #upgradeProperty(name: 'instrument' | 'responses'): void {
    if (!Object.prototype.hasOwnProperty.call(this, name)) return;
    const self = this as unknown as Record<string, unknown>;
    const value = self[name];
    delete self[name];
    self[name] = value;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leadership-3d': Leadership3d;
  }
}
