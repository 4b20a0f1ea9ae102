import { css } from 'lit';

/** The plan's editor, summary and actions; on paper only the summary. */
export const planStyles = css`
  :host {
    display: block;
  }

  /* in the 360° view, after the "What changed" table */
  :host([readonly]) {
    margin-block-start: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .plan,
  .editor,
  .summary,
  .idle,
  .field,
  .facets,
  .dates {
    display: grid;
    gap: 0.75rem;
    min-inline-size: 0;
  }

  p,
  h4,
  dl,
  dd {
    margin: 0;
  }

  h4 {
    font-size: 1.125rem;
    line-height: 1.25;
  }

  fieldset {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  legend,
  label,
  dt {
    font-weight: 600;
  }

  .group,
  .hint {
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    font-weight: 400;
  }

  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }

  textarea,
  input[type='text'],
  input[type='date'] {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }

  input[type='date'] {
    max-inline-size: 14rem;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    outline: 2px solid var(--_error);
  }

  .error {
    color: var(--_error);
    font-weight: 600;
  }

  dl {
    display: grid;
    gap: 0.25rem 1rem;
  }

  dd {
    margin-block-end: 0.5rem;
    white-space: pre-line;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  [hidden],
  .status:empty {
    display: none;
  }

  .status {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 600;
  }

  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media print {
    .actions,
    .editor,
    .status {
      display: none;
    }
    .summary {
      break-inside: avoid;
    }
    h4 {
      break-after: avoid;
    }
  }
`;
