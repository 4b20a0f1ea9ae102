import { css } from 'lit';

/**
 * What the 360° view adds to the report's look (`reportStyles`, which it shares: header, notes,
 * sections, the chart toggle, tables and the print rules).
 */
export const view360Styles = css`
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

  .tables .table-wrap + .table-wrap {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  caption {
    color: var(--_text);
    font-size: 1rem;
    font-weight: 700;
  }

  .percentile-note {
    display: block;
    margin-block-start: 0.375rem;
    color: var(--_text);
  }

  td.meaning,
  td.verdict {
    font-weight: 600;
  }

  /* Gaps that count are marked by more than colour: the words say it, the edge underlines it. */
  td.blind-spot,
  td.hidden-strength,
  td.increase,
  td.decrease {
    box-shadow: inset 3px 0 0 var(--_primary);
  }

  td:dir(rtl).blind-spot,
  td:dir(rtl).hidden-strength,
  td:dir(rtl).increase,
  td:dir(rtl).decrease {
    box-shadow: inset -3px 0 0 var(--_primary);
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
