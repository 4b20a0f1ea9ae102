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
import { live } from 'lit/directives/live.js';
import { MIN_RATERS, RATER_GROUPS } from '../../scoring/index.js';
import { FILE_FORMATS } from '../../scoring/vocabulary.js';
import { isRecord } from '../../scoring/errors.js';
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
import { L3dErrorEvent } from '../../events/events.js';
import { primaryButton } from '../../internal/button.js';
import {
  COMMENT_KEYS,
  MAX_COMMENT_LENGTH,
  answered,
  commentProblem,
  type CommentKey,
  type RaterComments,
} from '../../internal/rater-comments.js';
import { choiceStyles } from '../../internal/choice.styles.js';
import { downloadJson } from '../../internal/download.js';
import { readSide, sideKey, writeSide } from '../../internal/side-store.js';
import { raterStyles } from './rater-view.styles.js';

/** Named so the downloaded file says what it is and can be recognised when read back. */
const EXPORT_FORMAT = FILE_FORMATS.raterResponse;

type CopyStatus = 'copied' | 'manual';

/** `<leadership-3d>`; what the comments read of it (its storage settings) is named here. */
export type RaterHost = LitElement & { persist?: string; storageKey?: string };

/** A pause in typing this long before the count left is announced (never on every keystroke). */
const ANNOUNCE_AFTER_MS = 1200;

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
  /** The rater's comments, and the storage key they were read from (a new session reads again). */
  #comments: RaterComments = {};
  #commentsKey?: ReturnType<typeof sideKey>;
  /** What the polite live region says about the count, after a pause in typing. */
  #announce = '';
  #announceTimer?: ReturnType<typeof setTimeout>;

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
    this.#comments = {};
    this.#announce = '';
    this.#store(undefined);
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
      ${this.options.preset() ? nothing : this.#groupChoice()}
    `;
  }

  /**
   * The observer's part of the review (the step after the last page of items, before Finish):
   * the group choice for answers saved before it existed, then the two open questions. The name
   * is the one the widget's first-load code calls, kept so that code does not grow.
   */
  groupChoice(): TemplateResult | typeof nothing {
    if (this.assessment.form !== 'observer') return nothing;
    return html`${this.#groupChoice()} ${this.#commentFields()}`;
  }

  /**
   * The rater's relationship to the person: native radios in a fieldset. Shown on the intro, and
   * on the review for answers saved before the choice existed.
   */
  #groupChoice(): TemplateResult | typeof nothing {
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
    const c = this.#commentTexts;
    const comments = answered(this.comments);
    const status = this.#copied?.code === code ? this.#copied.status : undefined;
    return html`
      <h2 part="heading" class="heading" tabindex="-1">${t.heading}</h2>
      <p>${t.send}</p>
      <p>${t.contents}</p>
      <p class="callout">${c.codeOnly} ${comments ? c.sendFile : nothing}</p>
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
            @click=${() => this.#download(code, responses, t.fileName, comments)}
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

  /**
   * The code and what it carries; no timings, which the code does not carry either. The answered
   * comments too: this file is the only way they reach the person.
   */
  #download(
    code: string,
    responses: RaterResponseSet,
    fileName: string,
    comments: RaterComments | undefined,
  ): void {
    const { instrumentId, instrumentVersion, form, group, answers } = responses;
    downloadJson(
      {
        format: EXPORT_FORMAT,
        formatVersion: 1,
        code,
        responses: { instrumentId, instrumentVersion, form, group, answers },
        ...(comments ? { comments } : {}),
      },
      fileName,
    );
  }

  /** The comments' texts; English when a host's locale predates them. */
  get #commentTexts(): RaterMessages['comments'] {
    return (this.#t as Partial<RaterMessages>).comments ?? enRater.comments;
  }

  /**
   * The rater's comments: kept in the same storage as the answers (the widget's `persist`,
   * under its key + `:comments`), so they survive a reload and go with `reset()`.
   */
  get comments(): RaterComments {
    const key = this.#storageKey();
    if (key?.key !== this.#commentsKey?.key) {
      this.#commentsKey = key;
      this.#comments = this.#load();
    }
    return this.#comments;
  }

  /** The two optional open questions, each a labelled textarea with its count below. */
  #commentFields(): TemplateResult {
    const c = this.#commentTexts;
    const comments = this.comments;
    const field = (key: CommentKey) => {
      const value = comments[key] ?? '';
      return html`
        <div class="comment">
          <label for="comment-${key}">${c[key]}</label>
          <textarea
            id="comment-${key}"
            name="comment-${key}"
            rows="4"
            maxlength=${MAX_COMMENT_LENGTH}
            aria-describedby="comments-note comment-${key}-count"
            .value=${live(value)}
            @input=${(event: Event) => this.#onComment(key, event)}
          ></textarea>
          <p id="comment-${key}-count" class="count">
            ${this.options.t(c.count, { count: value.length, max: MAX_COMMENT_LENGTH })}
          </p>
        </div>
      `;
    };
    return html`
      <section class="comments" aria-labelledby="comments-heading">
        <h3 id="comments-heading">${c.heading}</h3>
        <p>${c.intro}</p>
        <p id="comments-note" class="callout">${c.privacy}</p>
        ${COMMENT_KEYS.map(field)}
        <p class="announce" role="status">${this.#announce}</p>
      </section>
    `;
  }

  #onComment(key: CommentKey, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value.slice(0, MAX_COMMENT_LENGTH);
    this.#comments = { ...this.comments, [key]: value };
    this.#store(this.#comments);
    // The count is announced once typing pauses; the visible count follows every key.
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const left = MAX_COMMENT_LENGTH - value.length;
      this.#announce = this.options.t(this.#commentTexts.left, { count: left });
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER_MS);
    this.host.requestUpdate();
  }

  /** The answers' key + `:comments`, in the answers' storage; `undefined` with `persist="none"`. */
  #storageKey(): ReturnType<typeof sideKey> {
    const { instrument, form } = this.assessment;
    return sideKey(this.host, instrument, form, 'comments');
  }

  /** Saved comments, checked; anything else is dropped with `l3d-error` (the answers stay). */
  #load(): RaterComments {
    const raw = readSide(this.#commentsKey);
    try {
      if (raw === null) return {};
      const data: unknown = JSON.parse(raw);
      if (!isRecord(data)) throw new Error('not an object');
      const out: RaterComments = {};
      for (const k of COMMENT_KEYS) {
        const value = data[k];
        if (value === undefined) continue;
        const problem = commentProblem(value);
        if (problem) throw new Error(`${k}: ${problem}`);
        out[k] = value as string;
      }
      return out;
    } catch (error) {
      this.host.dispatchEvent(
        new L3dErrorEvent({
          code: 'storage-corrupt',
          message: `Saved comments ignored: ${String(error)}`,
        }),
      );
      return {};
    }
  }

  /** Writes (or with nothing answered, removes) the comments. */
  #store(comments: RaterComments | undefined): void {
    writeSide(this.#storageKey(), comments && answered(comments) ? comments : undefined);
  }
}
