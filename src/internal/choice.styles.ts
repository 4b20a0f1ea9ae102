import { css } from 'lit';

/**
 * A question of native radio buttons: a `fieldset` card with its `legend`, and `.option` labels
 * around 24 px radios. Shared by each item of the questionnaire (`<l3d-question>`) and the
 * rater's choice of relationship in `<leadership-3d>`, so both look and behave alike.
 */
export const choiceStyles = css`
  fieldset {
    margin: 0;
    min-inline-size: 0;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
    border-inline-start: 4px solid var(--_accent, var(--_primary));
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
  input[type='radio'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }
`;
