import { css } from 'lit';

/**
 * What the group report adds to the report's look (`reportStyles`, which it shares: header,
 * notes, sections, the chart toggle, tables and the print rules): the input panel, the box
 * plots and the heatmap's shades.
 */
export const groupStyles = css`
  :host {
    --_max-width: var(--l3d-max-width, 64rem);
  }

  .panel {
    display: grid;
    gap: 0.75rem;
    margin-block-start: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.125);
    border: 1px solid color-mix(in srgb, var(--_border) 55%, transparent);
    border-radius: var(--_radius);
  }

  .panel h3 {
    margin: 0;
    font-size: 1.375rem;
  }

  .panel p,
  .panel ul {
    margin: 0;
  }

  label,
  summary {
    font-weight: 600;
  }

  .drop {
    display: grid;
    gap: 0.375rem;
    padding: var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .drop.dragging {
    border-color: var(--_primary);
    background: var(--_surface);
  }

  input[type='file'] {
    inline-size: 100%;
    min-block-size: 2.75rem;
    color: var(--_text);
    font: inherit;
  }

  .paste {
    display: grid;
    gap: 0.5rem;
  }

  summary {
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
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 6rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875rem;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    outline: 1px solid var(--_error);
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

  .button.small {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    font-size: 0.875rem;
  }

  .errors:not(:empty) {
    display: grid;
    gap: 0.375rem;
  }

  .error {
    color: var(--_error);
    font-weight: 600;
  }

  .error-list {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 1.25rem;
    border-inline-start: 4px solid var(--_error);
    overflow-wrap: anywhere;
  }

  .too-few,
  .problems {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .too-few-heading {
    font-weight: 700;
  }

  .problems {
    border-inline-start-color: var(--_error);
  }

  .valid-counts,
  .spread-list {
    display: grid;
    gap: 0.375rem;
    margin-block: 0.75rem;
    padding-inline-start: 1.25rem;
  }

  .table-title {
    margin-block: calc(var(--_space) * 1.5) 0.5rem;
    font-size: 1rem;
  }

  /* Box plots: a label column and a 0–100 scale that runs the way the text does. */
  .boxes {
    display: grid;
    grid-template-columns: minmax(6rem, 14rem) minmax(0, 1fr);
    gap: 0.375rem 0.75rem;
    align-items: center;
    margin: 0 0 0.75rem;
  }

  .scale {
    display: flex;
    grid-column: 2;
    gap: 0.25rem;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .box-row {
    display: contents;
  }

  /* Narrow: each label above its plot, so the plot keeps the whole width. */
  @container (max-width: 36rem) {
    .boxes {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.125rem;
    }
    .scale {
      grid-column: 1;
    }
    .box {
      margin-block-end: 0.375rem;
    }
  }

  .box-label {
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }

  .box {
    display: block;
    inline-size: 100%;
    block-size: 1.5rem;
  }

  .box:dir(rtl) {
    transform: scaleX(-1);
  }

  .box-track {
    fill: color-mix(in srgb, var(--_border) 35%, transparent);
  }

  .box-whisker {
    fill: var(--_muted);
  }

  .box-body {
    fill: var(--_dim, var(--_primary));
    fill-opacity: 0.35;
    stroke: var(--_dim, var(--_primary));
    stroke-width: 0.3;
  }

  .box-median {
    fill: var(--_text);
  }

  .box-mean {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 0.35;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Heatmap shades: six steps of the primary colour; the count is always written in the cell. */
  .heatmap caption {
    margin-block-end: 0.5rem;
    text-align: start;
    font-weight: 600;
  }

  td.heat {
    white-space: nowrap;
  }

  .heat-1 {
    background: color-mix(in srgb, var(--_primary) 10%, var(--_bg));
  }
  .heat-2 {
    background: color-mix(in srgb, var(--_primary) 22%, var(--_bg));
  }
  .heat-3 {
    background: color-mix(in srgb, var(--_primary) 34%, var(--_bg));
  }
  .heat-4 {
    background: color-mix(in srgb, var(--_primary) 46%, var(--_bg));
  }
  .heat-5 {
    background: color-mix(in srgb, var(--_primary) 58%, var(--_bg));
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .box-body,
    .box-median {
      fill: CanvasText;
    }
    .heat-5 {
      outline: 2px solid CanvasText;
    }
  }

  @media print {
    .panel {
      display: none;
    }
  }
`;
