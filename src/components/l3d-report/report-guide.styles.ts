import { css } from 'lit';

/** The version 2 parts: stage guidance, strength advice, lowest answers and the item lists. */
export const reportGuideStyles = css`
  .guide {
    display: grid;
    gap: 0.375rem;
    margin-block-start: 0.375rem;
    font-size: 0.9375rem;
  }

  .guide-lower {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .guide-next,
  .advice {
    display: flex;
    flex-direction: column;
  }

  .guide-label {
    font-weight: 700;
  }

  .advice {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_dim);
  }

  .low-items {
    display: grid;
    gap: 0.375rem;
    margin-block-start: 0.25rem;
  }

  .item-groups {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }

  @container (min-width: 44rem) {
    .item-groups {
      grid-template-columns: 1fr 1fr;
    }
  }

  .item-group {
    display: grid;
    align-content: start;
    gap: 0.625rem;
  }

  .item-list {
    display: grid;
    gap: 0.625rem;
    padding: 0;
    list-style: none;
  }

  .item {
    display: flex;
    gap: 0.625rem;
    padding-block-end: 0.625rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
  }

  .low-items .item:last-child {
    padding-block-end: 0;
    border: 0;
  }

  .item-rank {
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_surface);
    font-size: 0.875rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .item-body {
    display: grid;
    gap: 0.125rem;
  }

  .item-answer,
  .items-left-out,
  .items-none {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  @media print {
    .guide,
    .advice,
    .low-items,
    .item {
      break-inside: avoid;
    }

    /* A long list may run over a page; its entries and heading stay whole and together. */
    .section.items {
      break-inside: auto;
    }
  }
`;
