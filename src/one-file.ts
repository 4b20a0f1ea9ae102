/**
 * The entry of the one-file build (`dist/leadership-3d.js`), which a page loads with one
 * `<script type="module">`: the widget, plus the part of the scoring engine the widget runs
 * anyway (`score`, `percentiles`, the built-in instrument's core and `ScoringError`), so a page can
 * score a stored set and show it in `<l3d-report>`. Every byte of this file is fetched before the
 * first question and no bundler is there to drop what a page does not use, so the 360° and cohort
 * functions (`score360`, `reliableChange`, `cohortStats` …) and the building blocks are left to
 * `leadership-3d/scoring`.
 * All of the engine's types stay, for pages written in TypeScript.
 */
export * from './widget.js';
export type * from './scoring/index.js';
export { score, percentiles, ScoringError } from './scoring/index.js';
/**
 * The built-in instrument without the texts only the report and the observer form show (each
 * facet's `description` and `develop`, each item's `observer`): its ids, version, keying, labels,
 * the dimensions' descriptions (the intro lists them) and self wording,
 * enough to build a response set. Typed as such, so code that needs the rest takes it from
 * `leadership-3d/scoring` (or an element's `instrument` once its report has loaded).
 */
export { core as instrument, type CoreInstrument } from './scoring/builtin-core.js';
