import { css } from 'lit';

/**
 * The look of `.button` and `.button.primary`, shared by the flow and the report; a file
 * input's own button looks the same.
 */
export const buttonStyles = css`
  .button,
  input[type='file']::file-selector-button {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.125);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease;
  }
  .button:hover,
  input[type='file']:hover::file-selector-button {
    background: var(--_surface);
  }
  .button.primary {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_primary) 85%, var(--_text));
  }
`;
