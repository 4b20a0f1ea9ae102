import { css } from 'lit';

export const progressStyles = css`
  :host {
    display: block;
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 0.375);
  }
  .text {
    font-size: 0.875rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    border: none;
    border-radius: 999px;
    overflow: hidden;
    background: color-mix(in srgb, var(--_border) 30%, var(--_bg));
    color: var(--_primary);
  }
  progress::-webkit-progress-bar {
    background: color-mix(in srgb, var(--_border) 30%, var(--_bg));
  }
  progress::-webkit-progress-value {
    background: var(--_primary);
    border-radius: 999px;
    transition: inline-size 200ms ease;
  }
  progress::-moz-progress-bar {
    background: var(--_primary);
    border-radius: 999px;
  }
  /* Forced colours would paint the filled part like the track: draw it in system colours. */
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: Canvas;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
  }
`;
