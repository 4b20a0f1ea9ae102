import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { assessmentContext, type AssessmentView } from '../../controllers/context.js';
import { enFlow } from '../../i18n/locales/en.js';
import { formatMessage } from '../../i18n/format.js';
import type { FlowMessages } from '../../i18n/types.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { progressStyles } from './l3d-progress.styles.js';
import { L3dElement } from '../../internal/l3d-element.js';

/**
 * How far the respondent is: "12 of 48 answered" in a polite live region, so screen readers
 * hear it after each answer without losing their place, plus a visual bar. Inside
 * `<leadership-3d>` it follows the flow by itself (through context); alone, set `answered` and
 * `total`.
 *
 * @summary Progress through the questionnaire, as text and a bar.
 * @tagname l3d-progress
 *
 * @csspart base - The wrapper.
 * @csspart text - The "12 of 48 answered" text.
 * @csspart bar - The `progress` element.
 *
 * @cssprop --l3d-color-primary - The filled part of the bar.
 * @cssprop --l3d-color-muted - The text.
 */
export class L3dProgress extends L3dElement {
  static override styles = [themeStyles, progressStyles];

  /** Items answered; ignored inside `<leadership-3d>`, which provides it. */
  @property({ type: Number }) answered = 0;

  /** Items in all; ignored inside `<leadership-3d>`, which provides it. */
  @property({ type: Number }) total = 0;

  /** `light` or `dark`; without it the system setting decides. `<leadership-3d>` passes its own. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Language of the numbers in the text (the widget passes its own). */
  @property() override lang = 'en';

  /** Messages to use; inside `<leadership-3d>` the widget sets its locale's. */
  @property({ attribute: false }) strings: FlowMessages['progress'] = enFlow.progress;

  @consume({ context: assessmentContext, subscribe: true })
  @state()
  private view?: AssessmentView;

  override render() {
    const answered = this.view?.answered ?? this.answered;
    const total = this.view?.total ?? this.total;
    const text = formatMessage(this.strings.text, { answered, total }, this.lang);
    return html`
      <div part="base" class="base">
        <div part="text" class="text" role="status">${text}</div>
        <progress
          part="bar"
          max=${Math.max(total, 1)}
          .value=${answered}
          aria-label=${this.strings.label}
          aria-valuetext=${text}
        ></progress>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'l3d-progress': L3dProgress;
  }
}
