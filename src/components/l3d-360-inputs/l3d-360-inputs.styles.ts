import { css } from 'lit';

export const inputsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  /* Side by side when there is room: the files on one side, the codes and their list on the
     other (in reading order: self, codes, norms, earlier result). */
  @container (min-width: 46rem) {
    .panel {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      grid-template-areas:
        'heading heading'
        'privacy privacy'
        'self codes'
        'norms codes'
        'previous codes';
      /* a tall list of codes stretches the last row only, not the gaps between the files */
      grid-template-rows: auto auto auto auto 1fr;
      align-items: start;
    }
    h3 {
      grid-area: heading;
    }
    .privacy {
      grid-area: privacy;
    }
    .field.self {
      grid-area: self;
    }
    .field.codes {
      grid-area: codes;
    }
    .field.norms {
      grid-area: norms;
    }
    .field.previous {
      grid-area: previous;
    }
  }

  h3,
  h4,
  p,
  ul {
    margin: 0;
  }

  h3 {
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.25;
  }

  h4 {
    font-size: 1rem;
  }

  .privacy,
  .hint,
  .muted {
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.625rem;
    min-inline-size: 0;
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.125);
    border: 1px solid color-mix(in srgb, var(--_border) 55%, transparent);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  legend {
    padding-inline: 0.375rem;
    font-size: 1.0625rem;
    font-weight: 700;
  }

  label,
  summary {
    font-weight: 600;
  }

  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .state p {
    flex: 1 1 12rem;
  }

  .file {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375rem;
    justify-items: start;
  }

  input[type='file'] {
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    color: var(--_text);
    font: inherit;
  }

  input[type='file']::file-selector-button {
    margin-inline-end: 0.75rem;
  }

  .paste {
    display: grid;
    gap: 0.5rem;
  }

  .paste[open] {
    padding-block-end: 0.25rem;
  }

  summary {
    min-block-size: 1.5rem;
    color: var(--_primary);
    cursor: pointer;
  }

  .paste label {
    display: block;
    margin-block: 0.5rem 0.25rem;
  }

  .paste .button {
    margin-block-start: 0.5rem;
  }

  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 6rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    outline: 1px solid var(--_error);
  }

  input[type='file'][aria-invalid='true'] {
    outline-offset: 2px;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .button.small {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    font-size: 0.875rem;
  }

  .errors {
    display: grid;
  }

  .errors.shown {
    gap: 0.375rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_error);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_surface);
  }

  .error {
    color: var(--_error);
    font-weight: 600;
  }

  .error-list {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 1.25rem;
    color: var(--_text);
  }

  .code-list {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }

  .code-item {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
  }

  .code {
    grid-column: 1 / -1;
    min-inline-size: 0;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }

  .code-group {
    font-weight: 600;
  }

  @media (forced-colors: active) {
    [aria-invalid='true'],
    .errors {
      border-color: CanvasText;
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
