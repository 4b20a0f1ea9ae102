import { html, type TemplateResult } from 'lit';

/** The main action of a step (Start, Next, Finish, Copy…): styled by `buttonStyles`. */
export const primaryButton = (label: string, onClick: () => void): TemplateResult =>
  html`<button type="button" part="button button-primary" class="button primary" @click=${onClick}>
    ${label}
  </button>`;
