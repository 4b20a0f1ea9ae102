import { css } from 'lit';

/** What the observer form adds to the widget's styles; adopted when its chunk loads. */
export const raterStyles = css`
  /* The rater's relationship to the person: a question card like the items. */
  .group {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .required {
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_error);
    font-weight: 600;
  }

  /* The response code: large and monospaced, to read out or type from a printout. */
  .response-code {
    margin-block: calc(var(--_space) * 1.25);
  }
  .response-code label {
    display: block;
    margin-block-end: calc(var(--_space) * 0.375);
    font-weight: 650;
  }
  .code {
    box-sizing: border-box;
    inline-size: 100%;
    padding: calc(var(--_space) * 0.625) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font:
      600 1.125rem / 1.5 ui-monospace,
      'SFMono-Regular',
      Menlo,
      Consolas,
      monospace;
    letter-spacing: 0.04em;
    /* Lines break after a dash where they can, anywhere only when a group does not fit. */
    overflow-wrap: anywhere;
    resize: none;
    field-sizing: content;
  }
  .response-code .actions {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .copy-status {
    min-block-size: 1.55em;
    margin: calc(var(--_space) * 0.5) 0 0;
    font-weight: 600;
  }

  /* The two open questions at the end of the observer form. */
  .comments {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .comments h3 {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .comment {
    margin-block-start: var(--_space);
  }
  .comment label {
    display: block;
    margin-block-end: calc(var(--_space) * 0.375);
    font-weight: 650;
  }
  .comment textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 6em;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    resize: vertical;
  }
  .count {
    margin: calc(var(--_space) * 0.25) 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  /* Heard, not seen: the count is already visible below each box. */
  .announce {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
