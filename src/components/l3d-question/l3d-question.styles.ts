import { css } from 'lit';

/** What an item adds to `choiceStyles`: its number, "Not observed" and the scale in one row. */
export const questionStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* One accent for every item: a colour per dimension would show the respondent which items
       belong together and invite answering them alike. */
    --_accent: var(--_primary);
  }

  .number {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.25em;
  }

  .option.not-observed {
    color: var(--_muted);
  }
  .option.not-observed:has(input:checked) {
    color: var(--_text);
  }
  /* Wide enough for the scale in one row: labels under the radios, like a printed form. */
  @container (min-width: 34rem) {
    .options {
      grid-template-columns: repeat(var(--_columns, 5), minmax(0, 1fr));
    }
    :host([form='observer']) .options {
      --_columns: 6;
    }
    .option {
      flex-direction: column;
      justify-content: center;
      gap: calc(var(--_space) * 0.375);
      padding: calc(var(--_space) * 0.625) calc(var(--_space) * 0.375);
      text-align: center;
      min-block-size: 4.25rem;
    }
    .option.not-observed {
      margin-inline-start: calc(var(--_space) * 0.5);
    }
  }
`;
