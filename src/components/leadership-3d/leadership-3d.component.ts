import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextProvider } from '@lit/context';
import type { Instrument, Norms, ResponseSet, Result } from '../../scoring/types.js';
import type { Form, PersistMode, RaterGroup } from '../../scoring/vocabulary.js';
import { enFlow } from '../../i18n/locales/en.js';
import { formatMessage, numberFormat, type MessageValues } from '../../i18n/format.js';
import type { FlowMessages, LocaleData } from '../../i18n/types.js';
import { localizeInstrument } from '../../i18n/localize.js';
import { AssessmentController, isRaterGroup } from '../../controllers/assessment-controller.js';
import type { Snapshot } from '../../controllers/persistence-controller.js';
import { assessmentContext, viewOf } from '../../controllers/context.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { LmsLoader } from '../../controllers/lms-loader.js';
import type { LmsMode } from '../../controllers/lms-settings.js';
import { InstrumentController } from '../../controllers/instrument-controller.js';
import { SessionController, type SessionSettings } from '../../controllers/session-controller.js';
import { NavigationController } from '../../controllers/navigation-controller.js';
import { LazyPartController } from '../../controllers/lazy-part-controller.js';
import type { XapiAgent, XapiStatement } from '../../lms/xapi.js';
import type { XapiAuth } from '../../lms/lrs-sender.js';
import { L3dElement } from '../../internal/l3d-element.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { whenIdle } from '../../internal/when.js';
import {
  builtinInstrument,
  loadChartJs,
  loadRaterView,
  loadReportChunk,
  loadScorer,
} from '../lazy-parts.js';
import { L3dQuestion } from '../l3d-question/l3d-question.component.js';
import { L3dProgress } from '../l3d-progress/l3d-progress.component.js';
import type { RaterView } from './rater-view.js';
import type { FieldCall, FormFieldController } from '../../controllers/form-field-controller.js';
import { leadership3dStyles } from './leadership-3d.styles.js';
import {
  DEFAULT_PAGE_SIZE,
  formOf,
  pageSizeOf,
  raterGroupProblem,
  showReportConverter,
} from './attributes.js';
import { endStep, errorStep, introStep, questionsStep, reviewStep, type Steps } from './steps.js';

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
 * @attr {'none' | 'raw'} lms-score - Whether the LMS gets a score: `none` (default; a diagnostic has no pass mark, and gradebooks turn any score into a grade) or `raw` (the mean of the dimension scores, 0–100). An attribute only, read when the LMS is written to.
 * @attr {'on-leave' | 'on-complete'} lms-finish - When the LMS session ends: `on-leave` (default; when the page is left) or `on-complete` (right after completion, for LMSs that record only at the end). An attribute only.
 * @attr {string} name - The field's name in a form: the widget is form-associated, so `<form>` posts its value under this name (see docs/forms.md). Without `name` a form carries nothing.
 * @attr {boolean} required - In a form: the form is not sent until the questionnaire is finished; the browser says "Complete the questionnaire before sending this form." (in the widget's language) and the widget matches `:invalid`.
 * @attr {boolean} disabled - As on a native control (also inside `<fieldset disabled>`): nothing can be answered or pressed, the form sends nothing for it; the answers and the saved copy stay.
 * @attr {'result' | 'responses' | 'both'} value-format - What the form sends once the respondent has finished (an empty value before): `result` (default; the scored result as JSON), `responses` (the response set), or `both` (`{ result, responses }`). The observer form sends `{ code, responses }` for `result` (`{ code, result, responses }` for `both`). An attribute only.
 *
 * @fires l3d-start - `{ instrumentId, instrumentVersion, form, resumed }` when the respondent starts, or comes back to saved answers.
 * @fires l3d-answer - `{ itemId, value, answered, total }` after each answer the respondent gives or changes.
 * @fires l3d-page-change - `{ page, pageCount }` (0-based page) when the respondent moves to a page of questions.
 * @fires l3d-complete - `{ form, result, responses, instrumentId, instrumentVersion }` when the respondent finishes; for the observer form also `code` (the response code) and `responses.group`.
 * @fires l3d-error - `{ code, message }` when something cannot be used; see the README for the codes.
 * @fires l3d-xapi - An xAPI statement (`initialized`, `answered`, `completed`, `scored`) for each step of the respondent.
 * @fires l3d-plan-change - `{ plan }` when the respondent saves or removes a development plan after the report (from the `<l3d-report>` inside, which keeps it beside the answers: same `persist`, key + `:plan`).
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
  /** A form field: with a `name` in a form, the form carries the result (docs/forms.md). */
  static formAssociated = true;

  /** URL of an instrument JSON to use instead of the built-in one; validated before use. */
  @property({ attribute: 'instrument-src' }) instrumentSrc?: string;

  /**
   * `self` ("I …") or `observer` ("This person …", with "Not observed"). In an HTML form the
   * `form` attribute also names the form owner, as on every form control (see docs/forms.md).
   */
  @property() form: Form = 'self';

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

  /** Questions per page (≥ 1); anything else means the default, 8 (`DEFAULT_PAGE_SIZE`). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 8;

  /**
   * LMS reporting: `scorm` looks for a SCORM 2004 or 1.2 API in the LMS frames, `cmi5` reads the
   * cmi5 launch parameters of the page's URL, `auto` does whichever the launch fits; `scorm` and
   * `cmi5` also say when there is no LMS. `none` (default) never looks.
   */
  @property() lms: LmsMode = 'none';

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

  readonly #assessment = new AssessmentController(this, {
    instrument: builtinInstrument(),
    form: 'self',
    pageSize: DEFAULT_PAGE_SIZE,
  });
  readonly #instruments = new InstrumentController(this, this.#assessment, builtinInstrument);
  readonly #session = new SessionController(this, this.#assessment, {
    settings: () => this.#settings,
    storageKey: () => this.storageKey,
    onError: (code, message) => this.fail(code, message),
  });
  readonly #locale = new LocaleController(this, {
    instrument: () => this.#instruments.active ?? builtinInstrument(),
    onError: (code, message) => this.fail(code, message),
  });
  readonly #lms = new LmsLoader(this, this.#assessment, {
    ready: () => this.#instruments.active !== undefined && !this.#instruments.loading,
    onError: (code, message) => this.fail(code, message),
  });
  readonly #nav = new NavigationController(this, this.#assessment, {
    askForGroup: () => this.#rater.value?.askForGroup() ?? false,
  });
  readonly #report = new LazyPartController(this, loadReportChunk);
  /** The scoring engine, from the report's chunk: finishing waits for it if it is not here. */
  readonly #scorer = new LazyPartController(this, loadScorer, {
    retry: true,
    onFail: (error) =>
      this.#assessment.scorerUnavailable(`The scoring engine could not load: ${error}`),
  });
  /** Chart.js and the report's number formatter were asked for (once: every answer updates). */
  #reportWarmed = false;
  /** The observer form's part: anonymity, the rater's group, the response code. */
  readonly #rater = new LazyPartController(this, () => this.#loadRater(), {
    retry: true,
    onFail: (error) =>
      this.#assessment.fail('rater-unavailable', `The observer form could not load: ${error}`),
  });
  readonly #provider = new ContextProvider(this, { context: assessmentContext });
  readonly #internals = this.attachInternals();
  /** The browser's form callbacks, kept until the form field's part has loaded. */
  readonly #fieldCalls: FieldCall[] = [];
  /** The form field's part: value, validity, reset, disabled, state restore. */
  readonly #field = new LazyPartController(this, () => this.#loadField(), { retry: true });

  constructor() {
    super();
    this.upgradeProperties('instrument', 'responses');
  }

  /**
   * The instrument in use. Setting it validates it first; until then the current one stays.
   * The built-in instrument's development suggestions, facet descriptions and observer wording
   * arrive with the report's chunk: until then this is its core (ids, keying, labels, self
   * wording).
   */
  get instrument(): Instrument {
    return this.#assessment.instrument;
  }
  set instrument(value: Instrument) {
    this.#instruments.setObject(value);
  }

  /** The answers so far. Setting it (validated) replaces them; bad data keeps the old ones. */
  get responses(): ResponseSet {
    return this.#assessment.responses;
  }
  set responses(value: ResponseSet) {
    this.#session.setResponses(value);
  }

  /** The scored result once the respondent has finished, otherwise `null`. */
  get result(): Result | null {
    return this.#assessment.state.result;
  }

  /** What would be saved now: for hosts that keep answers themselves. */
  get snapshot(): Snapshot {
    return this.#session.snapshot;
  }

  /** xAPI statements the LRS has not accepted yet, including those it refused (kept for the host). */
  get pendingStatements(): readonly XapiStatement[] {
    return this.#lms.pendingStatements;
  }

  /** As on a native control: whether the field is valid (with `required`: finished). */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** As on a native control: what the browser says while the field is invalid. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** As on a native control: false (and an `invalid` event) while the field is invalid. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser shows its message at the step's heading. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /**
   * Clears the answers and the saved copy and goes back to the intro; an observer's next attempt
   * gets a new response-code nonce. Fires no event.
   */
  reset(): void {
    this.#nav.reset();
    this.#rater.value?.reset();
    this.#session.reset();
  }

  /**
   * Puts a snapshot (object or JSON text, as in `snapshot`) back. Returns false, changing
   * nothing, when it is malformed or belongs to another instrument, version or form. Fires no event.
   */
  restore(snapshot: Snapshot | string): boolean {
    return this.#session.restore(snapshot);
  }

  /** @internal The browser's form callback, handed to the form field's part. */
  formAssociatedCallback(): void {
    this.#toField({});
  }

  /** @internal The browser's form callback, handed to the form field's part. */
  formDisabledCallback(): void {
    this.#toField({});
  }

  /** @internal The browser's form callback, handed to the form field's part. */
  formResetCallback(): void {
    this.#toField({ reset: true });
  }

  /** @internal The browser's form callback, handed to the form field's part. */
  formStateRestoreCallback(state: unknown): void {
    this.#toField({ state });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrumentSrc'))
      this.#instruments.setUrl(this.instrumentSrc, changed.get('instrumentSrc'));
    const groupProblem = changed.has('raterGroup') && raterGroupProblem(this.raterGroup);
    // reported once per value set: the property only changes when the value does
    if (groupProblem) this.fail('invalid-rater-group', groupProblem);
    // A failed part is not fetched again while its error shows.
    if (formOf(this.form) === 'observer' && this.#assessment.state.status !== 'error')
      this.#rater.request();
    this.#instruments.resolve();
    const scorer = this.#scorer.value;
    if (scorer && !this.#assessment.hasScorer) this.#assessment.configure({ scorer });
    this.#session.sync();
    this.#provider.setValue(viewOf(this.#assessment, this.#provider.value));
  }

  override render(): TemplateResult {
    const storageNotice =
      this.#session.storageAvailable || this.#session.mode === 'none'
        ? nothing
        : html`<p class="callout">${this.#strings.storageUnavailable}</p>`;
    return html`
      <div part="base" class="base" lang=${this.#locale.lang} dir=${ifDefined(this.#locale.dir)}>
        ${storageNotice} ${this.#renderStep()}
      </div>
    `;
  }

  override updated(): void {
    const assessment = this.#assessment;
    const { state, form, pageCount, answeredCount } = assessment;
    // from the first answer (when the report's chunk is fetched anyway), so finishing never waits
    if (answeredCount > 0 || assessment.waitingForScorer) this.#scorer.request();
    if (form !== 'self' || !this.showReport) return;
    if (state.status === 'report') this.#report.request();
    // On the last page (the review keeps it), after an answer, Chart.js loads and runs while
    // the respondent finishes, so the report's chart draws as soon as the report shows; a
    // failure is left to the chart, which tries again. The report's first number formatter,
    // which loads ICU's data (20-40 ms), is made at idle too (docs/performance.md).
    else if (answeredCount && state.page === pageCount - 1 && !this.#reportWarmed) {
      this.#reportWarmed = true;
      loadChartJs().catch(() => undefined);
      void whenIdle().then(() => numberFormat(this.#locale.lang));
    }
  }

  #renderStep(): TemplateResult {
    const { state } = this.#assessment;
    const steps = this.#steps;
    if (state.status === 'error' && state.error) return errorStep(steps, state.error);
    const waiting =
      !this.#instruments.active ||
      this.#instruments.loading ||
      this.#locale.settling ||
      this.#lms.settling ||
      this.#assessment.waitingForScorer ||
      (formOf(this.form) === 'observer' && !this.#rater.value);
    if (waiting) return html`<p class="loading" role="status">${this.#strings.loading}</p>`;
    switch (state.status) {
      case 'questions':
        return questionsStep(steps);
      case 'review':
        return reviewStep(steps);
      case 'report':
        return endStep(steps, this.#report.status);
      default:
        return introStep(steps);
    }
  }

  /** What the step templates read: texts, the flow, and what the respondent can do. */
  get #steps(): Steps {
    return {
      strings: this.#strings,
      t: this.#t,
      assessment: this.#assessment,
      nav: this.#nav,
      lang: this.#locale.lang,
      locale: this.#locale.data,
      theme: this.theme,
      rater: this.#rater.value,
      keptIn: this.#lms.lmsActive ? 'lms' : this.#session.mode,
      showReport: this.showReport,
    };
  }

  get #strings(): FlowMessages {
    return this.#locale.data?.flow ?? enFlow;
  }

  /** A message with its values filled in, numbers formatted for the language in use. */
  readonly #t = (message: string, values: MessageValues): string =>
    formatMessage(message, values, this.#locale.lang);

  /** The session the properties describe; `undefined` while no instrument is known. */
  get #settings(): SessionSettings | undefined {
    const active = this.#instruments.active;
    if (!active) return undefined;
    return {
      // same ids and scoring, texts in the language in use
      instrument: localizeInstrument(active, this.#locale.data?.instrument, this.#locale.lang),
      form: formOf(this.form),
      pageSize: pageSizeOf(this.pageSize),
      norms: this.norms,
      group: isRaterGroup(this.raterGroup) ? this.raterGroup : undefined,
      persist: this.persist,
    };
  }

  /**
   * Hands a form callback to the form field's part, loading it first. Until it is here a
   * `required` widget is already invalid, so no form is sent in the meantime.
   */
  #toField(call: FieldCall): void {
    if (!this.#field.value && this.hasAttribute('required'))
      this.#internals.setValidity({ valueMissing: true }, this.#strings.loading);
    this.#fieldCalls.push(call);
    this.#field.request();
    this.requestUpdate();
  }

  async #loadField(): Promise<FormFieldController> {
    const { FormFieldController } = await import('../../controllers/form-field-controller.js');
    return new FormFieldController(this, this.#internals, this.#assessment, this.#fieldCalls, {
      strings: () => this.#locale.data?.field,
      onError: (code, message) => this.fail(code, message),
    });
  }

  async #loadRater(): Promise<RaterView> {
    const { RaterView } = await loadRaterView();
    return new RaterView(this, this.#assessment, {
      strings: () => this.#locale.data?.rater,
      t: this.#t,
      sendsNothing: () => !this.#lms.lmsActive && !this.xapiEndpoint?.trim(),
      preset: () => isRaterGroup(this.raterGroup),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leadership-3d': Leadership3d;
  }
}
