/**
 * The observer form's own part of `<leadership-3d>`: what a rater is told about anonymity, the
 * choice of their relationship to the person, and the completion screen with the response code
 * to copy or download. A lazy chunk, imported when the form is `observer`, so respondents to the
 * self form never download it or the code module it brings.
 */
import {
  adoptStyles,
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type LitElement,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MIN_RATERS, RATER_GROUPS } from '../../scoring/index.js';
import { FILE_FORMATS } from '../../scoring/vocabulary.js';
// Static on purpose: as an import() of its own, the bundler split the engine out of the first
// file into shared chunks that every respondent fetched before the first question.
import { encodeResponseCode } from '../../scoring/codes.js';
import type { RaterResponseSet } from '../../scoring/types.js';
import { enRater } from '../../i18n/locales/en-rater.js';
import type { MessageValues } from '../../i18n/format.js';
import type { RaterMessages } from '../../i18n/types.js';
import {
  isRaterGroup,
  type AssessmentController,
} from '../../controllers/assessment-controller.js';
import { primaryButton } from '../../internal/button.js';
import { choiceStyles } from '../../internal/choice.styles.js';
import { downloadJson } from '../../internal/download.js';
import { raterStyles } from './rater-view.styles.js';

/** Named so the downloaded file says what it is and can be recognised when read back. */
const EXPORT_FORMAT = FILE_FORMATS.raterResponse;

type CopyStatus = 'copied' | 'manual';

export type RaterHost = LitElement;

/** What the widget tells the view; read when rendering, so changes apply. */
export interface RaterViewOptions {
  /** The language's `rater` texts; English when `undefined`. */
  strings: () => RaterMessages | undefined;
  /** A message with its values, numbers formatted for the language in use. */
  t: (message: string, values: MessageValues) => string;
  /** True when the widget itself sends nothing anywhere (no LMS session, no LRS). */
  sendsNothing: () => boolean;
  /** True when the host preset the group: the rater is not asked. */
  preset: () => boolean;
}

/** The observer form's templates and their little state, kept by the widget. */
export class RaterView {
  /** The rater pressed Start (or Finish) without choosing a group. */
  #groupMissing = false;
  /** What the last Copy did, per code: a new attempt starts without a stale message. */
  #copied?: { code: string; status: CopyStatus };

  constructor(
    private readonly host: RaterHost,
    private readonly assessment: AssessmentController,
    private readonly options: RaterViewOptions,
  ) {
    // These styles travel with this chunk, not in the first load of every respondent.
    const root = host.renderRoot as ShadowRoot;
    const own = [choiceStyles, raterStyles];
    const { elementStyles } = host.constructor as typeof LitElement;
    adoptStyles(root, supportsAdoptingStyleSheets ? [...elementStyles, ...own] : own);
    // From now on a finished rater's answers get their code, and l3d-complete carries it.
    assessment.configure({ encoder: encodeResponseCode });
  }

  /** A new attempt (the host's `reset()`): no message left from the last one. */
  reset(): void {
    this.#groupMissing = false;
    this.#copied = undefined;
  }

  get #t(): RaterMessages {
    return this.options.strings() ?? enRater;
  }

  /**
   * The privacy part of the intro for a rater: how their answers reach the person, what the
   * person can tell apart (groups, the manager), where answers are kept, then the group choice.
   */
  intro(storage: string, notSent: string): TemplateResult {
    const t = this.#t.intro;
    return html`
      <p>${t.anonymity}</p>
      <p>${this.options.t(t.groups, { min: MIN_RATERS })}</p>
      <p>${storage} ${this.options.sendsNothing() ? t.offline : notSent}</p>
      <p>${t.purpose}</p>
      ${this.options.preset() ? nothing : this.groupChoice()}
    `;
  }

  /**
   * The rater's relationship to the person: native radios in a fieldset. Shown on the intro, and
   * on the review for answers saved before the choice existed.
   */
  groupChoice(): TemplateResult | typeof nothing {
    const a = this.assessment;
    if (a.state.status !== 'intro' && !a.needsGroup) return nothing;
    const t = this.#t.group;
    const missing = this.#groupMissing && a.needsGroup;
    return html`
      <fieldset
        class="group"
        aria-describedby=${ifDefined(missing ? 'group-required' : undefined)}
        @change=${this.#onGroup}
      >
        <legend>${t.legend}</legend>
        ${missing ? html`<p id="group-required" class="required">${t.required}</p>` : nothing}
        <div class="options">
          ${RATER_GROUPS.map(
            (group) => html`
              <label class="option">
                <input
                  type="radio"
                  name="rater-group"
                  value=${group}
                  .checked=${a.group === group}
                />
                <span>${t.options[group]}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  /** True (and the rater is told so beside the choice, where focus goes) while a group is missing. */
  askForGroup(): boolean {
    if (!this.assessment.needsGroup) return false;
    this.#groupMissing = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLInputElement>('input[name="rater-group"]')?.focus(),
    );
    return true;
  }

  /** The end of the observer form: the response code to send, to copy or download. */
  completion(): TemplateResult | typeof nothing {
    const { code } = this.assessment.state;
    const responses = this.assessment.raterResponses;
    if (!code || !responses) return nothing;
    const t = this.#t.code;
    const status = this.#copied?.code === code ? this.#copied.status : undefined;
    return html`
      <h2 part="heading" class="heading" tabindex="-1">${t.heading}</h2>
      <p>${t.send}</p>
      <p>${t.contents}</p>
      <div class="response-code">
        <label for="response-code">${t.label}</label>
        <textarea
          id="response-code"
          class="code"
          dir="ltr"
          readonly
          rows="2"
          spellcheck="false"
          .value=${code}
        ></textarea>
        <div class="actions start">
          ${primaryButton(t.copy, () => void this.#copy(code))}
          <button
            type="button"
            part="button"
            class="button"
            @click=${() => this.#download(code, responses, t.fileName)}
          >
            ${t.download}
          </button>
        </div>
        <p class="copy-status" role="status">
          ${status === 'copied' ? t.copied : status === 'manual' ? t.copyFailed : ''}
        </p>
      </div>
      <p>${t.close}</p>
    `;
  }

  #onGroup = (event: Event): void => {
    const { value } = event.target as HTMLInputElement;
    if (!isRaterGroup(value)) return;
    this.#groupMissing = false;
    this.assessment.chooseGroup(value);
  };

  /** The clipboard API, or (refused, or absent outside a secure context) the code selected. */
  async #copy(code: string): Promise<void> {
    let status: CopyStatus = 'copied';
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      status = 'manual';
      const field = this.host.renderRoot.querySelector<HTMLTextAreaElement>('#response-code');
      field?.focus();
      field?.select();
    }
    this.#copied = { code, status };
    this.host.requestUpdate();
  }

  /** The code and what it carries; no timings, which the code does not carry either. */
  #download(code: string, responses: RaterResponseSet, fileName: string): void {
    const { instrumentId, instrumentVersion, form, group, answers } = responses;
    downloadJson(
      {
        format: EXPORT_FORMAT,
        formatVersion: 1,
        code,
        responses: { instrumentId, instrumentVersion, form, group, answers },
      },
      fileName,
    );
  }
}
