import { css } from 'lit';
import { lightAccents } from '../../internal/theme.styles.js';

/**
 * Profile, strengths, growth areas, tables, notes, actions and the print rules.
 *
 * Print: the table of all scores is taller than what is left of most pages; kept whole it left a
 * page almost empty before it (issue 17's print check). It runs on by dimension instead: the rows
 * of each dimension after the first keep together (the first's may split, so the heading and the
 * header row are never alone at a page's foot), and its header row repeats.
 */
export const reportSectionStyles = css`
  /* Profile */

  .archetype {
    font-size: 1.5rem;
    color: var(--_primary);
  }

  .archetype-description {
    max-inline-size: 42rem;
    margin-block-start: 0.5rem;
    font-size: 1.0625rem;
  }

  .leading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: var(--_space);
  }

  .leading-label {
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 600;
  }

  .chips {
    display: contents;
    list-style: none;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4375rem;
    padding: 0.125rem 0.625rem;
    border: 1px solid color-mix(in srgb, var(--_dim) 55%, transparent);
    border-radius: 999px;
    color: var(--_text);
    font-size: 0.8125rem;
    font-weight: 600;
  }

  .chip::before {
    content: '';
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: var(--_dim);
  }

  /* Strengths and growth areas */

  .facet-list {
    display: grid;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }

  .facet-card {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
    border-inline-start: 5px solid var(--_dim);
    border-radius: var(--_radius);
  }

  .facet-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.625rem;
  }

  .facet-score {
    color: var(--_muted);
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }

  .steps {
    display: grid;
    gap: 0.75rem;
    margin-block-start: 0.5rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    list-style: none;
    counter-reset: step;
  }

  .steps li {
    display: grid;
    grid-template-columns: 1.75rem 1fr;
    column-gap: 0.625rem;
    counter-increment: step;
  }

  .steps li::before {
    content: counter(step);
    grid-row: span 2;
    display: grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 50%;
    background: var(--_dim);
    color: var(--_bg);
    font-size: 0.875rem;
    font-weight: 700;
  }

  .step-name {
    font-weight: 700;
  }

  /* Response quality */

  .notice {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-inline-start: 4px solid var(--_muted);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_surface);
  }

  .notice ul {
    display: grid;
    gap: 0.375rem;
    padding-inline-start: 1.25rem;
  }

  .notice p {
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  /* Table */

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
    font-variant-numeric: tabular-nums;
  }

  caption {
    padding-block-end: 0.5rem;
    color: var(--_muted);
    font-size: 0.875rem;
    text-align: start;
  }

  th,
  td {
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    border-block-end: 2px solid var(--_border);
    background: var(--_surface);
    font-size: 0.8125rem;
    font-weight: 700;
  }

  .num {
    text-align: end;
  }

  td.num:not(.unscored) {
    white-space: nowrap;
  }

  /* A host font or language with longer words may still need it: scroll, never overflow. */
  .table-wrap {
    overflow-x: auto;
  }

  tr.dimension th {
    border-inline-start: 4px solid var(--_dim);
    font-weight: 700;
  }

  tr.dimension td {
    font-weight: 600;
  }

  tr.facet th {
    padding-inline-start: 1.75rem;
    font-weight: 400;
  }

  tbody + tbody tr.dimension > * {
    border-block-start: 1px solid var(--_border);
  }

  /* Narrow containers: tighter spacing, smaller type, nothing wider than the screen. */
  @container (max-width: 34rem) {
    .report {
      padding: var(--_report-padding, calc(var(--_space) * 1.25) var(--_space));
    }

    h2 {
      font-size: 1.625rem;
    }

    .lede {
      font-size: 1rem;
    }

    table {
      font-size: 0.8125rem;
    }

    th,
    td {
      padding: 0.375rem 0.375rem;
    }

    tr.facet th {
      padding-inline-start: 0.875rem;
    }

    .facet-card {
      padding: var(--_space);
    }

    .steps {
      padding: 0.75rem;
    }
  }

  @media print {
    /* Listed with the theme selectors so a dark theme still prints black on white. */
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      --_text: #000;
      --_muted: #222;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #555;
      /* Accents from the host's tokens or the light defaults: dark-theme pastels fade on paper. */
      ${lightAccents}
      color-scheme: light;
    }

    .report {
      max-inline-size: none;
      padding: 0;
    }

    .actions,
    .toggle,
    .plan.empty {
      display: none;
    }

    .section,
    .card,
    .facet-card,
    .notice,
    tr {
      break-inside: avoid;
    }

    .section.details {
      break-inside: auto;
    }
    tbody + tbody {
      break-inside: avoid;
    }

    h3,
    h4 {
      break-after: avoid;
    }

    .card,
    .steps,
    .notice,
    .note {
      border: 1px solid #999;
    }
  }
`;
