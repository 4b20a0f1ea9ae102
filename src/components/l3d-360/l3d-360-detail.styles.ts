import { css } from 'lit';

/**
 * The item detail's styles, added to the view's shadow root by the detail chunk (a constructed
 * style sheet, as Lit's own: allowed under a strict CSP). The tables, sections and notices use
 * the report's styles the view already has.
 *
 * Why (said here, not in the CSS, where a comment would be shipped):
 * - `.n`: how many answered, under the mean: quiet, and never split from it.
 * - `.split`: strong disagreement is a word and a symbol, in bold, never colour alone.
 * - `.comment`: a rater's text as written (`pre-line` keeps its line breaks), long words broken;
 *   it is always rendered as text, never HTML, with `dir="auto"`: a comment is in the rater's
 *   language, which need not be the view's (English in an Arabic view keeps its full stop).
 */
export const detailStyles = css`
  .dimension-items {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .dimension-items h4 {
    margin-block-end: 0.5rem;
    font-size: 1rem;
  }

  .facet-items {
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }

  .facet-items summary {
    padding-block: 0.5rem;
    cursor: pointer;
  }

  .facet-name {
    font-weight: 600;
  }

  .facet-range {
    margin-inline-start: 0.75rem;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .facet-items .table-wrap {
    margin-block-end: var(--_space);
  }

  .n {
    display: block;
    color: var(--_muted);
    font-size: 0.8125rem;
    white-space: nowrap;
  }

  td.range {
    white-space: nowrap;
  }

  .split {
    display: inline-block;
    font-weight: 700;
    white-space: nowrap;
  }

  td.range .split {
    display: block;
  }

  .top-lists {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: var(--_space);
  }

  .ranked,
  .agreement ul {
    display: grid;
    gap: 0.375rem;
    padding-inline-start: 1.75rem;
  }

  .direction,
  .differences .item {
    display: block;
  }

  .direction,
  .ranked .mean {
    font-weight: 700;
  }

  .reverse {
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 400;
    white-space: nowrap;
  }

  .comment-group {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .comment-group h5 {
    margin-block: 0.75rem 0.375rem;
    font-size: 0.9375rem;
  }

  .comments {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }

  .comment {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .withheld {
    margin-block-start: var(--_space);
    color: var(--_text);
  }

  @media print {
    .facet-items,
    .comment {
      break-inside: avoid;
    }
  }
`;
