import { css } from 'lit';

export const radarChartStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .frame {
    position: relative;
    inline-size: 100%;
    max-inline-size: 28rem;
    aspect-ratio: 1;
    /* Without this the canvas's own height would hold the box taller than its ratio. */
    min-block-size: 0;
    margin-inline: auto;
  }

  /* Three axes make a triangle that is wider than tall: a square would waste the bottom. */
  .frame.triangle {
    max-inline-size: 36rem;
    aspect-ratio: 4 / 3;
  }

  /* On a phone the labels wrap onto three lines below the triangle: they need a square. */
  @container (max-width: 26rem) {
    .frame.triangle {
      aspect-ratio: 1;
    }
  }

  .frame.many {
    max-inline-size: 34rem;
  }

  canvas {
    display: block;
  }

  .key {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_space) / 4) var(--_space);
    margin: 0 0 calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
    color: var(--_text);
    font-size: 0.875rem;
  }

  .key li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }

  /* The same colour, dash and point shape as the series' line (SERIES_COLORS, in order). */
  .key svg {
    flex: none;
    stroke: currentColor;
    stroke-width: 2;
    fill: currentColor;
  }
  .series-0 svg {
    color: var(--_primary);
  }
  .series-1 svg {
    color: var(--_relational);
  }
  .series-2 svg {
    color: var(--_business);
  }
  .series-3 svg {
    color: var(--_muted);
  }
  .series-4 svg {
    color: var(--_text);
  }
  .series-5 svg {
    color: var(--_error);
  }

  .fallback {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    line-height: 1.5;
  }

  @media print {
    .frame {
      max-inline-size: 16cm;
      break-inside: avoid;
    }
  }
`;
