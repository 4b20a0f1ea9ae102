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

  @container (max-width: 26rem) {
    .frame.triangle.keyed {
      aspect-ratio: 1;
    }
  }

  .frame.many {
    max-inline-size: 34rem;
  }

  canvas {
    display: block;
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
