import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { en360 } from '../../i18n/locales/en-360.js';
import { formatMessage } from '../../i18n/format.js';
import type { ThreeSixtyMessages } from '../../i18n/types.js';
import type { CodeEntry } from '../../internal/view360.js';
import {
  L3d360InputEvent,
  type FileInput360,
  type Input360,
  type L3d360InputDetail,
} from '../../events/l3d-360-input.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { inputsStyles } from './l3d-360-inputs.styles.js';
import { L3dElement } from '../../internal/l3d-element.js';

/** What to say beside one input, already in the person's language. */
export interface InputFeedback {
  /** Why the last thing given was refused; shown as an error and announced. */
  errors?: string[];
  /** Introduces `errors` when they are a list (e.g. "2 codes could not be added…"). */
  errorsHeading?: string;
  /** What just happened, e.g. "3 codes added."; announced politely. */
  status?: string[];
}

/**
 * The input panel of `<l3d-360>`: the person's self-assessment, the raters' response codes
 * (typed, or in the files raters downloaded),
 * optional norms and an earlier result. Each is a native file input with a paste alternative
 * (codes: a text box) and its own message area beside it, linked with `aria-describedby`
 * and `aria-invalid`. It shows what `<l3d-360>` tells it and reports what the person does; it
 * checks nothing itself.
 *
 * @tagname l3d-360-inputs
 * @summary Internal input panel of `<l3d-360>`.
 *
 * @fires l3d-360-input - Internal, not composed: a file, pasted text, an added or removed code.
 *
 * @csspart base - The panel.
 * @csspart field - Each group of inputs (a `fieldset`).
 * @csspart button - Every button.
 * @csspart code - Each added code.
 *
 * @cssprop --l3d-color-error - Messages about refused input.
 */
export class L3d360Inputs extends L3dElement {
  static override styles = [themeStyles, buttonStyles, inputsStyles];

  /** The texts of `<l3d-360>`. */
  @property({ attribute: false }) strings: ThreeSixtyMessages = en360;

  /** What is loaded now, per file input: a sentence, or `null` for nothing. */
  @property({ attribute: false }) loaded: Record<FileInput360, string | null> = {
    self: null,
    norms: null,
    previous: null,
  };

  /** Codes accepted so far. */
  @property({ attribute: false }) codes: readonly CodeEntry[] = [];

  /** Messages per input. */
  @property({ attribute: false }) feedback: Partial<Record<Input360, InputFeedback>> = {};

  /**
   * Text for the codes box: `<l3d-360>` leaves the refused codes in it after Add. A new object
   * each time, so the same text twice (e.g. empty after two good Adds) still replaces the box.
   */
  @property({ attribute: false }) codesDraft: { text: string } = { text: '' };

  @state() private draft = '';

  /** Which codes control the last message is about: refused files never mark the text box. */
  #codesFrom: 'text' | 'files' = 'text';

  /** After a Remove, where focus goes once the list has re-rendered. */
  #focusAfterRemove: number | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('codesDraft')) this.draft = this.codesDraft.text;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('codes') && this.#focusAfterRemove !== null) {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.code-remove')];
      const target = buttons[Math.min(this.#focusAfterRemove, buttons.length - 1)];
      (target ?? this.renderRoot.querySelector<HTMLTextAreaElement>('#codes-text'))?.focus();
      this.#focusAfterRemove = null;
    }
  }

  override render() {
    const t = this.strings.inputs;
    return html`<section part="base" class="panel" aria-labelledby="inputs-heading">
      <h3 id="inputs-heading">${t.heading}</h3>
      <p class="privacy">${t.privacy}</p>
      ${this.#fileField('self', t.self)} ${this.#codesField()} ${this.#fileField('norms', t.norms)}
      ${this.#fileField('previous', t.previous)}
    </section>`;
  }

