import { css } from 'lit';

/**
 * The version 2 parts: stage guidance, strength advice, lowest answers and the item lists.
 *
 * Print (comments here, not in the CSS, which ships as written): the sections these parts make
 * taller may run over a page, their entries whole. The three dimension cards side by side no
 * longer fit below the report's header: kept whole, they left the first page almost empty, so
 * they run on to the next page side by side, each part of a card (score, stage, guide) whole.
 */
export const reportGuideStyles = css`
  .guide,
  .low-items,
  .item-group,
  .item-list,
  .item-groups {
    display: grid;
    gap: 0.5rem;
  }

  .item-group {
    align-content: start;
  }

  .guide-next,
  .advice {
    display: grid;
  }

  .guide-label {
    font-weight: 700;
  }

  .advice {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_dim);
  }

  .item-list {
    padding: 0;
    list-style: none;
  }

  .item {
    display: flex;
    gap: 0.625rem;
    padding-block-end: 0.5rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
  }

  .low-items .item:last-child {
    border: 0;
  }

  .item-rank {
    min-inline-size: 1.5rem;
    font-weight: 700;
  }

  .item-body {
    display: grid;
  }

  .guide-lower,
  .item-answer,
  .items-left-out,
  .items-none {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  @container (min-width: 44rem) {
    .item-groups {
      grid-template-columns: 1fr 1fr;
      gap: calc(var(--_space) * 1.5);
    }
  }

  @media print {
    .guide,
    .advice,
    .low-items,
    .item {
      break-inside: avoid;
    }

    .section.dimensions .card {
      break-inside: auto;
    }
    .score,
    .stage {
      break-inside: avoid;
    }

    .section.dimensions,
    .section.growth,
    .section.items {
      break-inside: auto;
    }
  }
`;
