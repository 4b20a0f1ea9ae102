import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Answer, Form, Instrument, InstrumentItem } from '../../scoring/index.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { choiceStyles } from '../../internal/choice.styles.js';
import { questionStyles } from './l3d-question.styles.js';
import { L3dElement } from '../../internal/l3d-element.js';

export interface L3dQuestionChangeDetail {
  itemId: string;
  value: Answer | null;
}

/**
 * Internal: a question tells the flow about a choice. It does not leave the widget's shadow
 * root (not composed); hosts listen for the public `l3d-answer` instead.
 */
export class L3dQuestionChangeEvent extends Event {
  static readonly eventName = 'l3d-question-change';
  constructor(readonly detail: L3dQuestionChangeDetail) {
    super(L3dQuestionChangeEvent.eventName, { bubbles: true, composed: false });
  }
}

/**
 * One questionnaire item: a native `fieldset` whose `legend` is the item text, with a native
 * radio button per answer. The whole label is the click target and arrow keys move within the
 * group, as with any radio group. Observers also get "Not observed".
 *
 * @summary One item of the questionnaire as a native radio group.
 * @tagname l3d-question
 *
 * @fires l3d-question-change - Internal, not composed: `{ itemId, value }` when the respondent picks an answer.
 *
 * @csspart base - The `fieldset`.
 * @csspart legend - The item text.
 * @csspart option - Each answer's label (radio + text).
 *
 * @cssprop --l3d-color-primary - Selected answer and the accent edge.
 * @cssprop --l3d-color-surface - Background of the question.
 */
export class L3dQuestion extends L3dElement {
  static override styles = [themeStyles, choiceStyles, questionStyles];

  /** The item to show. */
  @property({ attribute: false }) item?: InstrumentItem;

  /** Answer labels, from the instrument. */
  @property({ attribute: false }) scale?: Instrument['scale'];

  /** `self` shows "I …" wording, `observer` "This person …" plus "Not observed". */
  @property({ reflect: true }) form: Form = 'self';

  /** Position in the whole questionnaire as shown before the text, e.g. "9." (from the locale). */
  @property({ attribute: 'number-label' }) numberLabel?: string;

  /** Current answer: 1–5, `null` for "Not observed", `undefined` when unanswered. */
  @property({ attribute: false }) value: Answer | null | undefined = undefined;

  /** `light` or `dark`; without it the system setting decides. `<leadership-3d>` passes its own. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Language of the item texts (the instrument's), when it differs from the page's. */
  @property({ attribute: 'text-lang' }) textLang?: string;

  /** Focuses the chosen answer, or the first one when there is none. */
  override focus(options?: FocusOptions): void {
    const radios = [...(this.renderRoot.querySelectorAll?.('input') ?? [])];
    (radios.find((radio) => radio.checked) ?? radios[0])?.focus(options);
  }

  override render() {
    const { item, scale, value } = this;
    if (!item || !scale) return nothing;
    const text = this.form === 'observer' ? item.observer : item.self;
    const [one, two, three, four, five] = scale.labels;
    // The five answers are one template, not one each, and one listener serves them all: a page
    // renders eight questions before the first one shows, and every template instance is a
    // clone and a walk of its own (docs/performance.md).
    return html`
      <fieldset part="base" lang=${ifDefined(this.textLang)}>
        <legend part="legend">
          ${this.numberLabel ? html`<span class="number">${this.numberLabel}</span>` : nothing}
          ${text}
        </legend>
        <div class="options" @change=${this.#onChange}>
          <label part="option" class="option">
            <input type="radio" name="answer" value="1" .checked=${live(value === 1)} />
            <span>${one}</span>
          </label>
          <label part="option" class="option">
            <input type="radio" name="answer" value="2" .checked=${live(value === 2)} />
            <span>${two}</span>
          </label>
          <label part="option" class="option">
            <input type="radio" name="answer" value="3" .checked=${live(value === 3)} />
            <span>${three}</span>
          </label>
          <label part="option" class="option">
            <input type="radio" name="answer" value="4" .checked=${live(value === 4)} />
            <span>${four}</span>
          </label>
          <label part="option" class="option">
            <input type="radio" name="answer" value="5" .checked=${live(value === 5)} />
            <span>${five}</span>
          </label>
          ${
            this.form === 'observer'
              ? html`<label part="option" class="option not-observed">
                  <input
                    type="radio"
                    name="answer"
                    value="not-observed"
                    .checked=${live(value === null)}
                  />
                  <span>${scale.notObserved}</span>
                </label>`
              : nothing
          }
        </div>
      </fieldset>
    `;
  }

  readonly #onChange = (event: Event): void => {
    const { value } = event.target as HTMLInputElement;
    this.#choose(value === 'not-observed' ? null : (Number(value) as Answer));
  };

  #choose(value: Answer | null): void {
    if (!this.item) return;
    // Built apart from dispatchEvent so the manifest lists the documented `@fires` only.
    const event = new L3dQuestionChangeEvent({ itemId: this.item.id, value });
    this.dispatchEvent(event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'l3d-question': L3dQuestion;
  }
  interface HTMLElementEventMap {
    'l3d-question-change': L3dQuestionChangeEvent;
  }
}