  #fileField(
    input: FileInput360,
    t: { legend: string; hint: string; file: string; none: string },
  ): TemplateResult {
    const common = this.strings.inputs;
    const feedback = this.feedback[input] ?? {};
    const invalid = Boolean(feedback.errors?.length);
    const loaded = this.loaded[input];
    const describedBy = `${input}-hint ${input}-state ${input}-msg`;
    return html`<fieldset part="field" class="field ${input}">
      <legend>${t.legend}</legend>
      <p class="hint" id="${input}-hint">${t.hint}</p>
      <div class="state">
        <p id="${input}-state" role="status">${loaded ?? t.none} ${this.#statusOf(feedback)}</p>
        ${
          loaded
            ? html`<button
                part="button"
                class="button small"
                type="button"
                aria-describedby="${input}-state"
                @click=${() => this.#send({ input, action: 'clear' })}
              >
                ${common.clear}
              </button>`
            : nothing
        }
      </div>
      <div class="file">
        <label for="${input}-file">${t.file}</label>
        <input
          id="${input}-file"
          type="file"
          accept=".json,application/json"
          aria-describedby=${describedBy}
          aria-invalid=${invalid ? 'true' : 'false'}
          @change=${(event: Event) => this.#onFile(input, event)}
        />
      </div>
      <details class="paste">
        <summary>${common.paste}</summary>
        <label for="${input}-text">${common.pasteLabel}</label>
        <textarea
          id="${input}-text"
          rows="4"
          spellcheck="false"
          autocomplete="off"
          aria-describedby=${describedBy}
          aria-invalid=${invalid ? 'true' : 'false'}
        ></textarea>
        <button part="button" class="button" type="button" @click=${() => this.#onPaste(input)}>
          ${common.usePasted}
        </button>
      </details>
      ${this.#errorArea(input, feedback)}
    </fieldset>`;
  }

  #codesField(): TemplateResult {
    const t = this.strings.inputs.codes;
    // English for a host locale written before raters' files existed
    const files = t.files ?? en360.inputs.codes.files;
    const feedback = this.feedback.codes ?? {};
    const invalid = Boolean(feedback.errors?.length);
    const invalidText = invalid && this.#codesFrom === 'text' ? 'true' : 'false';
    const invalidFiles = invalid && this.#codesFrom === 'files' ? 'true' : 'false';
    return html`<fieldset part="field" class="field codes">
      <legend>${t.legend}</legend>
      <label for="codes-text">${t.label}</label>
      <p class="hint" id="codes-hint">${t.hint}</p>
      <textarea
        id="codes-text"
        rows="4"
        spellcheck="false"
        autocomplete="off"
        autocapitalize="characters"
        aria-describedby="codes-hint codes-status codes-msg"
        aria-invalid=${invalidText}
        .value=${live(this.draft)}
        @input=${(event: Event) => (this.draft = (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div class="row">
        <button part="button" class="button primary" type="button" @click=${this.#onAdd}>
          ${t.add}
        </button>
      </div>
      <div class="file rater-files">
        <label for="codes-file">${files.label}</label>
        <p class="hint" id="codes-file-hint">${files.hint}</p>
        <input
          id="codes-file"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="codes-file-hint codes-status codes-msg"
          aria-invalid=${invalidFiles}
          @change=${this.#onRaterFiles}
        />
      </div>
      <p id="codes-status" class="status" role="status">${this.#statusOf(feedback)}</p>
      ${this.#errorArea('codes', feedback)}
      <h4 id="codes-list-heading" class="list-heading">${t.listLabel}</h4>
      ${
        this.codes.length
          ? html`<ul class="code-list" aria-labelledby="codes-list-heading">
              ${this.codes.map((entry, index) => this.#codeItem(entry, index))}
            </ul>`
          : html`<p class="muted">${t.none}</p>`
      }
    </fieldset>`;
  }

  #codeItem(entry: CodeEntry, index: number): TemplateResult {
    const t = this.strings.inputs.codes;
    const group = this.strings.groupOne[entry.group];
    const { withComments } = t.files ?? en360.inputs.codes.files;
    const end = entry.code.slice(-5);
    return html`<li class="code-item">
      <code part="code" class="code">${entry.code}</code>
      <span class="code-group"
        >${entry.comments ? formatMessage(withComments, { group }, this.lang) : group}</span
      >
      <button
        part="button"
        class="button small code-remove"
        type="button"
        aria-label=${formatMessage(t.removeLabel, { end, group }, this.lang)}
        @click=${() => {
          this.#focusAfterRemove = index;
          this.#send({ input: 'codes', action: 'remove', code: entry.code });
        }}
      >
        ${t.remove}
      </button>
    </li>`;
  }

  #statusOf(feedback: InputFeedback): string {
    return (feedback.status ?? []).join(' ');
  }

  /** Always in the DOM, so screen readers announce what appears in it. */
  #errorArea(input: Input360, feedback: InputFeedback): TemplateResult {
    const errors = feedback.errors ?? [];
    return html`<div
      id="${input}-msg"
      class="errors ${errors.length ? 'shown' : ''}"
      aria-live="polite"
    >
      ${
        errors.length === 0
          ? nothing
          : feedback.errorsHeading
            ? html`<p class="error">${feedback.errorsHeading}</p>
                <ul class="error-list">
                  ${errors.map((e) => html`<li>${e}</li>`)}
                </ul>`
            : errors.map((e) => html`<p class="error">${e}</p>`)
      }
    </div>`;
  }

  #onFile(input: FileInput360, event: Event): void {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    if (file) this.#send({ input, action: 'file', file });
    // cleared, so choosing the same file again (after fixing it) is a change too
    field.value = '';
  }

  readonly #onRaterFiles = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    const files = [...(field.files ?? [])];
    this.#codesFrom = 'files';
    if (files.length) this.#send({ input: 'codes', action: 'files', files });
    field.value = '';
  };

  #onPaste(input: FileInput360): void {
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${input}-text`);
    if (box) this.#send({ input, action: 'text', text: box.value });
  }

  readonly #onAdd = (): void => {
    this.#codesFrom = 'text';
    this.#send({ input: 'codes', action: 'add', text: this.draft });
  };

  #send(detail: L3d360InputDetail): void {
    // Built apart from dispatchEvent so the manifest lists the documented `@fires` only.
    const event = new L3d360InputEvent(detail);
    this.dispatchEvent(event);
  }

  /** Empties a paste box once its text was used. */
  clearPaste(input: FileInput360): void {
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${input}-text`);
    if (box) box.value = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'l3d-360-inputs': L3d360Inputs;
  }
}
