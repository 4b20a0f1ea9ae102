/**
 * The entry of the one-file build (`dist/leadership-3d.js`), which a page loads with one
 * `<script type="module">`: the widget, the built-in instrument's core and `ScoringError`. Every
 * byte of this file is fetched before the first question and no bundler is there to drop what a
 * page does not use, so the engine's functions are not exported: the widget's own `score` comes
 * with the report's chunk (issue 20), and a page that scores imports `dist/scoring.js`, the
 * package's dependency-free `leadership-3d/scoring`, which a browser loads as it is.
 * All of the engine's types stay, for pages written in TypeScript.
 */
export * from './widget.js';
export type * from './scoring/index.js';
export { ScoringError } from './scoring/errors.js';
/**
 * The built-in instrument without the texts only the report and the observer form show (each
 * facet's `description` and `develop`, each item's `observer`): its ids, version, keying, labels,
 * the dimensions' descriptions (the intro lists them) and self wording,
 * enough to build a response set. Typed as such, so code that needs the rest takes it from
 * `leadership-3d/scoring` (or an element's `instrument` once its report has loaded).
 */
export { core as instrument, type CoreInstrument } from './scoring/builtin-core.js';
