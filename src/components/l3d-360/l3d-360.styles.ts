import { css } from 'lit';

/**
 * What the 360° view adds to the report's look (`reportStyles`, which it shares: header, notes,
 * sections, the chart toggle, tables and the print rules).
 *
 * Why some rules are as they are (said here, not in the CSS, where a comment would be shipped):
 * - `:host`: wider than one report, as the tables have a column per group.
 * - sticky first column: the row names stay in view while a wide table scrolls sideways.
 * - `@container (min-width: 44rem)`: wide enough, the three tables nearly line up column for
 *   column (widths are hints to the automatic layout, which still gives numbers their room).
 * - `thead th`: column names break between words, never inside one ("Manag-er").
 * - bold gap and change cells: what counts (a gap, a reliable change) stands out by weight, not
 *   by colour alone.
 */
export const view360Styles = css`
  :host {
    --_max-width: var(--l3d-max-width, 64rem);
  }

  l3d-360-inputs {
    margin-block-start: calc(var(--_space) * 2);
  }

  .empty {
    margin-block-start: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  .problems {
    margin-block-start: calc(var(--_space) * 1.5);
    border-inline-start-color: var(--_error);
  }

  .group-counts,
  .notes {
    display: grid;
    gap: 0.375rem;
    margin-block-start: 0.75rem;
    padding-inline-start: 1.25rem;
  }

  .notes {
    padding: 0.75rem var(--_space) 0.75rem calc(var(--_space) * 2);
    border-inline-start: 4px solid var(--_muted);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_surface);
    font-size: 0.9375rem;
  }

  .summary .hint {
    margin-block: 0.75rem 0;
  }

  .table-title {
    margin-block: calc(var(--_space) * 1.5) 0.5rem;
    font-size: 1rem;
  }

  .table-wrap th:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_bg);
  }

  .table-wrap thead th:first-child {
    background: var(--_surface);
  }

  @container (min-width: 44rem) {
    .tables th:first-child {
      inline-size: 30%;
    }
    td.meaning {
      white-space: nowrap;
    }
  }

  thead th {
    overflow-wrap: normal;
  }

  .percentile-note {
    display: block;
    margin-block-start: 0.375rem;
    color: var(--_text);
  }

  td.blind-spot,
  td.hidden-strength,
  td.increase,
  td.decrease {
    font-weight: 700;
  }

  .gap-lists {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
    gap: var(--_space);
  }

  .gap-kind {
    display: grid;
    align-content: start;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
    border-radius: var(--_radius);
  }

  .gap-kind .hint {
    margin: 0;
  }

  .gap-kind ul {
    display: grid;
    gap: 0.375rem;
    padding-inline-start: 1.25rem;
  }

  .none {
    color: var(--_muted);
  }

  @media print {
    l3d-360-inputs {
      display: none;
    }

    .gap-kind,
    .notes {
      break-inside: avoid;
      border: 1px solid #999;
    }
  }
`;
