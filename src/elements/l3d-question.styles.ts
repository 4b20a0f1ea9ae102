import { css } from 'lit';

export const questionStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* One accent for every item: a colour per dimension would show the respondent which items
       belong together and invite answering them alike. */
    --_accent: var(--_primary);
  }

  fieldset {
    margin: 0;
    min-inline-size: 0;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* A floated legend sits inside the fieldset's padding like any block, instead of on its border. */
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.0625rem;
    line-height: 1.45;
    font-weight: 550;
    color: var(--_text);
  }
  legend + * {
    clear: both;
  }
  .number {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.25em;
  }

  .options {
    display: grid;
    grid-template-columns: 1fr;
    gap: calc(var(--_space) * 0.375);
  }

  .option {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-block-size: 2.75rem;
    padding: calc(var(--_space) * 0.375) calc(var(--_space) * 0.75);
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_bg);
    color: var(--_text);
    font-size: 0.9375rem;
    line-height: 1.25;
    cursor: pointer;
    transition:
      border-color 120ms ease,
      background-color 120ms ease;
  }
  .option:hover {
    border-color: var(--_primary);
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: color-mix(in srgb, var(--_primary) 12%, var(--_bg));
  }
  .option.not-observed {
    color: var(--_muted);
  }
  .option.not-observed:has(input:checked) {
    color: var(--_text);
  }
  /* Forced colours drop backgrounds and shadows: mark the chosen answer with a system colour. */
  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    fieldset {
      border-inline-start-color: CanvasText;
    }
  }

  /* 24 × 24 CSS px at least: the WCAG 2.2 target size, even without the label around it. */
  input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }

  /* Wide enough for the scale in one row: labels under the radios, like a printed form. */
  @container (min-width: 34rem) {
    .options {
      grid-template-columns: repeat(var(--_columns, 5), minmax(0, 1fr));
    }
    :host([form='observer']) .options {
      --_columns: 6;
    }
    .option {
      flex-direction: column;
      justify-content: center;
      gap: calc(var(--_space) * 0.375);
      padding: calc(var(--_space) * 0.625) calc(var(--_space) * 0.375);
      text-align: center;
      min-block-size: 4.25rem;
    }
    .option.not-observed {
      margin-inline-start: calc(var(--_space) * 0.5);
    }
  }
`;
