import { css } from 'lit';

/**
 * The light theme's accents, declared once: the default tokens, and what the printed report and
 * its chart use in any theme (dark-theme pastels fade on paper).
 */
export const lightAccents = css`
  --_primary: var(--l3d-color-primary, #1f5fbf);
  --_technical: var(--l3d-color-technical, #1f5fbf);
  --_relational: var(--l3d-color-relational, #a8327a);
  --_business: var(--l3d-color-business, #1b7a4a);
`;

/** The dark palette, used both for the OS setting and for theme="dark". */
const darkTokens = css`
  --_primary: var(--l3d-color-primary, #8ab4ff);
  --_on-primary: var(--l3d-color-on-primary, #0b1a33);
  --_technical: var(--l3d-color-technical, #8ab4ff);
  --_relational: var(--l3d-color-relational, #f08cc8);
  --_business: var(--l3d-color-business, #6fd49c);
  --_text: var(--l3d-color-text, #e8eaed);
  --_muted: var(--l3d-color-muted, #b5bac2);
  --_bg: var(--l3d-color-background, #15181d);
  --_surface: var(--l3d-color-surface, #20242b);
  --_border: var(--l3d-color-border, #8d949e);
  --_focus: var(--l3d-color-focus, #8ab4ff);
  --_error: var(--l3d-color-error, #ffb4ab);
  color-scheme: dark;
`;

/**
 * Design tokens shared by every element. Hosts set the public `--l3d-*` custom properties on
 * the element (or any ancestor); each has a fallback here, so nothing is required. The private
 * `--_*` names are what the element styles use, so a token is resolved in one place.
 */
export const themeStyles = css`
  :host {
    ${lightAccents}
    --_on-primary: var(--l3d-color-on-primary, #ffffff);
    --_text: var(--l3d-color-text, #1c1f24);
    --_muted: var(--l3d-color-muted, #545b66);
    --_bg: var(--l3d-color-background, #ffffff);
    --_surface: var(--l3d-color-surface, #f3f5f8);
    --_border: var(--l3d-color-border, #767d88);
    --_focus: var(--l3d-color-focus, #1f5fbf);
    --_error: var(--l3d-color-error, #b3261e);
    --_font: var(--l3d-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--l3d-radius, 8px);
    --_space: var(--l3d-spacing, 1rem);
    --_max-width: var(--l3d-max-width, 48rem);

    color-scheme: light;
    font-family: var(--_font);
    color: var(--_text);
  }

  /* Dark tokens: from the OS unless the host pins theme="light"; always with theme="dark". */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }

  :host([hidden]) {
    display: none;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Windows high contrast: the system's own colours for focus and controls. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .button {
      border-color: ButtonText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
