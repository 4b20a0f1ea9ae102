import { css } from 'lit';
import { reportSectionStyles } from './report-sections.styles.js';

/** Layout, header and the dimension cards with their score bars. */
const reportLayoutStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* One accent per dimension, used the same way on cards, chips, table rows and the chart. */
  .dim-technical {
    --_dim: var(--_technical);
  }
  .dim-relational {
    --_dim: var(--_relational);
  }
  .dim-business {
    --_dim: var(--_business);
  }

  .placeholder {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
  }

  .report {
    max-inline-size: var(--_max-width);
    margin-inline: auto;
    /* Inside <leadership-3d> the widget's card already pads it (--_report-padding: 0). */
    padding: var(--_report-padding, calc(var(--_space) * 2) calc(var(--_space) * 1.5));
    background: var(--_bg);
    color: var(--_text);
    line-height: 1.55;
    overflow-wrap: break-word;
  }

  p,
  ul,
  ol,
  h2,
  h3,
  h4 {
    margin: 0;
  }

  h2,
  h3,
  h4 {
    line-height: 1.25;
  }

  /* Header */

  .eyebrow {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  h2 {
    margin-block: 0.25rem 0.75rem;
    font-size: 2rem;
    font-weight: 700;
    letter-spacing: -0.01em;
  }

  h2:focus:not(:focus-visible) {
    outline: none;
  }

  .lede {
    font-size: 1.125rem;
  }

  .note {
    margin-block-start: var(--_space);
    padding: 0.75rem var(--_space);
    border-inline-start: 4px solid var(--_primary);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_surface);
    font-size: 0.9375rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: calc(var(--_space) * 1.25);
  }

  /* Buttons */

  .toggle {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: var(--_space);
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) + 0.25rem);
  }

  .toggle-button {
    border-color: transparent;
  }

  .toggle-button[aria-pressed='true'] {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }

  /* Sections */

  .section {
    margin-block-start: calc(var(--_space) * 2.5);
    padding-block-start: calc(var(--_space) * 1.5);
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }

  h3 {
    margin-block-end: var(--_space);
    font-size: 1.375rem;
    font-weight: 700;
  }

  h4 {
    font-size: 1.0625rem;
    font-weight: 700;
  }

  .hint {
    max-inline-size: 40rem;
    margin-block-end: calc(var(--_space) * 1.25);
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  /* Dimension cards */

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13.5rem, 1fr));
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    padding: var(--_space) calc(var(--_space) * 1.125) calc(var(--_space) * 1.25);
    border-block-start: 5px solid var(--_dim);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card-title {
    color: var(--_text);
  }

  /* Side by side, titles keep two lines so the scores line up across cards. */
  @container (min-width: 44rem) {
    .card-title {
      min-block-size: 2.5em;
    }
  }

  .score {
    display: flex;
    align-items: baseline;
    gap: 0.375rem;
    margin-block-start: 0.25rem;
  }

  .score-value {
    color: var(--_dim);
    font-size: 2.75rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }

  .score-max,
  .range,
  .percentile {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .stage {
    display: flex;
    flex-direction: column;
    margin-block-start: 0.25rem;
  }

  .stage-label {
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  .stage-value {
    font-weight: 600;
    line-height: 1.35;
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
    margin-block: 0.25rem;
    overflow: visible;
  }

  .bar-track {
    fill: color-mix(in srgb, var(--_border) 35%, transparent);
  }

  .bar-band {
    fill: var(--_dim);
    fill-opacity: 0.3;
  }

  .bar-cut {
    fill: var(--_muted);
    fill-opacity: 0.55;
  }

  .bar-score {
    fill: var(--_dim);
  }

  /* The scale runs the way the text does: 0 at the start of the line, right in Arabic. */
  .bar:dir(rtl) {
    transform: scaleX(-1);
  }

  @media (forced-colors: active) {
    .bar-track,
    .bar-cut {
      fill: GrayText;
    }
    .bar-band {
      fill: Highlight;
    }
    .bar-score {
      fill: CanvasText;
    }
  }

  .not-scored {
    margin-block-start: 0.25rem;
    font-size: 1.125rem;
    font-weight: 700;
  }

  .reason {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .card .description {
    margin-block-start: 0.5rem;
    padding-block-start: 0.625rem;
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
    color: var(--_muted);
    font-size: 0.875rem;
  }
`;

/**
 * The report's styles, also the 360° view's base: the layout and cards here, the sections and
 * the print rules in report-sections.styles.ts, in this order.
 */
export const reportStyles = [reportLayoutStyles, reportSectionStyles];
