import { css } from 'lit';

export const leadership3dStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  /* The report sits in this card, which already gives it room. */
  l3d-report {
    --_report-padding: 0;
  }

  .base {
    box-sizing: border-box;
    max-inline-size: var(--_max-width);
    margin-inline: auto;
    padding: calc(var(--_space) * 2);
    background: var(--_bg);
    color: var(--_text);
    border-radius: var(--_radius);
    font-size: 1rem;
    line-height: 1.55;
  }

  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.5rem;
    line-height: 1.25;
    font-weight: 650;
    letter-spacing: -0.01em;
    border-radius: calc(var(--_radius) * 0.5);
  }
  h3 {
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
    font-size: 1.0625rem;
    line-height: 1.3;
    font-weight: 650;
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
    max-inline-size: 65ch;
  }
  .lead {
    font-size: 1.0625rem;
  }
  .hint,
  .loading {
    color: var(--_muted);
  }

  .dimensions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .dimensions li {
    padding-inline-start: calc(var(--_space) * 0.875);
    border-inline-start: 4px solid var(--_accent, var(--_border));
    max-inline-size: 65ch;
  }
  .dimensions .technical {
    --_accent: var(--_technical);
  }
  .dimensions .relational {
    --_accent: var(--_relational);
  }
  .dimensions .business {
    --_accent: var(--_business);
  }
  .dimensions strong {
    display: block;
    font-weight: 650;
  }

  .progress {
    margin-block-end: calc(var(--_space) * 1.5);
  }

  .questions {
    display: grid;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
    margin-block-start: calc(var(--_space) * 1.75);
  }
  .actions.start {
    justify-content: flex-start;
  }
  .actions .primary {
    margin-inline-start: auto;
  }
  .actions.start .primary {
    margin-inline-start: 0;
  }

  /* Flow buttons are wider than the shared minimum, so Back and Next are easy targets. */
  .button {
    min-inline-size: 6rem;
  }

  .unanswered {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .jump {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.125);
    inline-size: 100%;
    text-align: start;
    font-weight: 400;
  }
  .jump .number {
    font-weight: 650;
    color: var(--_primary);
  }

  .callout {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 4px solid var(--_primary);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    max-inline-size: none;
  }

  .error {
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error .heading {
    font-size: 1.25rem;
  }

  @container (max-width: 30rem) {
    .base {
      padding: var(--_space);
    }
    .heading {
      font-size: 1.3125rem;
    }
  }
`;
